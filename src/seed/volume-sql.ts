import { sql, type SQL } from 'drizzle-orm';
import { legalForms } from '#src/modules/policy/index.ts';
import { FIRST_NAMES, LAST_NAMES } from './demo-companies.ts';
import { SEARCH_TERMS } from './demo-catalog.ts';
import {
  AREAS,
  BASE_ARTICLES,
  CITIES,
  CLINIC_KINDS,
  PACK_SIZES,
  PRODUCT_LINES,
  SOLE_TRADER_KINDS,
  STREETS,
} from './volume-words.ts';
import { HEAVY_CUSTOMER_EMAIL, type HeavyCustomer } from './volume-heavy-sql.ts';

/**
 * The statements of the benchmark volume: `insert … select … from generate_series(…)` where
 * every value is an expression of the row number. Rows refer to earlier tables by rank in
 * `collate "C"` order, so a server whose default collation differs still gets the same data.
 * SQL that PostgreSQL 15 accepts.
 */
export type VolumeContext = {
  now: Date;
  /** Companies that are not part of the volume (the demo clinics). */
  excludeOrgNrs: string[];
  orders: number;
  usageEvents: number;
  /** One customer with five years of history (volume-heavy-sql.ts), if any. */
  heavy?: HeavyCustomer | undefined;
};

const DAY_S = 86_400;

/** A JSON list as a table: `n` (0-based position), `e` (the element), `v` (the element as text). */
const list = (items: readonly unknown[]) =>
  sql`(select (t.ord - 1)::int as n, t.e, t.e #>> '{}' as v from jsonb_array_elements(${JSON.stringify(items)}::jsonb) with ordinality as t(e, ord))`;

/** Luhn check digit of a nine-digit text expression (weights 2,1,2,… from the left). */
const luhn = (nine: SQL) =>
  sql`((10 - (select sum(case when p % 2 = 1 then (2 * substr(${nine}, p, 1)::int) / 10 + (2 * substr(${nine}, p, 1)::int) % 10 else substr(${nine}, p, 1)::int end) from generate_series(1, 9) p) % 10) % 10)::text`;

/** GS1 check digit of a 13-digit text expression (weights 3,1,3,… from the right). */
const gs1 = (data: SQL) =>
  sql`((10 - (select sum(substr(${data}, p, 1)::int * case when p % 2 = 1 then 3 else 1 end) from generate_series(1, 13) p) % 10) % 10)::text`;

const at = (ctx: VolumeContext) => sql`${ctx.now.toISOString()}::timestamptz`;

const volumeCompanies = (ctx: VolumeContext) =>
  sql`(select id, created_at, row_number() over (order by org_nr collate "C") - 1 as k from companies
       where org_nr not in (select jsonb_array_elements_text(${JSON.stringify(ctx.excludeOrgNrs)}::jsonb)))`;

/**
 * Every 25th company is a sole trader (a personnummer born 1950–1969, unique for up to 20,000
 * companies); the others are aktiebolag 559xxx-xxxx (559000000 + i·7919 mod 10⁶, unique).
 */
export const companiesSql = (ctx: VolumeContext, count: number) =>
  sql`with kinds as ${list(CLINIC_KINDS)}, sole as ${list(SOLE_TRADER_KINDS)}, areas as ${list(AREAS)},
    cities as ${list(CITIES)}, streets as ${list(STREETS)}, surnames as ${list(LAST_NAMES)},
    src as (
      select i, i % 25 = 0 as natural_person,
        case when i % 25 = 0
          then to_char(date '1950-01-01' + ((i * 37) % 7300)::int, 'YYMMDD') || lpad((i % 1000 + 1)::text, 3, '0')
          else (559000000 + (i * 7919) % 1000000)::text end as nine
      from generate_series(1::bigint, ${count}::bigint) i
    )
    insert into companies (org_nr, name, legal_form, natural_person, street, postal_code, city, created_at)
    select s.nine || ${luhn(sql`s.nine`)},
      case when s.natural_person then sn.v || 's ' || so.v
           when s.i % 3 = 0 then k.v || ' ' || sn.v || ' AB'
           else trim(k.v || ' ' || (c.e ->> 'city') || ' ' || a.v) || ' AB' end,
      case when s.natural_person then ${legalForms.enskild_naringsidkare.sv} else ${legalForms.aktiebolag.sv} end,
      s.natural_person,
      st.v || ' ' || (1 + (s.i * 13) % 89),
      (c.e ->> 'postal') || lpad(((s.i * 7) % 90 + 10)::text, 2, '0'),
      c.e ->> 'city',
      ${at(ctx)} - make_interval(days => (1100 + (s.i * 37) % 1500)::int, secs => ((s.i * 7919) % ${DAY_S})::double precision)
    from src s
    join kinds k on k.n = s.i % ${CLINIC_KINDS.length}
    join sole so on so.n = s.i % ${SOLE_TRADER_KINDS.length}
    join areas a on a.n = (s.i / ${CLINIC_KINDS.length}) % ${AREAS.length}
    join cities c on c.n = (s.i * 7) % ${CITIES.length}
    join streets st on st.n = (s.i * 11) % ${STREETS.length}
    join surnames sn on sn.n = (s.i * 3) % ${LAST_NAMES.length}`;

/** 1–5 contacts per company (3 on average), e-mail at klinikN.example, fictional mobile numbers. */
export const contactsSql = (ctx: VolumeContext) =>
  sql`with fn as ${list(FIRST_NAMES)}, ln as ${list(LAST_NAMES)}, vc as ${volumeCompanies(ctx)}
    insert into contacts (company_id, full_name, email, phone, company_admin, email_verified_at, created_at)
    select vc.id, f.v || ' ' || l.v,
      lower(translate(f.v || '.' || l.v, 'åäöéÅÄÖÉ', 'aaoeAAOE')) || '@klinik' || (vc.k + 1) || '.example',
      case when (vc.k + j) % 7 = 0 then null else '07017406' || lpad((5 + (vc.k * 3 + j * 11) % 95)::text, 2, '0') end,
      j = 1, c.at, c.at
    from vc
    cross join lateral generate_series(1, (1 + (vc.k * 7) % 5)::int) j
    cross join lateral (select vc.created_at + make_interval(days => (case when j = 1 then 0 else (vc.k * 13 + j * 29) % 300 + 1 end)::int) as at) c
    join fn f on f.n = (vc.k * 13 + j * 7) % ${FIRST_NAMES.length}
    join ln l on l.n = (vc.k * 17 + j * 3) % ${LAST_NAMES.length}`;

/** Articles KS-20001…: a base article, a product line and a pack size; devices get a UDI-DI. */
export const productsSql = (ctx: VolumeContext, count: number) => {
  const item = sql`lpad((20000 + i)::text, 5, '0')`;
  const nb = BASE_ARTICLES.length;
  const nl = PRODUCT_LINES.length;
  return sql`with base as ${list(BASE_ARTICLES)}, lines as ${list(PRODUCT_LINES)}, packs as ${list(PACK_SIZES)}
    insert into products (article_number, name_sv, name_en, description_sv, description_en,
      price_ex_vat_ore, vat_rate, stock, medical_device, udi_di, created_at)
    select 'KS-' || ${item},
      (b.e ->> 'sv') || ' ' || (l.e ->> 'sv') || ', ' || (p.e ->> 'sv'),
      (b.e ->> 'en') || ' ' || (l.e ->> 'en') || ', ' || (p.e ->> 'en'),
      b.e ->> 'dsv', b.e ->> 'den',
      least(2500000, greatest(500, round((b.e ->> 'kr')::numeric * 100 * (p.e ->> 'units')::int * (l.e ->> 'factor')::numeric * (90 + (i * 37) % 21) / 100)))::int,
      25,
      case when i % 19 = 0 then 0 else (i * 7919) % 3000 + 5 end,
      (b.e ->> 'device')::boolean,
      case when (b.e ->> 'device')::boolean then '07359999' || ${item} || ${gs1(sql`'07359999' || ${item}`)} end,
      ${at(ctx)} - make_interval(days => (1200 + i % 800)::int)
    from generate_series(1, ${count}::int) i
    join base b on b.n = i % ${nb}
    join lines l on l.n = (i / ${nb}) % ${nl}
    join packs p on p.n = (i / ${nb * nl}) % ${PACK_SIZES.length}`;
};

// The orders: volume-orders-sql.ts.

/**
 * Usage events `from`…`to`: two in three are views of an article, one a search, over two years, by
 * every contact but the heavy customer (who has events of their own).
 */
export const usageEventsSql = (ctx: VolumeContext, from: number, to: number) => {
  const span = 2 * 365 * DAY_S;
  return sql`with terms as ${list(SEARCH_TERMS)},
    prod as (select article_number, row_number() over (order by article_number collate "C") - 1 as k from products),
    np as (select count(*) as n from products),
    con as (select id, row_number() over (order by email collate "C") - 1 as k from contacts
      where email <> ${HEAVY_CUSTOMER_EMAIL}),
    ncon as (select count(*) as n from con)
    insert into usage_events (contact_id, kind, subject, occurred_at)
    select c.id, case when g % 3 = 0 then 'search' else 'view' end,
      case when g % 3 = 0 then t.v else p.article_number end,
      ${at(ctx)} - make_interval(secs => ((${ctx.usageEvents}::bigint - g) * ${span} / ${ctx.usageEvents} + (g * 7717) % 3600)::double precision)
    from generate_series(${from}::bigint, ${to}::bigint) g
    join con c on c.k = (g * 7919) % (select n from ncon)
    join prod p on p.k = (g * 31) % (select n from np)
    join terms t on t.n = g % ${SEARCH_TERMS.length}`;
};
