import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { legalForms } from '#src/modules/policy/index.ts';
import { withLuhn } from './checksums.ts';
import { FIRST_NAMES, LAST_NAMES } from './demo-companies.ts';
import { SEARCH_TERMS } from './demo-catalog.ts';
import { AREAS, BASE_ARTICLES, CITIES, CLINIC_KINDS, PACK_SIZES, PRODUCT_LINES, SOLE_TRADER_KINDS, STREETS } from './volume-words.ts';

/**
 * The benchmark volume, generated inside the database by `insert … select … from
 * generate_series(…)`: every value is an expression of the row number, so the same sizes give
 * the same rows on PGlite and PostgreSQL 15, and nothing large crosses the wire.
 *
 * Companies: every 25th is a sole trader (personnummer born 1950–1969), the others aktiebolag
 * 559xxx-xxxx; Luhn check digits computed in SQL. Each company has 1–5 contacts (3 on average).
 * Articles KS-20001…, orders KS1000001… (1–4 lines, 10 % guest orders) spread over three
 * years, usage events over two years.
 */
export type VolumeSizes = { companies: number; products: number; orders: number; usageEvents: number };

export const LARGE_VOLUME: VolumeSizes = { companies: 5_000, products: 2_000, orders: 300_000, usageEvents: 300_000 };

const ORDER_BATCH = 50_000;
const EVENT_BATCH = 100_000;
const DAY_S = 86_400;

/** The org. nr of volume company 1: present once the volume has been seeded. */
export const VOLUME_MARKER_ORG_NR = withLuhn(String(559_000_000 + 7_919));

type Exec = (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>;

/** A JSON list as a table: `n` (0-based position), `e` (the element), `v` (the element as text). */
const list = (items: readonly unknown[]) =>
  sql`(select (t.ord - 1)::int as n, t.e, t.e #>> '{}' as v from jsonb_array_elements(${JSON.stringify(items)}::jsonb) with ordinality as t(e, ord))`;

/** Luhn check digit of a nine-digit text expression, in SQL (weights 2,1,2,… from the left). */
const luhnSql = (nine: SQL) =>
  sql`((10 - (select sum(case when p % 2 = 1 then (2 * substr(${nine}, p, 1)::int) / 10 + (2 * substr(${nine}, p, 1)::int) % 10 else substr(${nine}, p, 1)::int end) from generate_series(1, 9) p) % 10) % 10)::text`;

/** GS1 check digit of a 13-digit text expression (weights 3,1,3,… from the right). */
const gs1Sql = (data: SQL) =>
  sql`((10 - (select sum(substr(${data}, p, 1)::int * case when p % 2 = 1 then 3 else 1 end) from generate_series(1, 13) p) % 10) % 10)::text`;

export async function seedVolume(
  db: Db,
  opts: { now: Date; sizes: VolumeSizes; excludeOrgNrs: string[]; progress?: (msg: string) => void },
): Promise<boolean> {
  const { sizes } = opts;
  const progress = opts.progress ?? (() => {});
  if (sizes.products > 79_999) throw new Error('seedVolume: at most 79,999 products (five-digit item references)');
  if (sizes.companies > 20_000) throw new Error('seedVolume: at most 20,000 companies (unique personnummer)');
  const exec: Exec = (q) => db.execute(q) as never;
  const marker = await exec(sql`select 1 from companies where org_nr = ${VOLUME_MARKER_ORG_NR}`);
  if (marker.rows.length > 0) {
    progress('volume data already present');
    return false;
  }
  const now = sql`${opts.now.toISOString()}::timestamptz`;
  const excluded = sql`(select jsonb_array_elements_text(${JSON.stringify(opts.excludeOrgNrs)}::jsonb))`;
  const started = performance.now();
  const step = async (what: string, q: SQL) => {
    const t = performance.now();
    await exec(q);
    progress(`volume: ${what} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  };

  await db.transaction(async (tx) => {
    const txExec: Exec = (q) => tx.execute(q) as never;
    // Room for the generator's sorts and hashes (PostgreSQL's default is 4 MB); this transaction only.
    await txExec(sql`set local work_mem = '64MB'`);
    const run = async (what: string, q: SQL) => {
      const t = performance.now();
      await txExec(q);
      progress(`volume: ${what} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };

    await run(
      `${sizes.companies} companies`,
      sql`with kinds as ${list(CLINIC_KINDS)}, sole as ${list(SOLE_TRADER_KINDS)}, areas as ${list(AREAS)},
        cities as ${list(CITIES)}, streets as ${list(STREETS)}, surnames as ${list(LAST_NAMES)},
        src as (
          select i, i % 25 = 0 as natural_person,
            case when i % 25 = 0
              then to_char(date '1950-01-01' + ((i * 37) % 7300)::int, 'YYMMDD') || lpad((i % 1000 + 1)::text, 3, '0')
              else (559000000 + (i * 7919) % 1000000)::text end as nine
          from generate_series(1::bigint, ${sizes.companies}::bigint) i
        )
        insert into companies (org_nr, name, legal_form, natural_person, street, postal_code, city, created_at)
        select s.nine || ${luhnSql(sql`s.nine`)},
          case when s.natural_person then sn.v || 's ' || so.v
               when s.i % 3 = 0 then k.v || ' ' || sn.v || ' AB'
               else trim(k.v || ' ' || (c.e ->> 'city') || ' ' || a.v) || ' AB' end,
          case when s.natural_person then ${legalForms.enskild_naringsidkare.sv} else ${legalForms.aktiebolag.sv} end,
          s.natural_person,
          st.v || ' ' || (1 + (s.i * 13) % 89),
          (c.e ->> 'postal') || lpad(((s.i * 7) % 90 + 10)::text, 2, '0'),
          c.e ->> 'city',
          ${now} - make_interval(days => (1100 + (s.i * 37) % 1500)::int, secs => ((s.i * 7919) % ${DAY_S})::double precision)
        from src s
        join kinds k on k.n = s.i % ${CLINIC_KINDS.length}
        join sole so on so.n = s.i % ${SOLE_TRADER_KINDS.length}
        join areas a on a.n = (s.i / ${CLINIC_KINDS.length}) % ${AREAS.length}
        join cities c on c.n = (s.i * 7) % ${CITIES.length}
        join streets st on st.n = (s.i * 11) % ${STREETS.length}
        join surnames sn on sn.n = (s.i * 3) % ${LAST_NAMES.length}`,
    );

    await run(
      'contacts',
      sql`with fn as ${list(FIRST_NAMES)}, ln as ${list(LAST_NAMES)},
        vc as (select id, created_at, row_number() over (order by org_nr) as k from companies where org_nr not in ${excluded})
        insert into contacts (company_id, full_name, email, phone, company_admin, email_verified_at, created_at)
        select vc.id, f.v || ' ' || l.v,
          lower(translate(f.v || '.' || l.v, 'åäöéÅÄÖÉ', 'aaoeAAOE')) || '@klinik' || vc.k || '.example',
          case when (vc.k + j) % 7 = 0 then null else '07017406' || lpad((5 + (vc.k * 3 + j * 11) % 95)::text, 2, '0') end,
          j = 1, c.at, c.at
        from vc
        cross join lateral generate_series(1, (1 + (vc.k * 7) % 5)::int) j
        cross join lateral (select vc.created_at + make_interval(days => (case when j = 1 then 0 else (vc.k * 13 + j * 29) % 300 + 1 end)::int) as at) c
        join fn f on f.n = (vc.k * 13 + j * 7) % ${FIRST_NAMES.length}
        join ln l on l.n = (vc.k * 17 + j * 3) % ${LAST_NAMES.length}`,
    );

    const nb = BASE_ARTICLES.length;
    const nl = PRODUCT_LINES.length;
    const item = sql`lpad((20000 + i)::text, 5, '0')`;
    await run(
      `${sizes.products} products`,
      sql`with base as ${list(BASE_ARTICLES)}, lines as ${list(PRODUCT_LINES)}, packs as ${list(PACK_SIZES)}
        insert into products (article_number, name_sv, name_en, description_sv, description_en, category,
          price_ex_vat_ore, vat_rate, stock, medical_device, udi_di, created_at)
        select 'KS-' || ${item},
          (b.e ->> 'sv') || ' ' || (l.e ->> 'sv') || ', ' || (p.e ->> 'sv'),
          (b.e ->> 'en') || ' ' || (l.e ->> 'en') || ', ' || (p.e ->> 'en'),
          b.e ->> 'dsv', b.e ->> 'den', b.e ->> 'category',
          least(2500000, greatest(500, round((b.e ->> 'kr')::numeric * 100 * (p.e ->> 'units')::int * (l.e ->> 'factor')::numeric * (90 + (i * 37) % 21) / 100)))::int,
          25,
          case when i % 19 = 0 then 0 else (i * 7919) % 3000 + 5 end,
          (b.e ->> 'device')::boolean,
          case when (b.e ->> 'device')::boolean then '07359999' || ${item} || ${gs1Sql(sql`'07359999' || ${item}`)} end,
          ${now} - make_interval(days => (1200 + i % 800)::int)
        from generate_series(1, ${sizes.products}::int) i
        join base b on b.n = i % ${nb}
        join lines l on l.n = (i / ${nb}) % ${nl}
        join packs p on p.n = (i / ${nb * nl}) % ${PACK_SIZES.length}`,
    );

    const orderSpan = 3 * 365 * DAY_S;
    for (let from = 1; from <= sizes.orders; from += ORDER_BATCH) {
      const to = Math.min(sizes.orders, from + ORDER_BATCH - 1);
      await run(
        `orders ${from}–${to} of ${sizes.orders}`,
        sql`with prod as (select id, price_ex_vat_ore as price, vat_rate as vat, row_number() over (order by article_number) - 1 as k from products),
          np as (select count(*) as n from products),
          vc as (select id, row_number() over (order by org_nr) - 1 as k from companies where org_nr not in ${excluded}),
          nc as (select count(*) as n from vc),
          cc as (select company_id, array_agg(id order by email) as ids from contacts group by company_id),
          ids as materialized (select g, gen_random_uuid() as id from generate_series(${from}::bigint, ${to}::bigint) g),
          lines as materialized (
            select ids.g, ids.id as order_id, p.id as product_id, (1 + (ids.g * 7 + j * 3) % 12)::int as qty, p.price, p.vat
            from ids
            -- 1–4 lines: 40 % one line, 30 % two, 20 % three, 10 % four
            cross join lateral generate_series(1, case when ids.g / 10 % 10 < 4 then 1 when ids.g / 10 % 10 < 7 then 2 when ids.g / 10 % 10 < 9 then 3 else 4 end) j
            join prod p on p.k = (ids.g * 31 + j * 977) % (select n from np)
          ),
          tot as (
            select g, order_id, sum(qty * price)::int as total, sum(round(qty * price * vat / 100.0))::int as vat
            from lines group by g, order_id
          ),
          ins as (
            insert into orders (id, order_number, company_id, contact_id, account_used, status, total_ex_vat_ore, vat_ore, placed_at)
            select t.order_id, 'KS' || (1000000 + t.g), c.id,
              case when t.g % 10 <> 0 then cc.ids[(1 + t.g % cardinality(cc.ids))::int] end,
              t.g % 10 <> 0,
              case when t.g % 37 = 0 then 'cancelled' when a.age > 10 * ${DAY_S} then 'delivered'
                   when a.age > 2 * ${DAY_S} then 'shipped' else 'confirmed' end,
              t.total, t.vat, ${now} - make_interval(secs => a.age::double precision)
            from tot t
            cross join lateral (select (${sizes.orders}::bigint - t.g) * ${orderSpan} / ${sizes.orders} + 60 + (t.g * 7717) % 3600 as age) a
            join vc c on c.k = (t.g * 7919) % (select n from nc)
            left join cc on cc.company_id = c.id
          )
          -- The orders are inserted by the CTE above; foreign keys are checked at the end of the statement.
          insert into order_lines (order_id, product_id, quantity, unit_price_ex_vat_ore, vat_rate)
          select order_id, product_id, qty, price, vat from lines`,
      );
    }

    const eventSpan = 2 * 365 * DAY_S;
    for (let from = 1; from <= sizes.usageEvents; from += EVENT_BATCH) {
      const to = Math.min(sizes.usageEvents, from + EVENT_BATCH - 1);
      await run(
        `usage events ${from}–${to} of ${sizes.usageEvents}`,
        sql`with terms as ${list(SEARCH_TERMS)},
          prod as (select article_number, row_number() over (order by article_number) - 1 as k from products),
          np as (select count(*) as n from products),
          con as (select id, row_number() over (order by email) - 1 as k from contacts),
          ncon as (select count(*) as n from con)
          insert into usage_events (contact_id, kind, subject, occurred_at)
          select c.id, case when g % 3 = 0 then 'search' else 'view' end,
            case when g % 3 = 0 then t.v else p.article_number end,
            ${now} - make_interval(secs => ((${sizes.usageEvents}::bigint - g) * ${eventSpan} / ${sizes.usageEvents} + (g * 7717) % 3600)::double precision)
          from generate_series(${from}::bigint, ${to}::bigint) g
          join con c on c.k = (g * 7919) % (select n from ncon)
          join prod p on p.k = (g * 31) % (select n from np)
          join terms t on t.n = g % ${SEARCH_TERMS.length}`,
      );
    }
  });

  await step('analyze', sql`analyze`);
  progress(`volume: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
