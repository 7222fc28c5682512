import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import {
  EU_REVERSE_CHARGE_SALES,
  RECEIVABLES,
  ROUNDING,
  salesAccountByRate,
  vatAccountByRate,
} from './bookkeeping.accounts.ts';
import { postVoucher, stockholmDate, voucherSeries, type VoucherLineInput } from './bookkeeping.service.ts';
import type { OrderPlacedHook, Tx } from './checkout.hooks.ts';
import { findOrder, type OrderWithLines } from './orders.find.ts';
import { invoiceLines, invoiceNumberSequences, invoicePayments, invoices } from './invoices.tables.ts';
import { makeOcr } from './ocr.ts';

export const PAYMENT_TERMS_DAYS = 30;
const VAT_RATES = [25, 12, 6] as const;

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type InvoicePaymentRow = typeof invoicePayments.$inferSelect;
export type InvoiceWithLines = InvoiceRow & { lines: InvoiceLineRow[]; payments: InvoicePaymentRow[] };

/** An ISO date plus whole days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The VAT rate shipping was charged at: the rate that its VAT amount matches (25 % if none does). */
function shippingRate(exOre: number, vatOre: number): number {
  if (exOre <= 0 || vatOre === 0) return 25;
  return VAT_RATES.reduce((best, r) =>
    Math.abs(Math.round((exOre * r) / 100) - vatOre) < Math.abs(Math.round((exOre * best) / 100) - vatOre) ? r : best,
  );
}

type LineInput = Omit<typeof invoiceLines.$inferInsert, 'invoiceId'>;

/** The invoice's lines: the order's goods, then shipping as a line of its own. */
function linesOf(order: OrderWithLines): LineInput[] {
  const lines: LineInput[] = order.lines.map((l, i) => ({
    position: i + 1,
    articleNumber: l.articleNumber,
    description: l.name,
    quantity: l.quantity,
    unitPriceExVatOre: l.unitPriceExVatOre,
    vatRate: order.reverseCharge ? 0 : l.vatRate,
    lineExVatOre: l.quantity * l.unitPriceExVatOre,
    lineVatOre: order.reverseCharge ? 0 : l.lineVatOre,
  }));
  if (order.shippingExVatOre > 0) {
    lines.push({
      position: lines.length + 1,
      articleNumber: 'FRAKT',
      description: 'Frakt',
      quantity: 1,
      unitPriceExVatOre: order.shippingExVatOre,
      vatRate: order.reverseCharge ? 0 : shippingRate(order.shippingExVatOre, order.shippingVatOre),
      lineExVatOre: order.shippingExVatOre,
      lineVatOre: order.reverseCharge ? 0 : order.shippingVatOre,
    });
  }
  return lines;
}

/** Taxable amount and VAT per rate (rate 0: reverse charge). */
export function amountsPerRate(lines: Pick<LineInput, 'vatRate' | 'lineExVatOre' | 'lineVatOre'>[]) {
  const byRate = new Map<number, { rate: number; exVatOre: number; vatOre: number }>();
  for (const l of lines) {
    const r = byRate.get(l.vatRate) ?? { rate: l.vatRate, exVatOre: 0, vatOre: 0 };
    r.exVatOre += l.lineExVatOre;
    r.vatOre += l.lineVatOre;
    byRate.set(l.vatRate, r);
  }
  return [...byRate.values()].sort((a, b) => b.rate - a.rate);
}

/** The sales voucher: 1510 debit; sales (30xx, or 3108 under reverse charge) and VAT (26x1) credit; 3740 rounding. */
export function salesVoucherLines(
  invoice: Pick<InvoiceRow, 'totalIncVatOre' | 'roundingOre' | 'reverseCharge'>,
  lines: LineInput[],
): VoucherLineInput[] {
  const out: VoucherLineInput[] = [{ account: RECEIVABLES, amountOre: invoice.totalIncVatOre }];
  for (const r of amountsPerRate(lines)) {
    const sales = invoice.reverseCharge ? EU_REVERSE_CHARGE_SALES : salesAccountByRate[r.rate];
    const vat = vatAccountByRate[r.rate];
    if (!sales || (!invoice.reverseCharge && !vat)) throw new Error(`no accounts for VAT rate ${r.rate}`);
    if (r.exVatOre !== 0) out.push({ account: sales, amountOre: -r.exVatOre });
    if (r.vatOre !== 0) out.push({ account: vat!, amountOre: -r.vatOre });
  }
  if (invoice.roundingOre !== 0) out.push({ account: ROUNDING, amountOre: -invoice.roundingOre });
  return out;
}

/**
 * Writes the invoice of an order inside the caller's transaction (the checkout's): the next number
 * of the year's series (no gaps: the counter is bumped in the same transaction), its OCR reference,
 * a copy of the buyer and lines, and the sales voucher (series A). Idempotent per order.
 */
export async function createInvoiceForOrder(tx: Db | Tx, orderId: string): Promise<InvoiceRow> {
  const [existing] = await tx.select().from(invoices).where(eq(invoices.orderId, orderId));
  if (existing) return existing;
  const order = await findOrder(tx, orderId);
  if (!order) throw new AppError('not_found', 'Ingen sådan order / No such order');
  return writeInvoice(tx, order);
}

/**
 * The invoice of an order that has none yet (the checkout's own, just written in this
 * transaction): no reads, so the transaction holds its counter rows as briefly as possible.
 */
async function writeInvoice(tx: Db | Tx, order: OrderWithLines): Promise<InvoiceRow> {
  const issueDate = stockholmDate(order.placedAt);
  const series = issueDate.slice(0, 4);
  const [seq] = await tx
    .insert(invoiceNumberSequences)
    .values({ series, last: 1 })
    .onConflictDoUpdate({
      target: invoiceNumberSequences.series,
      set: { last: sql`${invoiceNumberSequences.last} + 1` },
    })
    .returning({ last: invoiceNumberSequences.last });
  const sequence = seq!.last;
  const padded = String(sequence).padStart(6, '0');
  const lines = linesOf(order);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      invoiceNumber: `${series}-${padded}`,
      series,
      sequence,
      ocr: makeOcr(`${series}${padded}`),
      orderId: order.id,
      orderNumber: order.orderNumber,
      companyId: order.companyId,
      contactId: order.contactId,
      issueDate,
      supplyDate: issueDate,
      dueDate: addDays(issueDate, PAYMENT_TERMS_DAYS),
      buyerName: order.buyerName,
      buyerOrgNr: order.buyerOrgNr,
      buyerVatNumber: order.buyerVatNumber,
      buyerStreet: order.billingStreet,
      buyerPostalCode: order.billingPostalCode,
      buyerCity: order.billingCity,
      buyerCountry: order.buyerCountry,
      reverseCharge: order.reverseCharge,
      totalExVatOre: order.totalExVatOre + order.shippingExVatOre,
      vatOre: order.reverseCharge ? 0 : order.vatOre,
      roundingOre: order.roundingOre,
      totalIncVatOre: order.totalIncVatOre,
      status: 'unpaid',
      createdAt: order.placedAt,
    })
    .returning();
  await tx.insert(invoiceLines).values(lines.map((l) => ({ ...l, invoiceId: invoice!.id })));
  await postVoucher(
    tx,
    {
      date: issueDate,
      series: voucherSeries.salesInvoice,
      text: `Faktura ${invoice!.invoiceNumber}`,
      source: { type: 'invoice', id: invoice!.id },
      lines: salesVoucherLines(invoice!, lines),
      createdAt: order.placedAt,
    },
    { fresh: true },
  );
  return invoice!;
}

/** The checkout hook: an order paid by invoice gets its invoice in the checkout transaction. */
export const invoiceOnOrderPlaced: OrderPlacedHook = async (tx, order, lines) => {
  if (order.paymentMethod === 'invoice') await writeInvoice(tx, { ...order, lines });
};

/** One invoice by its number, with lines and payments. */
export async function findInvoice(db: Db | Tx, invoiceNumber: string): Promise<InvoiceWithLines | undefined> {
  const [invoice] = await db.select().from(invoices).where(eq(invoices.invoiceNumber, invoiceNumber));
  if (!invoice) return undefined;
  const lines = await db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoice.id))
    .orderBy(asc(invoiceLines.position));
  const payments = await db
    .select()
    .from(invoicePayments)
    .where(eq(invoicePayments.invoiceId, invoice.id))
    .orderBy(asc(invoicePayments.registeredAt));
  return { ...invoice, lines, payments };
}
