/** The back office's finance section (§4g: invoicing and bookkeeping), Swedish first. */
export type InvoiceSummary = {
  invoiceNumber: string;
  orderNumber: string;
  issueDate: string;
  dueDate: string;
  totalIncVatOre: number;
  paidOre: number;
  status: 'unpaid' | 'partially_paid' | 'paid' | 'overpaid';
};
export type PaymentResult = {
  invoiceNumber: string;
  totalIncVatOre: number;
  paidOre: number;
  balanceOre: number;
  status: InvoiceSummary['status'];
  voucher: { series: string; number: number };
};

export const financeTexts = {
  sv: {
    title: 'Ekonomi: fakturor och bokföring',
    intro:
      'Registrera inbetalningar med OCR-numret, se obetalda fakturor och hämta bokföringen som SIE 4-fil till ekonomiprogrammet. Varje inbetalning bokförs (serie B: 1930 mot 1510).',
    invoices: 'Fakturor',
    filter: 'Visa',
    filters: { open: 'Obetalda', overdue: 'Förfallna', all: 'Alla' } as Record<string, string>,
    show: 'Visa',
    none: 'Inga fakturor.',
    number: 'Faktura',
    order: 'Order',
    issued: 'Fakturadatum',
    due: 'Förfallodatum',
    total: 'Att betala',
    paid: 'Betalt',
    status: 'Status',
    statuses: { unpaid: 'Obetald', partially_paid: 'Delbetald', paid: 'Betald', overpaid: 'Överbetald' } as Record<
      string,
      string
    >,
    pdf: (n: string) => `PDF för faktura ${n}`,
    payment: 'Registrera inbetalning',
    ocr: 'OCR-nummer',
    ocrHint: 'Som det står på inbetalningen. Kontrollsiffra och längdsiffra kontrolleras.',
    amount: 'Belopp (kr)',
    amountHint: 'Till exempel 1250,50. Delbetalning och överbetalning går bra.',
    paidOn: 'Betalningsdag',
    register: 'Registrera',
    registered: (r: PaymentResult, kr: (o: number) => string) =>
      r.balanceOre > 0
        ? `Faktura ${r.invoiceNumber}: ${kr(r.paidOre)} betalt, ${kr(r.balanceOre)} återstår (verifikation ${r.voucher.series}${r.voucher.number}).`
        : r.balanceOre === 0
          ? `Faktura ${r.invoiceNumber} är betald (verifikation ${r.voucher.series}${r.voucher.number}).`
          : `Faktura ${r.invoiceNumber} är överbetald med ${kr(-r.balanceOre)} — betala tillbaka till kunden (verifikation ${r.voucher.series}${r.voucher.number}).`,
    badAmount: 'Ange ett belopp större än noll, med högst två decimaler.',
    sie: 'Bokföring (SIE 4)',
    sieHint: 'Hela räkenskapsåret: konton, ingående och utgående balanser, resultat och alla verifikationer.',
    year: 'Räkenskapsår',
    download: 'Hämta SIE-fil',
  },
  en: {
    title: 'Finance: invoices and bookkeeping',
    intro:
      'Register payments by their OCR reference, see unpaid invoices and download the ledger as a SIE 4 file for the accounting program. Each payment is booked (series B: 1930 against 1510).',
    invoices: 'Invoices',
    filter: 'Show',
    filters: { open: 'Unpaid', overdue: 'Overdue', all: 'All' } as Record<string, string>,
    show: 'Show',
    none: 'No invoices.',
    number: 'Invoice',
    order: 'Order',
    issued: 'Invoice date',
    due: 'Due date',
    total: 'Amount due',
    paid: 'Paid',
    status: 'Status',
    statuses: { unpaid: 'Unpaid', partially_paid: 'Part paid', paid: 'Paid', overpaid: 'Overpaid' } as Record<
      string,
      string
    >,
    pdf: (n: string) => `PDF of invoice ${n}`,
    payment: 'Register a payment',
    ocr: 'OCR reference',
    ocrHint: 'As the payment gives it. The check digit and length digit are checked.',
    amount: 'Amount (SEK)',
    amountHint: 'For example 1250.50. Part and over-payments are fine.',
    paidOn: 'Payment date',
    register: 'Register',
    registered: (r: PaymentResult, kr: (o: number) => string) =>
      r.balanceOre > 0
        ? `Invoice ${r.invoiceNumber}: ${kr(r.paidOre)} paid, ${kr(r.balanceOre)} outstanding (voucher ${r.voucher.series}${r.voucher.number}).`
        : r.balanceOre === 0
          ? `Invoice ${r.invoiceNumber} is paid (voucher ${r.voucher.series}${r.voucher.number}).`
          : `Invoice ${r.invoiceNumber} is overpaid by ${kr(-r.balanceOre)} — refund the customer (voucher ${r.voucher.series}${r.voucher.number}).`,
    badAmount: 'Enter an amount above zero, with at most two decimals.',
    sie: 'Bookkeeping (SIE 4)',
    sieHint: 'The whole fiscal year: accounts, opening and closing balances, results and every voucher.',
    year: 'Fiscal year',
    download: 'Download SIE file',
  },
} as const;

/** "1250,50" or "1250.50" (spaces allowed) as öre, or null. */
export function parseKronor(input: string): number | null {
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(input.replace(/\s/g, ''));
  if (!m) return null;
  const ore = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return ore > 0 ? ore : null;
}
