import type { CategoryId } from './categories.data.ts';
import type { PurposeId } from './purposes.data.ts';
import type { Localized, RecipientDef } from './policy.types.ts';

const dpa: RecipientDef['safeguard'] = {
  article: 'art. 28',
  description: {
    sv: 'Personuppgiftsbiträdesavtal enligt artikel 28 i dataskyddsförordningen, som kräver skyddsåtgärder och att uppgifterna bara används enligt våra instruktioner.',
    en: 'A data processing agreement under Article 28 GDPR, which requires safeguards and that the data is used only on our instructions.',
  },
};

const ownController = (when: Localized): RecipientDef['safeguard'] => ({ article: null, description: when });

/** §7: who may receive personal data. Processors act for us; independent controllers decide for themselves. */
export const recipients = [
  {
    id: 'logistics',
    name: { sv: 'Speditörer och logistikföretag', en: 'Freight forwarders and logistics companies' },
    kind: 'processor',
    examples: {
      sv: 'Lager och leveranshantering för dina beställningar.',
      en: 'Warehousing and delivery handling for your orders.',
    },
    purposes: ['a.orders'],
    categories: ['full_name', 'address', 'phone', 'company_data'],
    safeguard: dpa,
  },
  {
    id: 'payment_providers',
    name: { sv: 'Bank- och kreditkortsföretag', en: 'Banks and card companies' },
    kind: 'processor',
    examples: { sv: 'Betalningar och fakturor för dina köp.', en: 'Payments and invoices for your purchases.' },
    purposes: ['a.orders'],
    categories: ['full_name', 'email', 'company_data', 'payment_details'],
    safeguard: dpa,
  },
  {
    id: 'marketing_vendors',
    name: { sv: 'Leverantörer inom marknadsföring', en: 'Marketing service providers' },
    kind: 'processor',
    examples: {
      sv: 'Tryck och utskick av kataloger, e-post och sms.',
      en: 'Printing and sending catalogues, e-mail and text messages.',
    },
    purposes: ['c.marketing', '6.personal_offers'],
    categories: ['full_name', 'address', 'email', 'phone', 'company_data'],
    safeguard: dpa,
  },
  {
    id: 'authorities',
    name: { sv: 'Myndigheter', en: 'Public authorities' },
    kind: 'independent_controller',
    examples: {
      sv: 'Till exempel Skatteverket och Läkemedelsverket, när lag eller myndighetsbeslut kräver det.',
      en: 'For example the Swedish Tax Agency and the Medical Products Agency, when the law or a decision of an authority requires it.',
    },
    purposes: ['g.legal_obligations'],
    categories: [
      'full_name',
      'address',
      'email',
      'phone',
      'company_data',
      'payment_details',
      'purchase_history',
      'case_information',
    ],
    safeguard: ownController({
      sv: 'Lämnas ut bara när lagen kräver det. Myndigheten ansvarar själv för sin behandling.',
      en: 'Disclosed only where the law requires it. The authority is itself responsible for its processing.',
    }),
  },
  {
    id: 'debt_collectors',
    name: { sv: 'Inkassoföretag', en: 'Debt collection agencies' },
    kind: 'independent_controller',
    examples: { sv: 'När en faktura inte har betalats.', en: 'When an invoice has not been paid.' },
    purposes: ['a.orders'],
    categories: ['full_name', 'address', 'email', 'phone', 'company_data', 'payment_details', 'purchase_history'],
    safeguard: ownController({
      sv: 'Lämnas ut bara när lagen tillåter det, för att driva in en obetald fordran. Inkassoföretaget ansvarar själv för sin behandling.',
      en: 'Disclosed only where the law allows it, to collect an unpaid debt. The agency is itself responsible for its processing.',
    }),
  },
  {
    id: 'carriers',
    name: { sv: 'Transportföretag för allmänna varutransporter', en: 'Carriers' },
    kind: 'independent_controller',
    examples: {
      sv: 'Post- och paketföretag som kör ut dina leveranser.',
      en: 'Postal and parcel companies that deliver your orders.',
    },
    purposes: ['a.orders'],
    categories: ['full_name', 'address', 'phone', 'company_data'],
    safeguard: ownController({
      sv: 'Lämnas ut för att leveransen ska komma fram. Transportören ansvarar själv för sin behandling.',
      en: 'Disclosed so that the delivery arrives. The carrier is itself responsible for its processing.',
    }),
  },
] as const satisfies readonly RecipientDef<PurposeId, CategoryId>[];

export type RecipientId = (typeof recipients)[number]['id'];
