import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { validationError } from '#src/platform/errors/index.ts';
import { isAccount } from './bookkeeping.accounts.ts';
import { ledgerCarriedBalances, voucherLines, voucherNumberSequences, vouchers } from './bookkeeping.tables.ts';
import type { Tx } from './checkout.hooks.ts';

/** Voucher series: A sales invoices, B invoice payments, C card payments. */
export const voucherSeries = { salesInvoice: 'A', invoicePayment: 'B', cardPayment: 'C' } as const;

export type VoucherLineInput = { account: string; amountOre: number };
export type VoucherInput = {
  /** The accounting date: an ISO date (YYYY-MM-DD) or an instant, taken as the date in Stockholm. */
  date: string | Date;
  series: string;
  /** Names what the voucher documents (an invoice or payment number), never a person. */
  text: string;
  /** What the voucher documents; one voucher per source (posting again returns the first). */
  source: { type: string; id: string };
  /** Debit positive, credit negative, in öre; must add up to zero. */
  lines: VoucherLineInput[];
  /** When it was entered; the database's time when absent. */
  createdAt?: Date;
};
export type PostedVoucher = { id: string; series: string; fiscalYear: number; number: number; date: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date in Stockholm of an instant, as YYYY-MM-DD. */
export function stockholmDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);
}

/** Checks a voucher: a known series, a date, two or more lines on known accounts, balanced. */
export function checkVoucher(input: VoucherInput): string {
  const date = typeof input.date === 'string' ? input.date : stockholmDate(input.date);
  if (!isoDate.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw validationError('date', 'an ISO date (YYYY-MM-DD)');
  if (!/^[A-Z]$/.test(input.series)) throw validationError('series', 'one capital letter');
  if (!input.text.trim() || input.text.length > 200) throw validationError('text', '1–200 characters');
  if (!input.source.type || !input.source.id) throw validationError('source', 'type and id are required');
  if (input.lines.length < 2) throw validationError('lines', 'a voucher has at least two lines');
  input.lines.forEach((l, i) => {
    if (!isAccount(l.account)) throw validationError(`lines.${i}.account`, `unknown account ${l.account}`);
    if (!Number.isSafeInteger(l.amountOre) || l.amountOre === 0)
      throw validationError(`lines.${i}.amountOre`, 'a non-zero whole number of öre');
  });
  const sum = input.lines.reduce((s, l) => s + l.amountOre, 0);
  if (sum !== 0) throw validationError('lines', `debit and credit differ by ${sum} öre`);
  return date;
}

/**
 * Posts a balanced voucher inside the caller's transaction, numbered without gaps in its series
 * and fiscal year (the counter row is bumped in the same transaction, so a rolled-back posting
 * leaves no hole). Posting the same source again returns the voucher already posted; `fresh`
 * skips that look-up for a source written in the same transaction (it cannot have one yet).
 */
export async function postVoucher(
  tx: Db | Tx,
  input: VoucherInput,
  opts: { fresh?: boolean } = {},
): Promise<PostedVoucher> {
  const date = checkVoucher(input);
  const fiscalYear = Number(date.slice(0, 4));
  if (!opts.fresh) {
    const [existing] = await tx
      .select()
      .from(vouchers)
      .where(and(eq(vouchers.sourceType, input.source.type), eq(vouchers.sourceId, input.source.id)));
    if (existing) return toPosted(existing);
  }
  const [seq] = await tx
    .insert(voucherNumberSequences)
    .values({ series: input.series, fiscalYear, last: 1 })
    .onConflictDoUpdate({
      target: [voucherNumberSequences.series, voucherNumberSequences.fiscalYear],
      set: { last: sql`${voucherNumberSequences.last} + 1` },
    })
    .returning({ last: voucherNumberSequences.last });
  const [voucher] = await tx
    .insert(vouchers)
    .values({
      series: input.series,
      fiscalYear,
      number: seq!.last,
      voucherDate: date,
      text: input.text.trim(),
      sourceType: input.source.type,
      sourceId: input.source.id,
      createdAt: input.createdAt ?? sql`now()`,
    })
    .returning();
  await tx.insert(voucherLines).values(input.lines.map((l, i) => ({ voucherId: voucher!.id, position: i + 1, ...l })));
  return toPosted(voucher!);
}

const toPosted = (v: typeof vouchers.$inferSelect): PostedVoucher => ({
  id: v.id,
  series: v.series,
  fiscalYear: v.fiscalYear,
  number: v.number,
  date: v.voucherDate,
});

export type VoucherWithLines = typeof vouchers.$inferSelect & { lines: { account: string; amountOre: number }[] };

/** The vouchers of a fiscal year with their lines, by series and number. */
export async function vouchersOfYear(db: Db, fiscalYear: number): Promise<VoucherWithLines[]> {
  const rows = await db
    .select({ v: vouchers, account: voucherLines.account, amountOre: voucherLines.amountOre })
    .from(vouchers)
    .innerJoin(voucherLines, eq(voucherLines.voucherId, vouchers.id))
    .where(eq(vouchers.fiscalYear, fiscalYear))
    .orderBy(asc(vouchers.series), asc(vouchers.number), asc(voucherLines.position));
  const out = new Map<string, VoucherWithLines>();
  for (const r of rows) {
    const v = out.get(r.v.id) ?? { ...r.v, lines: [] };
    v.lines.push({ account: r.account, amountOre: r.amountOre });
    out.set(r.v.id, v);
  }
  return [...out.values()];
}

/**
 * The sum per account of every voucher line before a fiscal year (for opening balances): the
 * vouchers still kept, plus what deleted vouchers (past Bokföringslagen's period) carried.
 */
export async function balancesBefore(db: Db, fiscalYear: number): Promise<Map<string, number>> {
  const rows = await db
    .select({ account: voucherLines.account, sum: sql<string>`sum(${voucherLines.amountOre})` })
    .from(voucherLines)
    .innerJoin(vouchers, eq(vouchers.id, voucherLines.voucherId))
    .where(sql`${vouchers.fiscalYear} < ${fiscalYear}`)
    .groupBy(voucherLines.account);
  const carried = await db
    .select({ account: ledgerCarriedBalances.account, sum: sql<string>`sum(${ledgerCarriedBalances.amountOre})` })
    .from(ledgerCarriedBalances)
    .where(sql`${ledgerCarriedBalances.fiscalYear} < ${fiscalYear}`)
    .groupBy(ledgerCarriedBalances.account);
  const out = new Map<string, number>();
  for (const r of [...rows, ...carried]) out.set(r.account, (out.get(r.account) ?? 0) + Number(r.sum));
  return out;
}

/**
 * Before vouchers are deleted (retention): their lines are added to the carried balances of their
 * fiscal years, in the deleting transaction.
 */
export async function carryVoucherBalances(tx: Db | Tx, voucherIds: string[]): Promise<void> {
  if (voucherIds.length === 0) return;
  await tx.execute(sql`
    insert into ${ledgerCarriedBalances} (fiscal_year, account, amount_ore)
    select v.fiscal_year, l.account, sum(l.amount_ore)
      from ${voucherLines} l join ${vouchers} v on v.id = l.voucher_id
     where v.id = any(${sql.param(voucherIds)}::uuid[])
     group by v.fiscal_year, l.account
    on conflict (fiscal_year, account) do update set amount_ore = ${ledgerCarriedBalances}.amount_ore + excluded.amount_ore`);
}
