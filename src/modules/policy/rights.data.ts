import type { PurposeId } from './purposes.data.ts';
import type { RetentionRuleId } from './retention.rules.ts';
import type { RightDef } from './policy.types.ts';

/**
 * §10, §11 and the rights the GDPR grants beyond the policy text (source 'gdpr').
 * Every request is answered within the deadline of art. 12(3) (bases.data.ts: responseDeadline).
 */
export const rights = [
  {
    id: 'access',
    title: { sv: 'Rätt till tillgång (registerutdrag)', en: 'Right of access (register extract)' },
    description: {
      sv: 'Du har rätt att få veta vilka uppgifter vi behandlar om dig och ditt företag och att få en kopia av dem i ett registerutdrag.',
      en: 'You have the right to know what data we process about you and your company and to receive a copy of it in a register extract.',
    },
    howTo: {
      sv: 'Skicka en skriftlig begäran som du har undertecknat till oss. Vi kan be om kompletterande uppgifter för att säkerställa att vi lämnar ut uppgifterna till rätt person och företag.',
      en: 'Send us a written request that you have signed. We may ask for additional information to make sure we release the data to the right person and company.',
    },
    source: 'policy',
    policyClause: '§10',
    article: 'art. 15',
    purposes: [],
    retention: [],
  },
  {
    id: 'rectification',
    title: { sv: 'Rätt till rättelse', en: 'Right to rectification' },
    description: {
      sv: 'Du har alltid rätt att begära att felaktiga eller ofullständiga uppgifter om dig rättas.',
      en: 'You always have the right to ask for incorrect or incomplete data about you to be corrected.',
    },
    howTo: {
      sv: 'Ändra uppgifterna i ditt kundkonto eller kontakta vår kundtjänst.',
      en: 'Change the data in your customer account or contact our customer service.',
    },
    source: 'policy',
    policyClause: '§10',
    article: 'art. 16',
    purposes: [],
    retention: [],
  },
  {
    id: 'erasure',
    title: { sv: 'Rätt till radering', en: 'Right to erasure' },
    description: {
      sv: 'Ditt företag kan begära att vi raderar uppgifterna i den utsträckning som lagen och ingångna avtal med ditt företag tillåter. Vi gör alltid vårt bästa för att tillmötesgå en begäran om radering. Uppgifter som en lag kräver att vi sparar raderar vi när lagens tid har gått ut, och fram till dess begränsar vi behandlingen av dem.',
      en: 'Your company can ask us to erase the data to the extent that the law and the agreements with your company allow. We always do our best to meet a request for erasure. Data a law requires us to keep is erased when the legal period ends, and until then its processing is restricted.',
    },
    howTo: {
      sv: 'Kontakta vår kundtjänst eller gör begäran i ditt kundkonto.',
      en: 'Contact our customer service or make the request in your customer account.',
    },
    source: 'policy',
    policyClause: '§10',
    article: 'art. 17',
    purposes: [],
    retention: ['bfl_accounting', 'mdr_device_supply', 'mdr_implantable_supply'],
  },
  {
    id: 'restriction',
    title: { sv: 'Rätt till begränsning av behandling', en: 'Right to restriction of processing' },
    description: {
      sv: 'Du har rätt att begära att vi begränsar behandlingen av dina uppgifter, till exempel medan vi utreder om de är korrekta eller om du har invänt mot behandlingen.',
      en: 'You have the right to ask us to restrict the processing of your data, for example while we check whether it is correct or whether your objection to the processing applies.',
    },
    howTo: { sv: 'Kontakta vår kundtjänst.', en: 'Contact our customer service.' },
    source: 'gdpr',
    policyClause: null,
    article: 'art. 18',
    purposes: [],
    retention: [],
  },
  {
    id: 'portability',
    title: { sv: 'Rätt till dataportabilitet', en: 'Right to data portability' },
    description: {
      sv: 'Uppgifter som du själv har lämnat till oss och som vi behandlar med stöd av avtal eller samtycke har du rätt att få i ett strukturerat, maskinläsbart format och att föra över till någon annan.',
      en: 'Data you have given us yourself and that we process under a contract or your consent can be given to you in a structured, machine-readable format, for you to move elsewhere.',
    },
    howTo: {
      sv: 'Ladda ned uppgifterna i ditt kundkonto eller kontakta vår kundtjänst.',
      en: 'Download the data in your customer account or contact our customer service.',
    },
    source: 'gdpr',
    policyClause: null,
    article: 'art. 20',
    purposes: ['a.orders', 'a.account', 'c.marketing', '6.personal_offers'],
    retention: [],
  },
  {
    id: 'objection',
    title: {
      sv: 'Rätt att invända mot direktmarknadsföring och profilering',
      en: 'Right to object to direct marketing and profiling',
    },
    description: {
      sv: 'Dina uppgifter får inte behandlas för direktmarknadsföring eller profilering om du motsätter dig det. Du kan också invända mot annan behandling som grundar sig på vårt berättigade intresse; då slutar vi med den om vi inte kan visa tvingande skäl.',
      en: 'Your data may not be processed for direct marketing or profiling if you object. You can also object to other processing based on our legitimate interest; we then stop unless we can show compelling grounds.',
    },
    howTo: {
      sv: 'Avregistrera dig via länken i varje utskick, ändra dina val i kundkontot eller kontakta vår kundtjänst.',
      en: 'Unsubscribe through the link in every mailing, change your choices in your customer account or contact our customer service.',
    },
    source: 'policy',
    policyClause: '§10',
    article: 'art. 21',
    purposes: ['c.marketing', '6.personal_offers', 'b.customer_service', 'd.improvement'],
    retention: [],
  },
  {
    id: 'withdraw_consent',
    title: { sv: 'Rätt att återkalla samtycke', en: 'Right to withdraw consent' },
    description: {
      sv: 'Du har rätt att när som helst återkalla ett samtycke och tacka nej till olika typer av marknadsföring. Uppgifterna raderas då snarast och senast inom sex månader.',
      en: 'You have the right to withdraw a consent at any time and to decline different kinds of marketing. The data is then deleted as soon as possible and within six months at the latest.',
    },
    howTo: {
      sv: 'Använd länken i varje utskick eller kontakta vår kundtjänst.',
      en: 'Use the link in every mailing or contact our customer service.',
    },
    source: 'policy',
    policyClause: '§10',
    article: 'art. 7(3)',
    purposes: ['c.marketing'],
    retention: ['consent_withdrawn'],
  },
  {
    id: 'complaint',
    title: { sv: 'Rätt att klaga', en: 'Right to complain' },
    description: {
      sv: 'Anser du att vi har hanterat dina uppgifter felaktigt kan du alltid vända dig till oss. Du har också rätt att lämna klagomål till tillsynsmyndigheten, Integritetsskyddsmyndigheten (IMY).',
      en: 'If you think we have handled your data incorrectly, you can always turn to us. You also have the right to lodge a complaint with the supervisory authority, Integritetsskyddsmyndigheten (IMY).',
    },
    howTo: {
      sv: 'Kontakta vår kundtjänst, eller IMY direkt (se Klagomål och tillsynsmyndighet).',
      en: 'Contact our customer service, or IMY directly (see Complaints and supervisory authority).',
    },
    source: 'policy',
    policyClause: '§11',
    article: 'art. 77',
    purposes: [],
    retention: [],
  },
] as const satisfies readonly RightDef<PurposeId, RetentionRuleId>[];

export type RightId = (typeof rights)[number]['id'];
