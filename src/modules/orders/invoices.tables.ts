import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { companies, contacts } from '#src/modules/customers/customers.tables.ts';
import { orders } from './orders.tables.ts';
import { vouchers } from './bookkeeping.tables.ts';

/**
 * Sales invoices. An invoice is accounting information (Bokföringslagen 7 kap. 2 §) kept longer
 * than the order it came from, so it carries its own copy of what Mervärdesskattelagen 17 kap.
 * requires: the buyer's name, address and VAT number, and its lines. Never the buyer's e-mail or
 * phone (those stay with the order). Numbers run without gaps per series.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `<series>-<sequence>`, e.g. 2026-000001: the series is the year of issue. */
    invoiceNumber: text('invoice_number').notNull().unique(),
    series: text('series').notNull(),
    sequence: integer('sequence').notNull(),
    ocr: text('ocr').notNull().unique(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    orderNumber: text('order_number').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    supplyDate: date('supply_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    buyerName: text('buyer_name').notNull(),
    buyerOrgNr: text('buyer_org_nr').notNull(),
    buyerVatNumber: text('buyer_vat_number'),
    buyerStreet: text('buyer_street').notNull(),
    buyerPostalCode: text('buyer_postal_code').notNull(),
    buyerCity: text('buyer_city').notNull(),
    buyerCountry: text('buyer_country').notNull(),
    reverseCharge: boolean('reverse_charge').notNull(),
    totalExVatOre: integer('total_ex_vat_ore').notNull(),
    vatOre: integer('vat_ore').notNull(),
    roundingOre: integer('rounding_ore').notNull(),
    totalIncVatOre: integer('total_inc_vat_ore').notNull(),
    /** The sum of the payments registered against it (may exceed the total: an over-payment). */
    paidOre: integer('paid_ore').notNull().default(0),
    status: text('status').$type<'unpaid' | 'partially_paid' | 'paid' | 'overpaid'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('invoices_series_idx').on(t.series, t.sequence),
    uniqueIndex('invoices_order_idx').on(t.orderId),
    index('invoices_company_idx').on(t.companyId, t.issueDate),
    index('invoices_due_idx').on(t.status, t.dueDate),
    index('invoices_issue_idx').on(t.issueDate),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    articleNumber: text('article_number').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceExVatOre: integer('unit_price_ex_vat_ore').notNull(),
    vatRate: integer('vat_rate').notNull(),
    lineExVatOre: integer('line_ex_vat_ore').notNull(),
    lineVatOre: integer('line_vat_ore').notNull(),
  },
  (t) => [uniqueIndex('invoice_lines_position_idx').on(t.invoiceId, t.position)],
);

/** The last invoice number per series, bumped inside the transaction that writes the invoice. */
export const invoiceNumberSequences = pgTable('invoice_number_sequences', {
  series: text('series').primaryKey(),
  last: integer('last').notNull(),
});

/** A payment registered against an invoice (by its OCR reference), with its payment voucher. */
export const invoicePayments = pgTable(
  'invoice_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    amountOre: integer('amount_ore').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    /** The reference as the payment carried it. */
    reference: text('reference').notNull(),
    /** The staff member who registered it (null: an automatic import). */
    registeredBy: uuid('registered_by'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    /** The payment's voucher (series B); null once that voucher is deleted after Bokföringslagen's period. */
    voucherId: uuid('voucher_id').references(() => vouchers.id),
  },
  (t) => [index('invoice_payments_invoice_idx').on(t.invoiceId), index('invoice_payments_voucher_idx').on(t.voucherId)],
);

/** One reminder per invoice and stage (7 and 21 days past due), recorded when it is queued. */
export const invoiceReminders = pgTable(
  'invoice_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    stage: integer('stage').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('invoice_reminders_stage_idx').on(t.invoiceId, t.stage)],
);
