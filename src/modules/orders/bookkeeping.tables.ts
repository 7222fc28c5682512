import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Vouchers (verifikationer, Bokföringslagen 5 kap.): a dated, numbered, balanced set of lines.
 * Numbers run without gaps per series and fiscal year (the calendar year): series A sales
 * invoices, B invoice payments, C card payments. Never updated or deleted once written; a
 * correction is a new voucher. `source` names what the voucher documents (one voucher per source).
 */
export const vouchers = pgTable(
  'vouchers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    series: text('series').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    number: integer('number').notNull(),
    /** The accounting date (bokföringsdatum / transaktionsdatum). */
    voucherDate: date('voucher_date', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    /** When it was entered (registreringsdatum). */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('vouchers_number_idx').on(t.series, t.fiscalYear, t.number),
    uniqueIndex('vouchers_source_idx').on(t.sourceType, t.sourceId),
    index('vouchers_date_idx').on(t.voucherDate),
    // The vouchers of an invoice, without knowing the source type (register extract, erasure).
    index('vouchers_source_id_idx').on(t.sourceId),
  ],
);

export const voucherLines = pgTable(
  'voucher_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    voucherId: uuid('voucher_id')
      .notNull()
      .references(() => vouchers.id),
    position: integer('position').notNull(),
    /** A BAS account number (four digits). */
    account: text('account').notNull(),
    /** Debit positive, credit negative, in öre. */
    amountOre: integer('amount_ore').notNull(),
  },
  (t) => [
    uniqueIndex('voucher_lines_position_idx').on(t.voucherId, t.position),
    index('voucher_lines_account_idx').on(t.account),
  ],
);

/** The last voucher number per series and fiscal year, bumped inside the posting transaction. */
export const voucherNumberSequences = pgTable(
  'voucher_number_sequences',
  {
    series: text('series').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.fiscalYear] })],
);

/**
 * What the vouchers of a fiscal year add to each account, kept when the vouchers themselves are
 * deleted after Bokföringslagen's period: an aggregate with no link to any person, so the opening
 * balances of later years stay right.
 */
export const ledgerCarriedBalances = pgTable(
  'ledger_carried_balances',
  {
    fiscalYear: integer('fiscal_year').notNull(),
    account: text('account').notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.fiscalYear, t.account] })],
);
