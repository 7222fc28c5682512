/** The invoice's words, Swedish first; English on request (?lang=en). */
export const invoiceLabels = {
  sv: {
    title: 'FAKTURA',
    invoiceNumber: 'Fakturanummer',
    issueDate: 'Fakturadatum',
    supplyDate: 'Leveransdatum',
    dueDate: 'Förfallodatum',
    orderNumber: 'Ordernummer',
    buyer: 'Köpare',
    buyerOrgNr: 'Org.nr',
    buyerVat: 'Köparens momsreg.nr',
    article: 'Art.nr',
    description: 'Benämning',
    quantity: 'Antal',
    unitPrice: 'À-pris exkl. moms',
    vatRate: 'Moms %',
    amount: 'Belopp exkl. moms',
    vatSummary: 'Momsspecifikation',
    taxable: 'Beskattningsunderlag',
    vat: 'Moms',
    totalExVat: 'Summa exkl. moms',
    totalVat: 'Summa moms',
    rounding: 'Öresavrundning',
    toPay: 'Att betala',
    paymentTerms: 'Betalningsvillkor',
    terms: (days: number) => `${days} dagar netto. Dröjsmålsränta enligt räntelagen.`,
    bankgiro: 'Bankgiro',
    ocr: 'OCR-nummer',
    reverseCharge:
      'Omvänd betalningsskyldighet. Unionsintern varuleverans, undantagen från skatteplikt enligt 10 kap. 42 § mervärdesskattelagen (2023:200).',
    vatNumber: 'Momsreg.nr',
    orgNr: 'Org.nr',
    fSkatt: 'Godkänd för F-skatt',
    paid: 'Betalt',
    currency: 'kr',
  },
  en: {
    title: 'INVOICE',
    invoiceNumber: 'Invoice number',
    issueDate: 'Invoice date',
    supplyDate: 'Date of supply',
    dueDate: 'Due date',
    orderNumber: 'Order number',
    buyer: 'Buyer',
    buyerOrgNr: 'Reg. no.',
    buyerVat: 'Buyer’s VAT no.',
    article: 'Art. no.',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price excl. VAT',
    vatRate: 'VAT %',
    amount: 'Amount excl. VAT',
    vatSummary: 'VAT summary',
    taxable: 'Taxable amount',
    vat: 'VAT',
    totalExVat: 'Total excl. VAT',
    totalVat: 'Total VAT',
    rounding: 'Rounding',
    toPay: 'Amount due',
    paymentTerms: 'Payment terms',
    terms: (days: number) => `${days} days net. Late payment interest under the Swedish Interest Act.`,
    bankgiro: 'Bankgiro',
    ocr: 'OCR reference',
    reverseCharge:
      'Reverse charge. Intra-Community supply of goods, exempt under Article 138 of Council Directive 2006/112/EC (Swedish VAT Act 2023:200, ch. 10 s. 42).',
    vatNumber: 'VAT reg. no.',
    orgNr: 'Reg. no.',
    fSkatt: 'Approved for F-tax (Godkänd för F-skatt)',
    paid: 'Paid',
    currency: 'SEK',
  },
} as const;

export type InvoiceLang = keyof typeof invoiceLabels;

/** Öre as money: 1 234,56 (sv) or 1,234.56 (en), a plain hyphen for minus (the PDF font's own glyphs). */
export function money(ore: number, lang: InvoiceLang): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kr = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  return `${sign}${kr}${lang === 'sv' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
}
