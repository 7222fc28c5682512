import PDFDocument from 'pdfkit';
import { invoiceLabels, money, type InvoiceLang } from './invoice-pdf.labels.ts';
import { amountsPerRate, PAYMENT_TERMS_DAYS, type InvoiceLineRow, type InvoiceRow } from './invoices.service.ts';
import { seller } from './invoices.seller.ts';

/** What the PDF shows: an invoice and its lines, as stored (a plain object; no database here). */
export type InvoicePdfData = Pick<
  InvoiceRow,
  | 'invoiceNumber'
  | 'ocr'
  | 'orderNumber'
  | 'issueDate'
  | 'supplyDate'
  | 'dueDate'
  | 'buyerName'
  | 'buyerOrgNr'
  | 'buyerVatNumber'
  | 'buyerStreet'
  | 'buyerPostalCode'
  | 'buyerCity'
  | 'buyerCountry'
  | 'reverseCharge'
  | 'totalExVatOre'
  | 'vatOre'
  | 'roundingOre'
  | 'totalIncVatOre'
  | 'paidOre'
> & {
  lines: Pick<
    InvoiceLineRow,
    'articleNumber' | 'description' | 'quantity' | 'unitPriceExVatOre' | 'vatRate' | 'lineExVatOre' | 'lineVatOre'
  >[];
};

const M = 50; // margin
const W = 595.28 - 2 * M; // A4 width inside the margins
const DARK = '#0e4f5c';

/**
 * The invoice as a PDF (A4, pdfkit's built-in Helvetica), with every field Mervärdesskattelagen
 * (2023:200) 17 kap. 24 § requires, the payment terms, bankgiro and OCR, and "Godkänd för F-skatt".
 */
export function renderInvoicePdf(inv: InvoicePdfData, lang: InvoiceLang = 'sv'): Promise<Buffer> {
  const L = invoiceLabels[lang];
  const kr = (ore: number) => `${money(ore, lang)} ${L.currency}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: M,
    lang: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: {
      Title: `${L.title} ${inv.invoiceNumber}`,
      Author: seller.name,
      CreationDate: new Date(`${inv.issueDate}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // Seller and title.
  doc.font('Helvetica-Bold').fontSize(16).fillColor(DARK).text(seller.name, M, M);
  doc.font('Helvetica').fontSize(9).fillColor('black');
  doc.text(`${seller.street}, ${seller.postalCode} ${seller.city}, ${seller.country[lang]}`);
  doc.text(`${L.vatNumber} ${seller.vatNumber} · ${L.orgNr} ${seller.orgNr} · ${L.fSkatt}`);
  doc.font('Helvetica-Bold').fontSize(20).fillColor(DARK).text(L.title, M, M, { width: W, align: 'right' });

  // Buyer (left) and invoice facts (right).
  const top = 130;
  doc.fillColor('black').font('Helvetica-Bold').fontSize(9).text(L.buyer, M, top);
  doc.font('Helvetica').fontSize(10);
  const left = { width: 270 }; // beside the invoice facts, never under them
  doc.text(inv.buyerName, left).text(inv.buyerStreet, left);
  doc.text(`${inv.buyerPostalCode} ${inv.buyerCity}`, left).text(inv.buyerCountry, left);
  if (inv.buyerOrgNr) doc.fontSize(9).text(`${L.buyerOrgNr} ${inv.buyerOrgNr}`, left);
  if (inv.buyerVatNumber) doc.fontSize(9).text(`${L.buyerVat} ${inv.buyerVatNumber}`, left);
  const facts: [string, string][] = [
    [L.invoiceNumber, inv.invoiceNumber],
    [L.issueDate, inv.issueDate],
    [L.supplyDate, inv.supplyDate],
    [L.dueDate, inv.dueDate],
    [L.orderNumber, inv.orderNumber],
    [L.ocr, inv.ocr],
  ];
  facts.forEach(([k, v], i) => {
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(k, M + 290, top + i * 14, { width: 110 });
    doc.font('Helvetica-Bold').text(v, M + 400, top + i * 14, { width: W - 400, align: 'right' });
  });

  // Lines.
  const cols = [
    { key: L.article, x: 0, w: 70, align: 'left' },
    { key: L.description, x: 72, w: 168, align: 'left' },
    { key: L.quantity, x: 242, w: 40, align: 'right' },
    { key: L.unitPrice, x: 284, w: 90, align: 'right' },
    { key: L.vatRate, x: 376, w: 40, align: 'right' },
    { key: L.amount, x: 418, w: W - 418, align: 'right' },
  ] as const;
  let y = 250;
  doc.font('Helvetica-Bold').fontSize(8);
  cols.forEach((c) => doc.text(c.key, M + c.x, y, { width: c.w, align: c.align }));
  y += 22;
  doc
    .moveTo(M, y - 4)
    .lineTo(M + W, y - 4)
    .strokeColor(DARK)
    .stroke();
  doc.font('Helvetica').fontSize(9);
  for (const l of inv.lines) {
    const cells = [
      l.articleNumber,
      l.description,
      String(l.quantity),
      money(l.unitPriceExVatOre, lang),
      `${l.vatRate} %`,
      money(l.lineExVatOre, lang),
    ];
    const h = Math.max(14, doc.heightOfString(l.description, { width: cols[1].w }) + 4);
    if (y + h > 700) {
      doc.addPage();
      y = M;
    }
    cells.forEach((text, i) => doc.text(text, M + cols[i]!.x, y, { width: cols[i]!.w, align: cols[i]!.align }));
    y += h;
  }

  // VAT per rate and totals.
  y += 10;
  if (y > 600) {
    doc.addPage();
    y = M;
  }
  doc.font('Helvetica-Bold').fontSize(9).text(L.vatSummary, M, y);
  doc
    .text(L.taxable, M + 120, y, { width: 110, align: 'right' })
    .text(L.vat, M + 240, y, { width: 80, align: 'right' });
  doc.font('Helvetica');
  for (const r of amountsPerRate(inv.lines)) {
    y += 14;
    doc.text(`${L.vatRate.replace(' %', '')} ${r.rate} %`, M, y);
    doc.text(money(r.exVatOre, lang), M + 120, y, { width: 110, align: 'right' });
    doc.text(money(r.vatOre, lang), M + 240, y, { width: 80, align: 'right' });
  }
  const totals: [string, string, boolean][] = [
    [L.totalExVat, kr(inv.totalExVatOre), false],
    [L.totalVat, kr(inv.vatOre), false],
    [L.rounding, kr(inv.roundingOre), false],
    [L.toPay, kr(inv.totalIncVatOre), true],
  ];
  if (inv.paidOre > 0) totals.push([L.paid, kr(inv.paidOre), false]);
  let ty = y - 14 * (amountsPerRate(inv.lines).length - 1);
  for (const [k, v, bold] of totals) {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 11 : 9);
    doc.text(k, M + 340, ty, { width: 90 }).text(v, M + 420, ty, { width: W - 420, align: 'right' });
    ty += bold ? 18 : 14;
  }
  y = Math.max(y, ty) + 16;
  if (inv.reverseCharge) {
    doc.font('Helvetica-Bold').fontSize(9).text(L.reverseCharge, M, y, { width: W });
    y = doc.y + 10;
  }

  // Payment.
  doc.rect(M, y, W, 62).strokeColor(DARK).stroke();
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .text(L.paymentTerms, M + 10, y + 8);
  doc.font('Helvetica').text(`${L.terms(PAYMENT_TERMS_DAYS)} ${L.dueDate}: ${inv.dueDate}`, M + 10, y + 22, {
    width: W - 20,
  });
  doc
    .font('Helvetica-Bold')
    .text(
      `${L.bankgiro} ${seller.bankgiro}    ${L.ocr} ${inv.ocr}    ${L.toPay} ${kr(inv.totalIncVatOre)}`,
      M + 10,
      y + 40,
      { width: W - 20 },
    );

  // Footer on the last page.
  doc.font('Helvetica').fontSize(8).fillColor('#4d5960');
  doc.text(
    `${seller.name} · ${seller.street}, ${seller.postalCode} ${seller.city} · ${L.orgNr} ${seller.orgNr} · ${L.vatNumber} ${seller.vatNumber} · ${L.fSkatt} · ${seller.phone} · ${seller.email}`,
    M,
    762,
    { width: W, align: 'center', lineBreak: true },
  );
  doc.end();
  return done;
}
