import { and, asc, count, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { products } from '#src/modules/catalog/index.ts';

/**
 * The SQL that `listProducts` (GET /api/catalog/products) sends, taken from drizzle once with
 * placeholder values, so the bare baseline runs the very same statements without drizzle at
 * request time. The bench checks on PGlite that the platform sends exactly these texts.
 */
export type Statement = { text: string; params(q: { pattern?: string; after?: string; limit: number }): unknown[] };
export type ListStatements = { items: Statement; total: Statement };

const Q = '\u0000pattern\u0000';
const AFTER = '\u0000after\u0000';
const LIMIT = 987_654_321;

const columns = {
  id: products.id,
  articleNumber: products.articleNumber,
  nameSv: products.nameSv,
  nameEn: products.nameEn,
  category: products.category,
  priceExVatOre: products.priceExVatOre,
  vatRate: products.vatRate,
  stock: products.stock,
  medicalDevice: products.medicalDevice,
};

/** Maps the snake_case columns of a raw row to the API's field names. */
export const ROW_FIELDS = Object.fromEntries(Object.entries(columns).map(([k, c]) => [c.name, k])) as Record<
  string,
  string
>;

function statement(query: { toSQL(): { sql: string; params: unknown[] } }): Statement {
  const { sql, params } = query.toSQL();
  return {
    text: sql,
    params: (q) => params.map((p) => (p === Q ? q.pattern : p === AFTER ? q.after : p === LIMIT ? q.limit : p)),
  };
}

/** Statements for a search (`q`) or not, with or without `after`: the shapes listProducts builds. */
export function listStatements(db: Db, shape: { search: boolean; after: boolean }): ListStatements {
  const filter: SQL | undefined = shape.search
    ? or(ilike(products.nameSv, Q), ilike(products.nameEn, Q), ilike(products.articleNumber, Q))
    : undefined;
  const pageFilter = shape.after ? and(filter, gt(products.articleNumber, AFTER)) : filter;
  return {
    items: statement(
      db.select(columns).from(products).where(pageFilter).orderBy(asc(products.articleNumber)).limit(LIMIT),
    ),
    total: statement(db.select({ n: count() }).from(products).where(filter)),
  };
}

/** The `%…%` pattern listProducts makes of a search term. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
