import type { ControllerDef, DpoDef, SupervisoryAuthorityDef } from './policy.types.ts';

/** §2, §12: the controller. The policy writes the e-mail address "info@kliniksUPPORT.se"; normalised. */
export const controller = {
  name: 'Kliniksupport Sverige AB',
  orgNr: '556940-3339',
  street: 'Falsterbovägen 32',
  postalCode: '239 41',
  city: 'Falsterbo',
  country: { sv: 'Sverige', en: 'Sweden' },
  phone: '040-45 56 80',
  phoneE164: '+4640455680',
  email: 'info@kliniksupport.se',
} as const satisfies ControllerDef;

/** §2: Kliniksupport Sverige AB is both controller and data protection officer. */
export const dpo = {
  ...controller,
  sameAsController: true,
  note: {
    sv: 'Kliniksupport Sverige AB är också dataskyddsombud. Frågor till dataskyddsombudet skickar du till samma adress, telefonnummer och e-postadress.',
    en: 'Kliniksupport Sverige AB is also the data protection officer. Questions for the data protection officer go to the same address, phone number and e-mail address.',
  },
} as const satisfies DpoDef;

/** §11: the policy names "Datainspektionen", which was renamed on 1 January 2021. */
export const supervisoryAuthority = {
  name: 'Integritetsskyddsmyndigheten',
  shortName: 'IMY',
  street: 'Box 8114',
  postalCode: '104 20',
  city: 'Stockholm',
  country: { sv: 'Sverige', en: 'Sweden' },
  phone: '08-657 61 00',
  phoneE164: '+4686576100',
  email: 'imy@imy.se',
  web: 'https://www.imy.se',
  formerName: 'Datainspektionen',
  renamedOn: '2021-01-01',
  note: {
    sv: 'Vår policy nämner Datainspektionen. Det var myndighetens namn fram till 2021, då den bytte namn till Integritetsskyddsmyndigheten (IMY).',
    en: 'Our policy names Datainspektionen (the Swedish Data Protection Authority). That was the authority’s name until 2021, when it was renamed Integritetsskyddsmyndigheten (IMY, the Swedish Authority for Privacy Protection).',
  },
} as const satisfies SupervisoryAuthorityDef;

/** Bookkeeping: the company's fiscal year is the calendar year (used by the Bokföringslagen rule). */
export const fiscalYear = 'calendar' as const;
