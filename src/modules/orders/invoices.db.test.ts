import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '#src/platform/db/index.ts';
import type { AppError } from '#src/platform/errors/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { voucherLines, vouchers } from './bookkeeping.tables.ts';
import { postVoucher } from './bookkeeping.service.ts';
import { createInvoiceForOrder, findInvoice } from './invoices.service.ts';
import { registerInvoicePayment } from './invoices.payments.ts';
import { insertTestOrder } from './invoices.testing.ts';
import { checkOcr } from './ocr.ts';
import { parseSie4 } from './sie4.parse.ts';
import { exportSie4 } from './sie4.export.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database.close();
});

const at = (iso: string) => new Date(`${iso}T10:00:00+01:00`);
const invoiceFor = async (
  placedAt: string,
  opts: Parameters<typeof insertTestOrder>[1] extends infer O ? Partial<O> : never = {},
) => {
  const order = await insertTestOrder(database.db, { placedAt: at(placedAt), ...opts });
  return database.db.transaction((tx) => createInvoiceForOrder(tx, order.id));
};
const linesOf = async (sourceId: string) => {
  const [v] = await database.db.select().from(vouchers).where(eq(vouchers.sourceId, sourceId));
  const lines = await database.db
    .select({ account: voucherLines.account, amountOre: voucherLines.amountOre })
    .from(voucherLines)
    .where(eq(voucherLines.voucherId, v!.id))
    .orderBy(asc(voucherLines.position));
  return { voucher: v!, lines };
};

describe('invoices and bookkeeping', () => {
  it('invoices an order: gapless number per year, OCR with length and check digit, 30 days, a sales voucher', async () => {
    const first = await invoiceFor('2026-01-15');
    expect(first.invoiceNumber).toBe('2026-000001');
    expect(checkOcr(first.ocr)).toEqual({ ok: true, ocr: first.ocr });
    expect(first.ocr.startsWith('2026000001')).toBe(true);
    expect(first.issueDate).toBe('2026-01-15');
    expect(first.dueDate).toBe('2026-02-14');
    // 3 × 123.45 at 25 %, 2 × 99.90 at 12 %, shipping 99.00 at 25 %.
    const { voucher, lines } = await linesOf(first.id);
    expect(voucher).toMatchObject({ series: 'A', fiscalYear: 2026, number: 1, voucherDate: '2026-01-15' });
    expect(lines).toEqual([
      { account: '1510', amountOre: first.totalIncVatOre },
      { account: '3001', amountOre: -(37_035 + 9_900) },
      { account: '2611', amountOre: -(9_259 + 2_475) },
      { account: '3002', amountOre: -19_980 },
      { account: '2621', amountOre: -2_398 },
      { account: '3740', amountOre: -first.roundingOre },
    ]);
    expect(lines.reduce((s, l) => s + l.amountOre, 0)).toBe(0);
    expect(first.totalIncVatOre % 100).toBe(0);

    const again = await database.db.transaction((tx) => createInvoiceForOrder(tx, first.orderId!));
    expect(again.id).toBe(first.id);
    expect((await invoiceFor('2026-02-01')).invoiceNumber).toBe('2026-000002');
  });

  it('a rolled-back checkout leaves no gap in the numbering', async () => {
    const order = await insertTestOrder(database.db, { placedAt: at('2026-02-02') });
    await expect(
      database.db.transaction(async (tx) => {
        await createInvoiceForOrder(tx, order.id);
        throw new Error('checkout fails after the invoice');
      }),
    ).rejects.toThrow('checkout fails');
    expect((await invoiceFor('2026-02-03')).invoiceNumber).toBe('2026-000003');
    expect(await database.query(`select number from vouchers where series = 'A' order by number`)).toEqual([
      { number: 1 },
      { number: 2 },
      { number: 3 },
    ]);
  });

  it('concurrent checkouts get consecutive numbers with no gap and no duplicate', async () => {
    const orders = await Promise.all(
      Array.from({ length: 8 }, () => insertTestOrder(database.db, { placedAt: at('2026-02-10') })),
    );
    const made = await Promise.all(orders.map((o) => database.db.transaction((tx) => createInvoiceForOrder(tx, o.id))));
    const seqs = made.map((i) => i.sequence).sort((a, b) => a - b);
    expect(seqs).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('books reverse-charge sales to 3108 without VAT and keeps the buyer VAT number on the invoice', async () => {
    const inv = await invoiceFor('2026-03-01', { reverseCharge: true });
    expect(inv.vatOre).toBe(0);
    expect(inv.buyerVatNumber).toBe('DK12345678');
    const { lines } = await linesOf(inv.id);
    expect(lines.map((l) => l.account)).toEqual(inv.roundingOre ? ['1510', '3108', '3740'] : ['1510', '3108']);
  });

  it('registers part, full and over-payments by OCR with payment vouchers 1930/1510', async () => {
    const inv = await invoiceFor('2026-03-10');
    const now = at('2026-04-01');
    const part = await registerInvoicePayment(database.db, {
      ocr: inv.ocr,
      amountOre: 10_000,
      paidOn: '2026-03-20',
      registeredBy: null,
      now,
    });
    expect(part).toMatchObject({ status: 'partially_paid', paidOre: 10_000, balanceOre: inv.totalIncVatOre - 10_000 });
    const rest = await registerInvoicePayment(database.db, {
      ocr: inv.ocr,
      amountOre: inv.totalIncVatOre - 10_000,
      paidOn: '2026-03-25',
      registeredBy: null,
      now,
    });
    expect(rest).toMatchObject({ status: 'paid', balanceOre: 0 });
    const over = await registerInvoicePayment(database.db, {
      ocr: inv.ocr,
      amountOre: 500,
      paidOn: '2026-03-26',
      registeredBy: null,
      now,
    });
    expect(over).toMatchObject({ status: 'overpaid', balanceOre: -500 });
    expect([part.voucher, rest.voucher, over.voucher].map((v) => `${v.series}${v.number}`)).toEqual(['B1', 'B2', 'B3']);
    const full = await findInvoice(database.db, inv.invoiceNumber);
    expect(full!.payments.map((p) => p.amountOre)).toEqual([10_000, inv.totalIncVatOre - 10_000, 500]);
    const paymentVoucher = await database.query<{ account: string; amount_ore: number }>(
      `select account, amount_ore from voucher_lines l join vouchers v on v.id = l.voucher_id
       where v.series = 'B' and v.number = 1 order by position`,
    );
    expect(paymentVoucher).toEqual([
      { account: '1930', amount_ore: 10_000 },
      { account: '1510', amount_ore: -10_000 },
    ]);
  });

  it('refuses a reference with a wrong check digit, an unknown reference and a bad amount, naming the field', async () => {
    const inv = await invoiceFor('2026-03-11');
    const now = at('2026-04-01');
    const wrong = inv.ocr.slice(0, -1) + String((Number(inv.ocr.at(-1)) + 1) % 10);
    const base = { amountOre: 100, paidOn: '2026-03-20', registeredBy: null, now };
    const fieldOf = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: AppError) => [e.code, e.fields[0]?.field],
      );
    expect(await fieldOf(registerInvoicePayment(database.db, { ...base, ocr: wrong }))).toEqual(['validation', 'ocr']);
    expect(await fieldOf(registerInvoicePayment(database.db, { ...base, ocr: '1234567897' }))).toEqual([
      'validation',
      'ocr',
    ]);
    const unknown = '2099999999' + '2';
    const { luhnCheckDigit } = await import('./ocr.ts');
    expect(
      await fieldOf(registerInvoicePayment(database.db, { ...base, ocr: unknown + luhnCheckDigit(unknown) })),
    ).toEqual(['not_found', 'ocr']);
    expect(await fieldOf(registerInvoicePayment(database.db, { ...base, ocr: inv.ocr, amountOre: 0 }))).toEqual([
      'validation',
      'amountOre',
    ]);
    expect(await fieldOf(registerInvoicePayment(database.db, { ...base, ocr: inv.ocr, paidOn: '2026-05-01' }))).toEqual(
      ['validation', 'paidOn'],
    );
  });

  it('postVoucher refuses an unbalanced voucher and an unknown account, and writes nothing', async () => {
    const count = async () => (await database.query<{ n: number }>('select count(*)::int as n from vouchers'))[0]!.n;
    const before = await count();
    const base = { date: '2026-05-01', series: 'C', text: 'Kortbetalning', source: { type: 'test', id: 'x' } };
    await expect(
      postVoucher(database.db, {
        ...base,
        lines: [
          { account: '1580', amountOre: 100 },
          { account: '3001', amountOre: -99 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ field: 'lines' }] });
    await expect(
      postVoucher(database.db, {
        ...base,
        lines: [
          { account: '1580', amountOre: 100 },
          { account: '9999', amountOre: -100 },
        ],
      }),
    ).rejects.toMatchObject({ fields: [{ field: 'lines.1.account' }] });
    expect(await count()).toBe(before);
  });

  it('exports the year as SIE 4 that the parser accepts: checksum, balanced vouchers, #KONTO, IB/UB/RES', async () => {
    // Last year's unpaid invoice gives opening balances (1510, and its result carried to 2091).
    const old = await invoiceFor('2025-12-20');
    const file = await exportSie4(database.db, { year: 2026, now: at('2026-11-25') });
    const doc = parseSie4(file);
    expect(doc.problems).toEqual([]);
    expect(doc.checksum.declared).toBe(doc.checksum.computed);
    const text = file.toString('latin1');
    expect(text.startsWith('#FLAGGA 0\r\n#KSUMMA\r\n')).toBe(true);
    expect(text).toContain('#FORMAT PC8\r\n');
    expect(text).toContain('#SIETYP 4\r\n');
    expect(text).toContain('#ORGNR 556940-3339\r\n');
    expect(text).toContain('#RAR 0 20260101 20261231\r\n');
    const vers = doc.vouchers.map((v) => `${v.series}${v.number}`);
    expect(vers).toContain('A1');
    expect(vers).toContain('B1');
    // Each series runs 1, 2, 3 … without a gap in the year (the 2025 voucher is not in the 2026 file).
    for (const series of ['A', 'B']) {
      const numbers = doc.vouchers.filter((v) => v.series === series).map((v) => Number(v.number));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const ib = (a: string) => doc.balances.find((b) => b.kind === 'IB' && b.account === a)?.amountOre;
    expect(ib('1510')).toBe(old.totalIncVatOre);
    expect(ib('2091')).toBeLessThan(0);
    const opening = doc.balances.filter((b) => b.kind === 'IB').reduce((s, b) => s + b.amountOre, 0);
    expect(opening).toBe(0);
    // Closing balances and results add up to zero, as a trial balance must.
    const sum = doc.balances.filter((b) => b.kind !== 'IB').reduce((s, b) => s + b.amountOre, 0);
    expect(sum).toBe(0);
    // Åäö survive CP437: the rounding account's name.
    expect(doc.accounts.get('3740')).toBe('Öres- och kronutjämning');
  });
});
