/**
 * The demo orders' consistency checks, run by seed.db.test.ts on the database it seeded (one seed
 * for all the seed's checks). The check digits are computed again here, not imported.
 */
import { expect, it } from 'vitest';
import type { Database } from '#src/platform/db/index.ts';
import { exportSie4, parseSie4 } from '#src/modules/orders/index.ts';

const DAY = 86_400_000;

/** Modulus 10 (Luhn) over a whole number, its check digit last. */
const luhnOk = (n: string) =>
  [...n].reverse().reduce((s, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0) %
    10 ===
  0;

/** An OCR reference under "hård kontroll": Luhn, and the length digit before the check digit. */
export const ocrOk = (ocr: string) => /^\d{3,25}$/.test(ocr) && luhnOk(ocr) && Number(ocr.at(-2)) === ocr.length % 10;

/** What a card number would look like: 13–19 digits from a card network's range that pass Luhn. */
const looksLikeCardNumber = (digits: string) => /^[2-6]\d{12,18}$/.test(digits) && luhnOk(digits);

export function demoOrderChecks(db: () => Database, nowIso: string): void {
  const now = new Date(nowIso).getTime();
  const q = <T>(text: string) => db().query<T & Record<string, unknown>>(text);

  it('places orders in each of the past six years, up to today, with buyer snapshots and whole-krona totals', async () => {
    const rows = await q<{ placed_at: Date }>('select placed_at from orders');
    for (let k = 0; k < 6; k++) {
      const inYear = rows.filter((r) => {
        const ago = now - new Date(r.placed_at).getTime();
        return ago >= k * 365 * DAY && ago < (k + 1) * 365 * DAY;
      });
      expect(inYear.length, `orders ${k}–${k + 1} years ago`).toBeGreaterThanOrEqual(5);
    }
    expect(rows.every((r) => new Date(r.placed_at).getTime() <= now)).toBe(true);
    const bad = await q(
      `select o.order_number from orders o join order_lines l on l.order_id = o.id group by o.id
       having o.total_ex_vat_ore <> sum(l.quantity * l.unit_price_ex_vat_ore)
         or o.vat_ore <> sum(l.line_vat_ore) + o.shipping_vat_ore
         or o.total_inc_vat_ore <> o.total_ex_vat_ore + o.shipping_ex_vat_ore + o.vat_ore + o.rounding_ore
         or o.total_inc_vat_ore % 100 <> 0 or abs(o.rounding_ore) > 50
         or o.buyer_name = '' or o.billing_city = '' or o.contact_email = '' or o.delivery_street = ''
         or (o.account_used and (o.company_id is null or o.contact_id is null))
         or (not o.account_used and (o.company_id is not null or o.contact_id is not null))
         or bool_or(l.article_number = '' or l.name = '')`,
    );
    expect(bad).toEqual([]);
    const [mix] = await q<{ guests: number; refused: number; rc: number; rc_vat: number; card: number }>(
      `select count(*) filter (where not account_used)::int as guests,
              count(*) filter (where marketing_refused)::int as refused,
              count(*) filter (where reverse_charge and buyer_country = 'DK' and buyer_vat_number like 'DK%')::int as rc,
              coalesce(sum(vat_ore) filter (where reverse_charge), 0)::int as rc_vat,
              count(*) filter (where payment_method = 'card')::int as card from orders`,
    );
    expect(mix!.guests).toBeGreaterThanOrEqual(3);
    expect(mix!.refused).toBe(1);
    expect(mix!.rc).toBe(1);
    expect(mix!.rc_vat).toBe(0);
    expect(mix!.card).toBeGreaterThanOrEqual(10);
    const statuses = await q<{ status: string }>('select distinct status from orders order by 1');
    expect(statuses.map((r) => r.status)).toEqual(
      expect.arrayContaining(['awaiting_payment', 'cancelled', 'delivered', 'placed', 'shipped']),
    );
    // Order numbers continue where the demo left off: the year's counter is its last number.
    const seq = await q(
      `select s.year from order_number_sequences s where s.last <> (select count(*) from orders o
       where o.order_number like 'KS-' || s.year || '-%')`,
    );
    expect(seq).toEqual([]);
  });

  it('gives every invoice-paid order an invoice with a valid OCR; older invoices are paid with a voucher', async () => {
    const rows = await q<{ ocr: string | null; status: string | null; placed_at: Date; paid: number }>(
      `select i.ocr, i.status, o.placed_at,
              (select count(*) from invoice_payments p where p.invoice_id = i.id and p.voucher_id is null)::int as paid
       from orders o left join invoices i on i.order_id = o.id where o.payment_method = 'invoice'`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(r.ocr !== null && ocrOk(r.ocr), `OCR ${r.ocr}`).toBe(true);
      expect(r.paid).toBe(0); // every payment has its voucher
      if (now - new Date(r.placed_at).getTime() > 130 * DAY) expect(r.status).toBe('paid');
    }
    expect(rows.some((r) => r.status === 'unpaid')).toBe(true);
    const [card] = await q<{ n: number }>(
      "select count(*)::int as n from invoices i join orders o on o.id = i.order_id where o.payment_method = 'card'",
    );
    expect(card!.n).toBe(0);
  });

  it('keeps only the card’s brand and last four digits, and no card number anywhere', async () => {
    const pays = await q<{ status: string; card_brand: string | null; card_last4: string | null; pi: string | null }>(
      `select c.status, c.card_brand, c.card_last4, c.payment_intent_id as pi from card_payments c`,
    );
    const cardOrders = await q<{ n: number }>("select count(*)::int as n from orders where payment_method = 'card'");
    expect(pays.length).toBe(cardOrders[0]!.n);
    for (const p of pays.filter((x) => x.status === 'paid')) {
      expect(p.card_brand).toMatch(/^(visa|mastercard)$/);
      expect(p.card_last4).toMatch(/^\d{4}$/);
      expect(p.pi).toMatch(/^pi_/);
    }
    const columns = await q<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb')`,
    );
    for (const c of columns) {
      const values = await q<{ v: string }>(
        `select distinct "${c.column_name}"::text as v from "${c.table_name}" where "${c.column_name}"::text ~ '[0-9]{13}'`,
      );
      for (const { v } of values) {
        for (const run of v.match(/\d{13,}/g) ?? [])
          expect(looksLikeCardNumber(run), `${c.table_name}.${c.column_name}`).toBe(false);
      }
    }
  });

  it('balances each year’s vouchers, and the SIE4 export of every year parses and checks out', async () => {
    const unbalanced = await q(
      'select v.id from vouchers v join voucher_lines l on l.voucher_id = v.id group by v.id having sum(l.amount_ore) <> 0',
    );
    expect(unbalanced).toEqual([]);
    const years = await q<{ fiscal_year: number; n: number }>(
      'select fiscal_year, count(*)::int as n from vouchers group by 1 order by 1',
    );
    const thisYear = new Date(now).getUTCFullYear();
    for (let y = thisYear - 5; y <= thisYear; y++) expect(years.map((r) => r.fiscal_year)).toContain(y);
    for (const { fiscal_year: year, n } of years) {
      const doc = parseSie4(await exportSie4(db().db, { year, now: new Date(now) }));
      expect(doc.problems, String(year)).toEqual([]);
      expect(doc.checksum.declared).toBe(doc.checksum.computed);
      expect(doc.vouchers).toHaveLength(n);
      const total = doc.vouchers.flatMap((v) => v.trans).reduce((s, t) => s + t.amountOre, 0);
      expect(total).toBe(0);
    }
    const missing = await q(
      `select i.id::text from invoices i where not exists (select 1 from vouchers v where v.source_type = 'invoice' and v.source_id = i.id::text)
       union all select c.id::text from card_payments c where c.status = 'paid'
         and not exists (select 1 from vouchers v where v.source_type = 'card_payment' and v.source_id = c.id::text)`,
    );
    expect(missing).toEqual([]);
  });

  it('ships orders from lots (FEFO), delivers the older ones and logs each carrier booking and card payment', async () => {
    const short = await q(
      `select o.order_number from orders o join order_lines l on l.order_id = o.id
       where o.status in ('shipped', 'delivered') and l.quantity <> coalesce((select sum(sl.quantity)
         from shipments s join shipment_lines sl on sl.shipment_id = s.id
         where s.order_id = o.id and sl.product_id = l.product_id), 0)`,
    );
    expect(short).toEqual([]);
    const before = new Date(now - 14 * DAY).toISOString();
    const late = await q(
      `select o.order_number from orders o where o.placed_at < '${before}' and o.status <> 'cancelled'
       and (o.status <> 'delivered' or not exists (select 1 from shipments s where s.order_id = o.id and s.status = 'delivered'))`,
    );
    expect(late).toEqual([]);
    const devices = await q(
      `select sl.id from shipment_lines sl join products p on p.id = sl.product_id
       where p.medical_device and not exists (select 1 from device_supplies d where d.shipment_line_id = sl.id)`,
    );
    expect(devices).toEqual([]);
    const implantMismatch = await q(
      `select d.id from device_supplies d join products p on p.id = d.product_id where d.implantable <> p.implantable`,
    );
    expect(implantMismatch).toEqual([]);
    const [log] = await q<{ ships: number; carriers: number; sessions: number; psp: number }>(
      `select (select count(*) from shipments)::int as ships,
              (select count(*) from disclosures where recipient = 'carriers' and reference like 'shipment:%')::int as carriers,
              (select count(*) from card_payments)::int as sessions,
              (select count(*) from disclosures where recipient = 'payment_providers')::int as psp`,
    );
    expect(log!.ships).toBeGreaterThan(50);
    expect(log!.carriers).toBe(log!.ships);
    expect(log!.psp).toBe(log!.sessions);
  });

  it('has an implant lot shipped to several clinics, ready for a recall drill', async () => {
    const rows = await q<{ lot_number: string; clinics: number; left: number; implantable: boolean; records: number }>(
      `select pl.lot_number, count(distinct o.buyer_org_nr)::int as clinics, pl.quantity as left, p.implantable,
         (select count(*) from device_supplies d where d.lot_id = pl.id and d.implantable)::int as records
       from product_lots pl join products p on p.id = pl.product_id and p.medical_device
       join shipment_lines sl on sl.lot_id = pl.id join shipments s on s.id = sl.shipment_id
       join orders o on o.id = s.order_id where pl.lot_number like '%R' group by pl.id, p.implantable`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.clinics).toBeGreaterThanOrEqual(2);
    expect(rows[0]!.left).toBeGreaterThan(0);
    // An implant: its supply records are the ones kept 15 years.
    expect(rows[0]!.implantable).toBe(true);
    expect(rows[0]!.records).toBeGreaterThanOrEqual(2);
  });
}
