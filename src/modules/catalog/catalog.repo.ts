import { and, asc, count, desc, eq, fillPlaceholders, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '#src/platform/db/index.ts';
import { categories, productCategories, productImages, products } from './catalog.tables.ts';

export const PRODUCT_SORTS = ['article', 'name_sv', 'name_en', 'price_asc', 'price_desc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Where the previous page ended: its last row's sort key and article number. */
export type ListCursor = { key: string | number; articleNumber: string };

/** A list request with its search term already turned into an ILIKE pattern (see likePattern). */
export type ListFilter = {
  pattern?: string | undefined;
  category?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  inStock?: boolean | undefined;
  medicalDevice?: boolean | undefined;
  sort: ProductSort;
  after?: ListCursor | undefined;
  limit: number;
};

/** Qualified in full: drizzle writes a lone table's columns unqualified, which a subquery would misread. */
const productId = sql.raw('"products"."id"');

/** The columns of a list item; VAT per unit, categories and first image computed in the query. */
export const listColumns = {
  id: products.id,
  articleNumber: products.articleNumber,
  nameSv: products.nameSv,
  nameEn: products.nameEn,
  priceExVatOre: products.priceExVatOre,
  vatRate: products.vatRate,
  vatOre: sql<number>`round(${products.priceExVatOre} * ${products.vatRate} / 100.0)::int`.as('vat_ore'),
  stock: products.stock,
  medicalDevice: products.medicalDevice,
  categories: sql<
    string[]
  >`coalesce((select array_agg(c.slug order by c.position, c.slug) from ${productCategories} pc join ${categories} c on c.id = pc.category_id where pc.product_id = ${productId}), '{}')`.as(
    'category_slugs',
  ),
  image: sql<
    string | null
  >`(select i.path from ${productImages} i where i.product_id = ${productId} order by i.position limit 1)`.as(
    'image_path',
  ),
};

export type ProductSummary = {
  id: string;
  articleNumber: string;
  nameSv: string;
  nameEn: string;
  priceExVatOre: number;
  vatRate: number;
  vatOre: number;
  stock: number;
  medicalDevice: boolean;
  categories: string[];
  image: string | null;
};

/** The `%…%` ILIKE pattern of a search term, with the pattern characters escaped. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const sortKey = { article: products.articleNumber, name_sv: products.nameSv, name_en: products.nameEn } as const;

function orderOf(sort: ProductSort): SQL[] {
  if (sort === 'price_asc') return [asc(products.priceExVatOre), asc(products.articleNumber)];
  if (sort === 'price_desc') return [desc(products.priceExVatOre), asc(products.articleNumber)];
  if (sort === 'article') return [asc(products.articleNumber)];
  return [asc(sortKey[sort]), asc(products.articleNumber)];
}

const ph = (name: keyof Values) => sql.placeholder(name);

function afterOf(sort: ProductSort): SQL {
  const a = products.articleNumber;
  if (sort === 'article') return sql`${a} > ${ph('afterArticle')}`;
  if (sort === 'price_desc') {
    const p = products.priceExVatOre;
    return sql`(${p} < ${ph('afterKey')} or (${p} = ${ph('afterKey')} and ${a} > ${ph('afterArticle')}))`;
  }
  const k = sort === 'price_asc' ? products.priceExVatOre : sortKey[sort];
  return sql`(${k}, ${a}) > (${ph('afterKey')}, ${ph('afterArticle')})`;
}

/** Which filters a request uses: one compiled statement pair per shape. */
export type ListShape = {
  search: boolean;
  category: boolean;
  minPrice: boolean;
  maxPrice: boolean;
  inStock: boolean;
  medicalDevice: boolean;
  sort: ProductSort;
  after: boolean;
};

/** The values a compiled statement is filled with. */
type Values = {
  pattern?: string | undefined;
  category?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  medicalDevice?: boolean | undefined;
  afterKey?: string | number | undefined;
  afterArticle?: string | undefined;
  limit: number;
};

function filterOf(shape: ListShape): SQL | undefined {
  const where: SQL[] = [];
  if (shape.search) {
    where.push(
      or(
        ilike(products.nameSv, ph('pattern')),
        ilike(products.nameEn, ph('pattern')),
        ilike(products.articleNumber, ph('pattern')),
      )!,
    );
  }
  if (shape.category) {
    where.push(
      sql`${products.id} in (select pc.product_id from ${productCategories} pc join ${categories} c on c.id = pc.category_id where c.slug = ${ph('category')})`,
    );
  }
  if (shape.minPrice) where.push(gte(products.priceExVatOre, ph('minPrice')));
  if (shape.maxPrice) where.push(lte(products.priceExVatOre, ph('maxPrice')));
  if (shape.inStock) where.push(sql`${products.stock} > 0`);
  if (shape.medicalDevice) where.push(eq(products.medicalDevice, ph('medicalDevice')));
  return where.length ? and(...where) : undefined;
}

export const shapeOf = (f: ListFilter): ListShape => ({
  search: f.pattern !== undefined,
  category: f.category !== undefined,
  minPrice: f.minPrice !== undefined,
  maxPrice: f.maxPrice !== undefined,
  inStock: f.inStock === true,
  medicalDevice: f.medicalDevice !== undefined,
  sort: f.sort,
  after: f.after !== undefined,
});

/**
 * The two statements of a list request of a shape (one page, the total), as drizzle queries
 * with named placeholders for every value. The bench takes the very same SQL from here.
 */
export function productListQueries(db: Db, shape: ListShape) {
  const filter = filterOf(shape);
  const pageFilter = shape.after ? and(filter, afterOf(shape.sort)) : filter;
  return {
    items: db
      .select(listColumns)
      .from(products)
      .where(pageFilter)
      .orderBy(...orderOf(shape.sort))
      .limit(sql.placeholder('limit') as unknown as number),
    total: db.select({ n: count() }).from(products).where(filter),
  };
}

/** Values for the placeholders of a request. */
export const valuesOf = (f: ListFilter): Values => ({
  pattern: f.pattern,
  category: f.category,
  minPrice: f.minPrice,
  maxPrice: f.maxPrice,
  medicalDevice: f.medicalDevice,
  afterKey: f.after?.key,
  afterArticle: f.after?.articleNumber,
  limit: f.limit,
});

/** The raw columns of a list row and the API's field names. */
export const ROW_FIELDS = {
  id: 'id',
  article_number: 'articleNumber',
  name_sv: 'nameSv',
  name_en: 'nameEn',
  price_ex_vat_ore: 'priceExVatOre',
  vat_rate: 'vatRate',
  vat_ore: 'vatOre',
  stock: 'stock',
  medical_device: 'medicalDevice',
  category_slugs: 'categories',
  image_path: 'image',
} as const;

const toSummary = (row: Record<string, unknown>): ProductSummary => {
  const out: Record<string, unknown> = {};
  for (const [column, field] of Object.entries(ROW_FIELDS)) out[field] = row[column];
  return out as ProductSummary;
};

type Compiled = { items: { sql: string; params: unknown[] }; total: { sql: string; params: unknown[] } };

/** The cursor of the page after `last`, for the sort in use. */
export function cursorAfter(sort: ProductSort, last: ProductSummary): ListCursor {
  const key =
    sort === 'price_asc' || sort === 'price_desc'
      ? last.priceExVatOre
      : sort === 'article'
        ? ''
        : last[sort === 'name_sv' ? 'nameSv' : 'nameEn'];
  return { key, articleNumber: last.articleNumber };
}

/**
 * The public list, the catalogue's hottest read: each shape's SQL is built by drizzle once and
 * kept (at most 2⁶ × 5 × 2 shapes), and each request only fills in its values. Building the
 * query anew cost more than the rest of the platform's work on the request (see bench/).
 */
export function createProductLister(database: Pick<Database, 'db' | 'query'>) {
  const compiled = new Map<string, Compiled>();
  function compile(shape: ListShape): Compiled {
    const key = JSON.stringify(shape);
    let c = compiled.get(key);
    if (!c) {
      const q = productListQueries(database.db, shape);
      c = { items: q.items.toSQL(), total: q.total.toSQL() };
      compiled.set(key, c);
    }
    return c;
  }
  return async function listProducts(
    f: ListFilter,
  ): Promise<{ items: ProductSummary[]; total: number; next: ListCursor | null }> {
    const c = compile(shapeOf(f));
    const values = valuesOf(f);
    const [rows, totals] = await Promise.all([
      database.query(c.items.sql, fillPlaceholders(c.items.params, values)),
      database.query(c.total.sql, fillPlaceholders(c.total.params, values)),
    ]);
    const items = rows.map(toSummary);
    const last = items.at(-1);
    return {
      items,
      total: Number(Object.values(totals[0] ?? {})[0] ?? 0),
      next: last && items.length === f.limit ? cursorAfter(f.sort, last) : null,
    };
  };
}
export type ProductLister = ReturnType<typeof createProductLister>;
