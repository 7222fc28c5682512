import type { SubjectDef } from './policy.types.ts';

/** Whose data: only customers' and prospects' data is in the policy, not staff data. */
export const subjects = [
  {
    id: 'account_contact',
    label: { sv: 'Kontaktpersoner hos kunder med kundkonto', en: 'Contact persons at customers with an account' },
    description: {
      sv: 'Du som företräder en klinik eller ett annat företag som har ett kundkonto hos oss.',
      en: 'You who represent a clinic or another company that has a customer account with us.',
    },
  },
  {
    id: 'guest_customer',
    label: { sv: 'Kunder utan kundkonto', en: 'Customers without an account' },
    description: {
      sv: 'Du som köper av oss utan att ha ett kundkonto.',
      en: 'You who buy from us without having a customer account.',
    },
  },
  {
    id: 'consenting_prospect',
    label: { sv: 'Intressenter som har lämnat samtycke', en: 'Prospects who have given consent' },
    description: {
      sv: 'Du som inte är kund men som har samtyckt till att vi registrerar dina företagsuppgifter, till exempel i vår webbshop eller på ett event.',
      en: 'You who are not a customer but have consented to our registering your company details, for example in our webshop or at an event.',
    },
  },
  {
    id: 'do_not_market_company',
    label: { sv: 'Företag som har avböjt marknadsföring', en: 'Companies that have declined marketing' },
    description: {
      sv: 'Företag som inte är kunder hos oss och som har meddelat att de inte vill ha oadresserad marknadsföring från oss.',
      en: 'Companies that are not our customers and have told us they do not want unaddressed marketing from us.',
    },
  },
] as const satisfies readonly SubjectDef[];

export type SubjectId = (typeof subjects)[number]['id'];
