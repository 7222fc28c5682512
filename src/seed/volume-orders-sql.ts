import { sql } from 'drizzle-orm';
import type { VolumeContext } from './volume-sql.ts';
import { HEAVY_ORG_NR, isHeavyOrder } from './volume-heavy-sql.ts';

const DAY_S = 86_400;
/** The checkout's shipping (149 kr ex VAT at 25 %), free from 2 000 kr of goods ex VAT. */
const SHIPPING_EX_VAT_ORE = 14_900;
const FREE_SHIPPING_FROM_EX_VAT_ORE = 200_000;

const at = (ctx: VolumeContext) => sql`${ctx.now.toISOString()}::timestamptz`;

const volumeCompanies = (ctx: VolumeContext) =>
  sql`(select id, org_nr, name, street, postal_code, city, row_number() over (order by org_nr collate "C") - 1 as k
       from companies where org_nr not in (select jsonb_array_elements_text(${JSON.stringify(ctx.excludeOrgNrs)}::jsonb)))`;

/**
 * Orders KS1000001… number `from`…`to` of `ctx.orders`, spread over six years (oldest first), in
 * the shape the checkout writes: the buyer snapshot (the company and contact as at ordering), 1–4
 * lines (40 % one, 30 % two, 20 % three, 10 % four) with their VAT, shipping below 2 000 kr,
 * VAT per rate on goods and shipping (all volume goods are 25 %), öresavrundning to whole kronor.
 * Every 10th is a guest order (no company account: the buyer only in the snapshot), every 5th is
 * paid by card. Status by age: delivered after 10 days, shipped after 2, else placed (invoice) or
 * paid (card); every 37th card order was never paid and is cancelled. The heavy customer's orders
 * (volume-heavy-sql.ts) go to its company and contact, never as guests.
 */
export const ordersSql = (ctx: VolumeContext, from: number, to: number) => {
  const span = 6 * 365 * DAY_S;
  const nLines = sql`case when ids.g / 10 % 10 < 4 then 1 when ids.g / 10 % 10 < 7 then 2 when ids.g / 10 % 10 < 9 then 3 else 4 end`;
  // Half away from zero, as the checkout rounds (all amounts here are positive).
  const vatOf = (base: string) => sql.raw(`((${base}) * 25 + 50) / 100`);
  const heavy = isHeavyOrder(ctx, sql`t.g`);
  const account = sql`(t.g % 10 <> 0 or ${heavy})`;
  return sql`with prod as (select id, article_number, name_sv, price_ex_vat_ore as price, vat_rate as vat,
        row_number() over (order by article_number collate "C") - 1 as k from products where vat_rate = 25),
    np as (select count(*) as n from prod),
    vc as ${volumeCompanies(ctx)},
    nc as (select count(*) as n from vc),
    vch as (select * from vc union all
      select id, org_nr, name, street, postal_code, city, -1 from companies where org_nr = ${HEAVY_ORG_NR}),
    cc as (select company_id, array_agg(id order by email collate "C") as ids from contacts group by company_id),
    ids as materialized (select g, gen_random_uuid() as id from generate_series(${from}::bigint, ${to}::bigint) g),
    lines as materialized (
      select ids.g, ids.id as order_id, j as position, p.id as product_id, p.article_number, p.name_sv,
        (1 + (ids.g * 7 + j * 3) % 12)::int as qty, p.price, p.vat,
        (1 + (ids.g * 7 + j * 3) % 12)::bigint * p.price as net
      from ids
      cross join lateral generate_series(1, ${nLines}) j
      join prod p on p.k = (ids.g * 31 + j * 977) % (select n from np)
    ),
    goods as (select g, order_id, sum(net)::bigint as goods from lines group by g, order_id),
    priced as (
      select g, order_id, goods, ship,
        ${vatOf('goods + ship')}::bigint - ${vatOf('ship')}::bigint as goods_vat, ${vatOf('ship')}::bigint as ship_vat
      from (select *, case when goods >= ${FREE_SHIPPING_FROM_EX_VAT_ORE} then 0 else ${SHIPPING_EX_VAT_ORE} end as ship
            from goods) s
    ),
    tot as (
      select p.*, (p.goods + p.ship + p.goods_vat + p.ship_vat) as before,
        ((p.goods + p.ship + p.goods_vat + p.ship_vat + 50) / 100) * 100 as total
      from priced p
    ),
    ins as (
      insert into orders (id, order_number, company_id, contact_id, account_used, status, payment_method,
        buyer_org_nr, buyer_name, buyer_country, billing_street, billing_postal_code, billing_city,
        contact_name, contact_email, contact_phone, delivery_name, delivery_street, delivery_postal_code,
        delivery_city, delivery_country, total_ex_vat_ore, vat_ore, shipping_ex_vat_ore, shipping_vat_ore,
        rounding_ore, total_inc_vat_ore, reverse_charge, marketing_refused, placed_at)
      select t.order_id, 'KS' || (1000000 + t.g),
        case when ${account} then c.id end,
        case when ${account} then ct.id end,
        ${account},
        case when t.g % 5 = 0 and t.g % 37 = 0 and a.age > ${DAY_S} then 'cancelled'
             when t.g % 5 = 0 and t.g % 37 = 0 then 'awaiting_payment'
             when a.age > 10 * ${DAY_S} then 'delivered' when a.age > 2 * ${DAY_S} then 'shipped'
             when t.g % 5 = 0 then 'paid' else 'placed' end,
        case when t.g % 5 = 0 then 'card' else 'invoice' end,
        c.org_nr, c.name, 'SE', c.street, c.postal_code, c.city,
        coalesce(ct.full_name, 'Inköpsansvarig'), coalesce(ct.email, 'inkop' || t.g || '@gast.example'), ct.phone,
        c.name, c.street, c.postal_code, c.city, 'SE',
        t.goods, t.goods_vat + t.ship_vat, t.ship, t.ship_vat, t.total - t.before, t.total, false,
        not ${account} and t.g % 7 = 0,
        ${at(ctx)} - make_interval(secs => a.age::double precision)
      from tot t
      cross join lateral (select (${ctx.orders}::bigint - t.g) * ${span} / ${ctx.orders} + 60 + (t.g * 7717) % 3600 as age) a
      join vch c on c.k = case when ${heavy} then -1 else (t.g * 7919) % (select n from nc) end
      left join cc on cc.company_id = c.id
      left join contacts ct on ${account} and ct.id = cc.ids[(1 + t.g % cardinality(cc.ids))::int]
    )
    insert into order_lines (order_id, product_id, position, article_number, name, quantity, unit_price_ex_vat_ore,
      vat_rate, line_vat_ore)
    -- Each line's share of the goods' VAT: the floor of 25 % of its net, the first line takes what is left.
    select l.order_id, l.product_id, l.position, l.article_number, l.name_sv, l.qty, l.price, l.vat,
      (l.floor_vat + case when l.position = 1 then t.goods_vat - l.sum_floor else 0 end)::int
    from (select *, net * 25 / 100 as floor_vat, sum(net * 25 / 100) over (partition by order_id) as sum_floor
          from lines) l
    join tot t on t.order_id = l.order_id`;
};
