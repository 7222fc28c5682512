import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { AppError, validationError } from '#src/platform/errors/index.ts';
import { BANK, RECEIVABLES } from './bookkeeping.accounts.ts';
import { postVoucher, stockholmDate, voucherSeries } from './bookkeeping.service.ts';
import { invoicePayments, invoices } from './invoices.tables.ts';
import type { InvoiceRow } from './invoices.service.ts';
import { checkOcr } from './ocr.ts';

export type PaymentInput = {
  ocr: string;
  amountOre: number;
  /** The day the money reached the bank account. */
  paidOn: string;
  registeredBy: string | null;
  now: Date;
};

export type PaymentResult = {
  invoiceNumber: string;
  totalIncVatOre: number;
  paidOre: number;
  /** What is still owed; negative after an over-payment (owed back to the customer). */
  balanceOre: number;
  status: InvoiceRow['status'];
  voucher: { series: string; number: number };
};

const statusFor = (total: number, paid: number): InvoiceRow['status'] =>
  paid === 0 ? 'unpaid' : paid < total ? 'partially_paid' : paid === total ? 'paid' : 'overpaid';

/**
 * Registers a payment against the invoice its OCR reference names, with its payment voucher
 * (series B: 1930 debit, 1510 credit). A part payment leaves the invoice partially paid; an
 * over-payment is booked in full and the invoice shows the amount owed back (negative balance).
 */
export async function registerInvoicePayment(db: Db, input: PaymentInput): Promise<PaymentResult> {
  const check = checkOcr(input.ocr);
  if (!check.ok) throw validationError('ocr', `not a valid OCR reference (${check.reason.replace('_', ' ')})`);
  if (!Number.isSafeInteger(input.amountOre) || input.amountOre <= 0)
    throw validationError('amountOre', 'a positive whole number of öre');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.paidOn) || input.paidOn > stockholmDate(input.now))
    throw validationError('paidOn', 'an ISO date, not in the future');
  return db.transaction(async (tx) => {
    const [invoice] = await tx.select().from(invoices).where(eq(invoices.ocr, check.ocr)).for('update');
    if (!invoice)
      throw new AppError('not_found', 'Ingen faktura har det OCR-numret / No invoice has that OCR reference', [
        { field: 'ocr', message: 'no invoice has this reference' },
      ]);
    const paymentId = randomUUID();
    const voucher = await postVoucher(tx, {
      date: input.paidOn,
      series: voucherSeries.invoicePayment,
      text: `Inbetalning faktura ${invoice.invoiceNumber}`,
      source: { type: 'invoice_payment', id: paymentId },
      lines: [
        { account: BANK, amountOre: input.amountOre },
        { account: RECEIVABLES, amountOre: -input.amountOre },
      ],
      createdAt: input.now,
    });
    await tx.insert(invoicePayments).values({
      id: paymentId,
      invoiceId: invoice.id,
      amountOre: input.amountOre,
      paidOn: input.paidOn,
      reference: check.ocr,
      registeredBy: input.registeredBy,
      registeredAt: input.now,
      voucherId: voucher.id,
    });
    const paidOre = invoice.paidOre + input.amountOre;
    const status = statusFor(invoice.totalIncVatOre, paidOre);
    await tx.update(invoices).set({ paidOre, status }).where(eq(invoices.id, invoice.id));
    return {
      invoiceNumber: invoice.invoiceNumber,
      totalIncVatOre: invoice.totalIncVatOre,
      paidOre,
      balanceOre: invoice.totalIncVatOre - paidOre,
      status,
      voucher: { series: voucher.series, number: voucher.number },
    };
  });
}
