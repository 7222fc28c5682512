import { sql } from 'drizzle-orm';
import { BASE_ARTICLES } from './volume-words.ts';
import type { VolumeContext } from './volume-sql.ts';

/**
 * The volume articles' categories, lots and images (after productsSql, which makes KS-20001…):
 * article i belongs to its base article's category (the demo seed made the categories), has
 * 1–3 lots and one generated image. Every value is an expression of the article's number.
 */
const volumeProducts = sql`(select id, article_number, substr(article_number, 4)::int - 20000 as i from products
  where article_number >= 'KS-20001' and article_number < 'KS-99999')`;

const base = sql`(select (t.ord - 1)::int as n, t.e ->> 'category' as category, t.e ->> 'sv' as sv, t.e ->> 'en' as en
  from jsonb_array_elements(${JSON.stringify(BASE_ARTICLES)}::jsonb) with ordinality as t(e, ord))`;

export const productCategoriesSql = () =>
  sql`insert into product_categories (product_id, category_id)
    select p.id, c.id from ${volumeProducts} p
    join ${base} b on b.n = p.i % ${BASE_ARTICLES.length}
    join categories c on c.slug = b.category`;

export const productLotsSql = (ctx: VolumeContext) =>
  sql`insert into product_lots (product_id, lot_number, expires_on, quantity, received_at)
    select p.id, 'V' || lpad(p.i::text, 5, '0') || '-' || k,
      case when b.category = 'instrument' then null
           else (${ctx.now.toISOString()}::timestamptz - make_interval(days => ((p.i * 13 + k * 101) % 365)::int))::date + ((p.i * 7 + k * 37) % 1000 + 60)::int end,
      case when (p.i + k) % 11 = 0 then 0 else (p.i * 7919 + k) % 1500 + 10 end,
      ${ctx.now.toISOString()}::timestamptz - make_interval(days => ((p.i * 13 + k * 101) % 365)::int)
    from ${volumeProducts} p
    join ${base} b on b.n = p.i % ${BASE_ARTICLES.length}
    cross join lateral generate_series(1, (1 + p.i % 3)::int) k`;

export const productImagesSql = () =>
  sql`insert into product_images (product_id, position, path, alt_sv, alt_en)
    select p.id, 0, '/api/catalog/images/demo/' || b.category || '/' || p.article_number || '.svg', pr.name_sv, pr.name_en
    from ${volumeProducts} p
    join products pr on pr.id = p.id
    join ${base} b on b.n = p.i % ${BASE_ARTICLES.length}`;
