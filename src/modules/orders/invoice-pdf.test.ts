import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderInvoicePdf, type InvoicePdfData } from './invoice-pdf.ts';
import { makeOcr } from './ocr.ts';

const base: InvoicePdfData = {
  invoiceNumber: '2026-000042',
  ocr: makeOcr('2026000042'),
  orderNumber: 'KS-2026-000107',
  issueDate: '2026-03-02',
  supplyDate: '2026-03-02',
  dueDate: '2026-04-01',
  buyerName: 'Tandvårdskliniken i Skanör AB',
  buyerOrgNr: '556711-0001',
  buyerVatNumber: null,
  buyerStreet: 'Storgatan 1',
  buyerPostalCode: '239 30',
  buyerCity: 'Skanör',
  buyerCountry: 'SE',
  reverseCharge: false,
  totalExVatOre: 37_035 + 19_980 + 9_900,
  vatOre: 9_259 + 2_398 + 2_475,
  roundingOre: -47,
  totalIncVatOre: 81_000,
  paidOre: 0,
  lines: [
    {
      articleNumber: 'KS-1001',
      description: 'Nitrilhandskar, storlek M',
      quantity: 3,
      unitPriceExVatOre: 12_345,
      vatRate: 25,
      lineExVatOre: 37_035,
      lineVatOre: 9_259,
    },
    {
      articleNumber: 'KS-2002',
      description: 'Munskydd typ IIR',
      quantity: 2,
      unitPriceExVatOre: 9_990,
      vatRate: 12,
      lineExVatOre: 19_980,
      lineVatOre: 2_398,
    },
    {
      articleNumber: 'FRAKT',
      description: 'Frakt',
      quantity: 1,
      unitPriceExVatOre: 9_900,
      vatRate: 25,
      lineExVatOre: 9_900,
      lineVatOre: 2_475,
    },
  ],
};

async function textOf(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), totalPages };
}

describe('invoice PDF (Mervärdesskattelagen 17 kap. 24 §)', () => {
  it('carries every required field, in Swedish', async () => {
    const pdf = await renderInvoicePdf(base, 'sv');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, totalPages } = await textOf(pdf);
    expect(totalPages).toBe(1);
    for (const s of [
      'FAKTURA',
      'Fakturadatum 2026-03-02', // date of issue
      'Fakturanummer 2026-000042', // unique sequential number
      'SE556940333901', // seller's VAT number
      'Kliniksupport Sverige AB',
      'Falsterbovägen 32, 239 41 Falsterbo',
      'Tandvårdskliniken i Skanör AB', // buyer's name and address
      'Storgatan 1',
      '239 30 Skanör',
      'Nitrilhandskar, storlek M', // kind of goods
      'Leveransdatum 2026-03-02', // date of supply
      '123,45', // unit price excl. VAT
      '25 %', // VAT rates
      '12 %',
      '469,35', // taxable amount at 25 % (370.35 + 99.00)
      '117,34', // VAT at 25 % (92.59 + 24.75)
      '199,80', // taxable amount at 12 %
      '23,98', // VAT at 12 %
      'Öresavrundning -0,47 kr',
      'Att betala 810,00 kr',
      'Förfallodatum 2026-04-01',
      '30 dagar netto',
      'Bankgiro 5050-1055',
      `OCR-nummer ${base.ocr}`,
      'Godkänd för F-skatt',
    ])
      expect(text, s).toContain(s);
    expect(text).not.toContain('Omvänd betalningsskyldighet');
  });

  it('under reverse charge shows the buyer VAT number and the exemption reference, in English on request', async () => {
    const pdf = await renderInvoicePdf(
      {
        ...base,
        reverseCharge: true,
        buyerVatNumber: 'DK12345678',
        buyerName: 'Klinik Aarhus ApS',
        buyerOrgNr: '',
        vatOre: 0,
        lines: base.lines.map((l) => ({ ...l, vatRate: 0, lineVatOre: 0 })),
      },
      'en',
    );
    const { text } = await textOf(pdf);
    for (const s of [
      'INVOICE',
      'DK12345678',
      'Reverse charge',
      'Article 138',
      'Invoice date 2026-03-02',
      'Approved for F-tax',
    ])
      expect(text, s).toContain(s);
  });
});
