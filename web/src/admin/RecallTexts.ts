/** The back office's recalls (§4g, product safety), Swedish first. */
export const recallTexts = {
  sv: {
    title: 'Återkallelse av sats',
    intro:
      'Välj produkt och sats. Du ser vilka kunder som fick satsen (från leveransraderna) innan du bekräftar. Varje kund får ett meddelande via e-post och, om beställningen gjordes med kundkonto, i kontot — oavsett val om marknadsföring, eftersom det är en rättslig förpliktelse och inte marknadsföring.',
    product: 'Produkt',
    productHint: 'Sök på artikelnummer eller benämning.',
    find: 'Sök produkt',
    lot: 'Sats',
    lotOption: (no: string, shipped: number, expires: string | null) =>
      `${no} — ${shipped} st levererade${expires ? `, bäst före ${expires}` : ''}`,
    preview: 'Visa berörda kunder',
    affected: (n: number) => `${n} ${n === 1 ? 'kund' : 'kunder'} fick satsen`,
    email: 'E-postadress',
    name: 'Mottagare',
    buyer: 'Köpare',
    orders: 'Order',
    quantity: 'Antal',
    inAccount: 'I kundkonto',
    yes: 'Ja',
    no: 'Nej (gäst: bara e-post)',
    reasonSv: 'Orsak (svenska)',
    reasonEn: 'Orsak (engelska)',
    confirm: (n: number) => `Bekräfta återkallelsen och skicka ${n} meddelanden`,
    created: (n: number) => `Återkallelsen är registrerad. ${n} meddelanden är köade.`,
    delivery: 'Leverans av meddelandena',
    mailStatus: { queued: 'Köad', sent: 'Skickad', failed: 'Misslyckades' } as Record<string, string>,
    attempts: 'Försök',
    sentAt: 'Skickad',
    refresh: 'Uppdatera status',
    loading: 'Hämtar …',
    noProducts: 'Inga produkter matchar.',
  },
  en: {
    title: 'Recall a lot',
    intro:
      'Choose the product and the lot. You see which customers received the lot (from the shipment lines) before you confirm. Each customer gets a notice by e-mail and, if they ordered with a customer account, in the account — whatever their marketing choices, as this is a legal obligation, not marketing.',
    product: 'Product',
    productHint: 'Search by article number or name.',
    find: 'Find product',
    lot: 'Lot',
    lotOption: (no: string, shipped: number, expires: string | null) =>
      `${no} — ${shipped} units supplied${expires ? `, use by ${expires}` : ''}`,
    preview: 'Show affected customers',
    affected: (n: number) => `${n} ${n === 1 ? 'customer' : 'customers'} received the lot`,
    email: 'E-mail',
    name: 'Recipient',
    buyer: 'Buyer',
    orders: 'Orders',
    quantity: 'Units',
    inAccount: 'In account',
    yes: 'Yes',
    no: 'No (guest: e-mail only)',
    reasonSv: 'Reason (Swedish)',
    reasonEn: 'Reason (English)',
    confirm: (n: number) => `Confirm the recall and send ${n} notices`,
    created: (n: number) => `The recall is recorded. ${n} notices are queued.`,
    delivery: 'Delivery of the notices',
    mailStatus: { queued: 'Queued', sent: 'Sent', failed: 'Failed' } as Record<string, string>,
    attempts: 'Attempts',
    sentAt: 'Sent',
    refresh: 'Refresh status',
    loading: 'Loading …',
    noProducts: 'No products match.',
  },
};

export type AffectedCustomer = {
  contactEmail?: string;
  contactName?: string;
  buyerName?: string;
  orderNumbers: string[];
  quantity: number;
  inAccount: boolean;
};
export type Lot = { id: string; lotNumber: string; expiresOn: string | null; inStock: number; shipped: number };
export type NoticeStatus = {
  id: string;
  email?: string;
  recipientName?: string;
  mailStatus?: string;
  mailAttempts?: number;
  mailSentAt?: string | null;
  inAccount: boolean;
};
