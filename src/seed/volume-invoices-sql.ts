import { sql, type SQL } from 'drizzle-orm';
import type { VolumeContext } from './volume-sql.ts';

/**
 * The volume orders' invoices and bookkeeping, in the shape the invoicing module writes: for the
 * orders `from`…`to` paid by invoice, an invoice numbered in its year's series (after the numbers
 * already used) with its OCR reference (length and Luhn check digit), its lines (goods and
 * shipping), the sales voucher (series A), and for invoices whose payment day (8–38 days after
 * issue) has passed, the payment with its voucher (series B). Every volume article has 25 % VAT.
 */
const range = (from: number, to: number) => sql`between ${`KS${1_000_000 + from}`} and ${`KS${1_000_000 + to}`}`;

/** The Luhn check digit of an eleven-digit text expression (weights 2, 1, 2, … from the right). */
const luhn11 = (b: string) =>
  sql.raw(`((10 - (select sum(case when (11 - p) % 2 = 0 then (2 * substr(${b}, p, 1)::int) / 10 + (2 * substr(${b}, p, 1)::int) % 10
    else substr(${b}, p, 1)::int end) from generate_series(1, 11) p) % 10) % 10)::text`);

const next = (series: string, year: SQL) =>
  sql`coalesce((select last from voucher_number_sequences s where s.series = ${series} and s.fiscal_year = ${year}), 0)`;

export const invoicesSql = (ctx: VolumeContext, from: number, to: number): SQL[] => {
  const today = sql`(${ctx.now.toISOString()}::timestamptz at time zone 'Europe/Stockholm')::date`;
  return [
    sql`with src as materialized (
        select o.*, (o.placed_at at time zone 'Europe/Stockholm')::date as issue_date from orders o
        where o.order_number ${range(from, to)} and o.payment_method = 'invoice'),
      num as (
        select s.*, to_char(s.issue_date, 'YYYY') as series,
          coalesce((select last from invoice_number_sequences q where q.series = to_char(s.issue_date, 'YYYY')), 0)
          + row_number() over (partition by to_char(s.issue_date, 'YYYY') order by s.placed_at, s.order_number) as seq
        from src s),
      b as (select n.*, n.series || lpad(n.seq::text, 6, '0') || '2' as body from num n)
      insert into invoices (invoice_number, series, sequence, ocr, order_id, order_number, company_id, contact_id,
        issue_date, supply_date, due_date, buyer_name, buyer_org_nr, buyer_vat_number, buyer_street, buyer_postal_code,
        buyer_city, buyer_country, reverse_charge, total_ex_vat_ore, vat_ore, rounding_ore, total_inc_vat_ore, status,
        paid_ore, created_at)
      select series || '-' || lpad(seq::text, 6, '0'), series, seq, body || ${luhn11('body')}, id, order_number,
        company_id, contact_id, issue_date, issue_date, issue_date + 30, buyer_name, buyer_org_nr, buyer_vat_number,
        billing_street, billing_postal_code, billing_city, buyer_country, reverse_charge,
        total_ex_vat_ore + shipping_ex_vat_ore, vat_ore, rounding_ore, total_inc_vat_ore, 'unpaid', 0, placed_at
      from b`,
    sql`insert into invoice_lines (invoice_id, position, article_number, description, quantity, unit_price_ex_vat_ore,
        vat_rate, line_ex_vat_ore, line_vat_ore)
      select i.id, l.position, l.article_number, l.name, l.quantity, l.unit_price_ex_vat_ore, l.vat_rate,
        l.quantity * l.unit_price_ex_vat_ore, l.line_vat_ore
      from invoices i join order_lines l on l.order_id = i.order_id where i.order_number ${range(from, to)}
      union all
      select i.id, (select count(*) from order_lines l where l.order_id = o.id) + 1, 'FRAKT', 'Frakt', 1,
        o.shipping_ex_vat_ore, 25, o.shipping_ex_vat_ore, o.shipping_vat_ore
      from invoices i join orders o on o.id = i.order_id
      where i.order_number ${range(from, to)} and o.shipping_ex_vat_ore > 0`,
    sql`with inv as materialized (
        select i.*, gen_random_uuid() as vid, extract(year from i.issue_date)::int as fy from invoices i
        where i.order_number ${range(from, to)}),
      num as (select inv.*, ${next('A', sql`inv.fy`)}
        + row_number() over (partition by fy order by issue_date, sequence) as num from inv),
      v as (insert into vouchers (id, series, fiscal_year, number, voucher_date, text, source_type, source_id, created_at)
        select vid, 'A', fy, num, issue_date, 'Faktura ' || invoice_number, 'invoice', id::text, created_at from num)
      insert into voucher_lines (voucher_id, position, account, amount_ore)
      select vid, 1, '1510', total_inc_vat_ore from inv
      union all select vid, 2, '3001', -total_ex_vat_ore from inv
      union all select vid, 3, '2611', -vat_ore from inv where vat_ore <> 0
      union all select vid, 4, '3740', -rounding_ore from inv where rounding_ore <> 0`,
    sql`with p as materialized (
        select i.id as inv, i.ocr, i.invoice_number, i.total_inc_vat_ore as amount,
          i.issue_date + (8 + i.sequence * 7 % 31) as paid_on, gen_random_uuid() as pid, gen_random_uuid() as vid
        from invoices i where i.order_number ${range(from, to)} and i.issue_date + (8 + i.sequence * 7 % 31) < ${today}),
      num as (select p.*, extract(year from paid_on)::int as fy, ${next('B', sql`extract(year from p.paid_on)::int`)}
        + row_number() over (partition by extract(year from paid_on) order by paid_on, invoice_number) as num from p),
      v as (insert into vouchers (id, series, fiscal_year, number, voucher_date, text, source_type, source_id, created_at)
        select vid, 'B', fy, num, paid_on, 'Inbetalning faktura ' || invoice_number, 'invoice_payment', pid::text,
          paid_on + interval '10 hours' from num),
      vl as (insert into voucher_lines (voucher_id, position, account, amount_ore)
        select vid, 1, '1930', amount from p union all select vid, 2, '1510', -amount from p),
      ip as (insert into invoice_payments (id, invoice_id, amount_ore, paid_on, reference, registered_by, registered_at,
          voucher_id)
        select pid, inv, amount, paid_on, ocr, null, paid_on + interval '10 hours', vid from p)
      update invoices set paid_ore = total_inc_vat_ore, status = 'paid' where id in (select inv from p)`,
  ];
};

/** After the volume: the number series continue after the highest number used. */
export const numberSequencesSql = (): SQL[] => [
  sql`insert into invoice_number_sequences (series, last) select series, max(sequence) from invoices group by series
    on conflict (series) do update set last = excluded.last`,
  sql`insert into voucher_number_sequences (series, fiscal_year, last)
    select series, fiscal_year, max(number) from vouchers group by series, fiscal_year
    on conflict (series, fiscal_year) do update set last = excluded.last`,
];
