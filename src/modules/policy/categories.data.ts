import type { CategoryDef } from './policy.types.ts';

/** §3 (and §6 for usage history): the categories of personal data. */
export const categories = [
  {
    id: 'full_name',
    label: { sv: 'Fullständigt namn', en: 'Full name' },
    explanation: { sv: 'Ditt för- och efternamn.', en: 'Your first and last name.' },
    technical: false,
  },
  {
    id: 'address',
    label: { sv: 'Adress', en: 'Address' },
    explanation: { sv: 'Post- och leveransadress.', en: 'Postal and delivery address.' },
    technical: false,
  },
  {
    id: 'email',
    label: { sv: 'E-postadress', en: 'E-mail address' },
    explanation: { sv: 'Den e-postadress vi når dig på.', en: 'The e-mail address at which we reach you.' },
    technical: false,
  },
  {
    id: 'phone',
    label: { sv: 'Telefonnummer', en: 'Phone number' },
    explanation: { sv: 'Det telefonnummer vi når dig på.', en: 'The phone number at which we reach you.' },
    technical: false,
  },
  {
    id: 'payment_details',
    label: { sv: 'Betalningsuppgifter', en: 'Payment details' },
    explanation: {
      sv: 'Hur du har betalat: betalsätt, fakturauppgifter och om betalningen är gjord.',
      en: 'How you paid: payment method, invoice details and whether payment has been made.',
    },
    technical: false,
  },
  {
    id: 'purchase_history',
    label: { sv: 'Köp- och orderhistorik', en: 'Purchase and order history' },
    explanation: {
      sv: 'Vad du har beställt och köpt av oss, när och till vilket pris.',
      en: 'What you have ordered and bought from us, when and at what price.',
    },
    technical: false,
  },
  {
    id: 'usage_history',
    label: { sv: 'Användarhistorik', en: 'Usage history' },
    explanation: {
      sv: 'Hur du använder vår webbshop när du är inloggad, till exempel vilka produkter du klickar på och vad du söker efter.',
      en: 'How you use our webshop while signed in, for example which products you click on and what you search for.',
    },
    technical: true,
  },
  {
    id: 'ip_address',
    label: { sv: 'IP-adress', en: 'IP address' },
    explanation: {
      sv: 'Det nummer som din dator eller telefon har på internet när den ansluter till vår webbplats. Vi använder det för att upptäcka och stoppa försök till obehörig inloggning.',
      en: 'The number your computer or phone has on the internet when it connects to our website. We use it to detect and stop attempts at unauthorised sign-in.',
    },
    technical: true,
  },
  {
    id: 'images',
    label: { sv: 'Bilder', en: 'Images' },
    explanation: {
      sv: 'Bilder som du skickar till oss, till exempel på en skadad eller felaktig produkt.',
      en: 'Images you send us, for example of a damaged or faulty product.',
    },
    technical: false,
  },
  {
    id: 'case_information',
    label: { sv: 'Ärenderelaterad information', en: 'Case information' },
    explanation: {
      sv: 'Det du berättar för vår kundtjänst, till exempel frågor, klagomål, reklamationer och svar på enkäter.',
      en: 'What you tell our customer service, for example questions, complaints, claims about faulty goods and survey answers.',
    },
    technical: false,
  },
  {
    id: 'company_data',
    label: { sv: 'Företagsuppgifter', en: 'Company details' },
    explanation: {
      sv: 'Företagets namn, organisationsnummer och adress, och din koppling till företaget.',
      en: 'The company’s name, organisation number and address, and your connection to the company.',
    },
    technical: false,
  },
] as const satisfies readonly CategoryDef[];

export type CategoryId = (typeof categories)[number]['id'];
