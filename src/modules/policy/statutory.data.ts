import type { CategoryId } from './categories.data.ts';
import type { PolicyRetentionRuleId } from './retention.data.ts';
import type { StatutoryRetentionRuleDef } from './policy.types.ts';

/**
 * §4g, §8 ("kan också sparas under den tid som krävs enligt tillämplig lag"): laws that keep data
 * longer than the policy's own rules. While kept only for the law, the data is minimised and
 * restricted (GDPR art. 18), and the data subject is told what is kept, under which law, until when.
 */
export const statutoryRetentionRules = [
  {
    id: 'bfl_accounting',
    kind: 'statutory',
    clause: '§4g',
    title: {
      sv: 'Räkenskapsinformation (verifikationer och fakturor)',
      en: 'Accounting records (vouchers and invoices)',
    },
    statement: {
      sv: 'Bokföringslagen kräver att räkenskapsinformation, till exempel verifikationer och fakturor, sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades. Vårt räkenskapsår är kalenderåret, så en faktura från 2026 sparas till och med den 31 december 2033.',
      en: 'The Swedish Bookkeeping Act requires accounting records, such as vouchers and invoices, to be kept until the end of the seventh year after the end of the calendar year in which the financial year ended. Our financial year is the calendar year, so an invoice from 2026 is kept until 31 December 2033.',
    },
    law: {
      citation: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
      name: {
        sv: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
        en: 'Swedish Bookkeeping Act (Bokföringslagen, 1999:1078), chapter 7, section 2',
      },
    },
    trigger: 'fiscal_year_end',
    period: { years: 7, toEndOfCalendarYear: true },
    timing: 'at_deadline',
    action: 'delete',
    categories: ['full_name', 'address', 'company_data', 'payment_details', 'purchase_history'],
    overrides: ['history_5y'],
    keptData: {
      sv: 'Bara det som står i verifikationer och fakturor: köparens namn och adress, vad som köptes, belopp och betalning.',
      en: 'Only what vouchers and invoices contain: the buyer’s name and address, what was bought, amounts and payment.',
    },
    restricted: true,
    subjectInformed: true,
  },
  {
    id: 'mdr_device_supply',
    kind: 'statutory',
    clause: '§4g',
    title: { sv: 'Leveranser av medicintekniska produkter', en: 'Supplies of medical devices' },
    statement: {
      sv: 'EU:s förordning om medicintekniska produkter kräver att vi i tio år kan visa vilken klinik som fick vilken medicinteknisk produkt, så att produkten kan spåras, till exempel vid en återkallelse.',
      en: 'The EU Medical Device Regulation requires us to be able to show, for ten years, which clinic received which medical device, so that the device can be traced, for example in a recall.',
    },
    law: {
      citation: 'Förordning (EU) 2017/745 (MDR) art. 25',
      name: {
        sv: 'EU:s förordning om medicintekniska produkter (EU) 2017/745, artikel 25',
        en: 'EU Medical Device Regulation (EU) 2017/745, Article 25',
      },
    },
    trigger: 'device_supplied',
    period: { years: 10 },
    timing: 'at_deadline',
    action: 'delete',
    categories: ['full_name', 'address', 'company_data', 'purchase_history'],
    overrides: ['history_5y'],
    keptData: {
      sv: 'Bara leveransuppgifterna: vilken klinik som fick vilken produkt och tillverkningssats, när och till vilken adress.',
      en: 'Only the supply record: which clinic received which device and lot, when and at which address.',
    },
    restricted: true,
    subjectInformed: true,
  },
  {
    id: 'mdr_implantable_supply',
    kind: 'statutory',
    clause: '§4g',
    title: { sv: 'Leveranser av implantat', en: 'Supplies of implantable devices' },
    statement: {
      sv: 'För implantat kräver EU:s förordning om medicintekniska produkter att leveransuppgifterna sparas i femton år.',
      en: 'For implantable devices, the EU Medical Device Regulation requires the supply records to be kept for fifteen years.',
    },
    law: {
      citation: 'Förordning (EU) 2017/745 (MDR) art. 25',
      name: {
        sv: 'EU:s förordning om medicintekniska produkter (EU) 2017/745, artikel 25',
        en: 'EU Medical Device Regulation (EU) 2017/745, Article 25',
      },
    },
    trigger: 'device_supplied',
    period: { years: 15 },
    timing: 'at_deadline',
    action: 'delete',
    categories: ['full_name', 'address', 'company_data', 'purchase_history'],
    overrides: ['history_5y'],
    keptData: {
      sv: 'Bara leveransuppgifterna: vilken klinik som fick vilket implantat och tillverkningssats, när och till vilken adress.',
      en: 'Only the supply record: which clinic received which implant and lot, when and at which address.',
    },
    restricted: true,
    subjectInformed: true,
  },
  {
    id: 'legal_claim',
    kind: 'statutory',
    clause: '§8',
    title: { sv: 'Öppna rättsliga anspråk', en: 'Open legal claims' },
    statement: {
      sv: 'Finns ett öppet rättsligt anspråk, till exempel en obetald faktura eller en tvist om ett köp, sparar vi de uppgifter som behövs för att fastställa, göra gällande eller försvara anspråket tills det är avslutat, även om de annars skulle ha raderats.',
      en: 'Where a legal claim is open, such as an unpaid invoice or a dispute about a purchase, we keep the data needed to establish, exercise or defend the claim until it is settled, even if it would otherwise have been deleted.',
    },
    law: {
      citation: 'Dataskyddsförordningen (EU) 2016/679 art. 17.3 e',
      name: {
        sv: 'Dataskyddsförordningen (EU) 2016/679, artikel 17.3 e (rättsliga anspråk)',
        en: 'General Data Protection Regulation (EU) 2016/679, Article 17(3)(e) (legal claims)',
      },
    },
    trigger: 'claim_settled',
    period: {},
    timing: 'at_deadline',
    action: 'delete',
    categories: ['full_name', 'address', 'email', 'phone', 'company_data', 'payment_details', 'purchase_history'],
    overrides: ['history_5y'],
    keptData: {
      sv: 'Bara det som anspråket gäller: ordern eller fakturan, köparen och hur vi når köparen.',
      en: 'Only what the claim concerns: the order or invoice, the buyer and how to reach the buyer.',
    },
    restricted: true,
    subjectInformed: true,
  },
] as const satisfies readonly StatutoryRetentionRuleDef<CategoryId, PolicyRetentionRuleId>[];

export type StatutoryRetentionRuleId = (typeof statutoryRetentionRules)[number]['id'];
