import { sql, type SQL } from 'drizzle-orm';
import { legalForms } from '#src/modules/policy/index.ts';
import { withLuhn } from './checksums.ts';
import { SEARCH_TERMS } from './demo-catalog.ts';
import type { VolumeContext } from './volume-sql.ts';

/**
 * The heavy customer of the benchmark volume: one clinic whose contact person has bought for
 * five years — `heavy.orders` of the volume's orders (checkout-shaped, so invoiced, paid and
 * booked like the others) and `heavy.usageEvents` usage events of their own. The register-extract
 * and erasure benchmarks find the contact by `HEAVY_CUSTOMER_EMAIL`.
 */
export const HEAVY_CUSTOMER_EMAIL = 'tung.kund@tungklinik.example';
export const HEAVY_ORG_NR = withLuhn('558100100');

export type HeavyCustomer = { orders: number; usageEvents: number };

const DAY_S = 86_400;
const YEARS = 5;

/** The company and its one contact person, customers since a month before their first order. */
export const heavyCustomerSql = (ctx: VolumeContext) =>
  sql`with c as (
      insert into companies (org_nr, name, legal_form, natural_person, street, postal_code, city, created_at)
      values (${HEAVY_ORG_NR}, 'Tungklinikens Tandvård AB', ${legalForms.aktiebolag.sv}, false, 'Storköpsgatan 5',
        '41101', 'Göteborg', ${ctx.now.toISOString()}::timestamptz - make_interval(days => ${YEARS * 365 + 30}))
      returning id, created_at)
    insert into contacts (company_id, full_name, email, phone, company_admin, email_verified_at, created_at)
    select c.id, 'Tua Kundberg', ${HEAVY_CUSTOMER_EMAIL}, '0701740699', true, c.created_at, c.created_at from c`;

/**
 * Which of the orders 1…`ctx.orders` (oldest first, over six years) are the heavy customer's:
 * the i-th (i < heavy.orders) is order g0 + i·stride + i mod 5, where g0 is the first order of
 * the last five years. The offset i mod 5 makes every fifth a card order (the volume pays every
 * fifth order by card) and keeps them off the guest orders (every tenth).
 */
export function heavyOrders(ctx: VolumeContext): { g0: number; stride: number; count: number } | null {
  if (!ctx.heavy) return null;
  const window = Math.floor((ctx.orders * YEARS) / 6);
  const g0 = ctx.orders - window + 1;
  const stride = Math.floor(window / ctx.heavy.orders);
  if (stride < 10)
    throw new Error('seedVolume: the heavy customer needs at most one in ten of the last five years’ orders');
  return { g0, stride, count: ctx.heavy.orders };
}

/** SQL true when order number `g` (a bigint expression) is the heavy customer's. */
export function isHeavyOrder(ctx: VolumeContext, g: SQL): SQL {
  const h = heavyOrders(ctx);
  if (!h) return sql`false`;
  const j = sql`(${g} - ${h.g0})`;
  return sql`(${j} >= 0 and ${j} / ${h.stride} < ${h.count} and ${j} % ${h.stride} = (${j} / ${h.stride}) % 5)`;
}

/** Usage events `from`…`to` of the heavy contact, spread over five years: two in three views, one a search. */
export const heavyUsageEventsSql = (ctx: VolumeContext, from: number, to: number) => {
  const n = ctx.heavy!.usageEvents;
  const span = YEARS * 365 * DAY_S;
  return sql`with terms as (select (t.ord - 1)::int as n, t.e #>> '{}' as v
        from jsonb_array_elements(${JSON.stringify(SEARCH_TERMS)}::jsonb) with ordinality as t(e, ord)),
      prod as (select article_number, row_number() over (order by article_number collate "C") - 1 as k from products),
      np as (select count(*) as n from products),
      me as (select id from contacts where email = ${HEAVY_CUSTOMER_EMAIL})
    insert into usage_events (contact_id, kind, subject, occurred_at)
    select me.id, case when g % 3 = 0 then 'search' else 'view' end,
      case when g % 3 = 0 then t.v else p.article_number end,
      ${ctx.now.toISOString()}::timestamptz
        - make_interval(secs => ((${n}::bigint - g) * ${span} / ${n} + 30 + (g * 7717) % 600)::double precision)
    from generate_series(${from}::bigint, ${to}::bigint) g
    cross join me
    join prod p on p.k = (g * 31) % (select n from np)
    join terms t on t.n = g % ${SEARCH_TERMS.length}`;
};
