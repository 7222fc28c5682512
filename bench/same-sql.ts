import { fillPlaceholders } from 'drizzle-orm';
import { productListQueries, shapeOf, valuesOf, type ListFilter } from '#src/modules/catalog/index.ts';
import type { Db } from '#src/platform/db/index.ts';

export { likePattern, ROW_FIELDS } from '#src/modules/catalog/index.ts';

/**
 * The SQL that GET /api/catalog/products sends, taken once from the very builder the route
 * compiles its statements with (`productListQueries`), so the bare baseline runs the same
 * statements without drizzle at request time. The bench checks on PGlite that the platform
 * sends exactly these texts.
 */
export type Statement = { text: string; params(q: { pattern?: string; after?: string; limit: number }): unknown[] };
export type ListStatements = { items: Statement; total: Statement };

/** Statements for a search (`q`) or not, with or without `after`, in the default sort (article number). */
export function listStatements(db: Db, shape: { search: boolean; after: boolean }): ListStatements {
  const example: ListFilter = {
    sort: 'article',
    limit: 1,
    pattern: shape.search ? '' : undefined,
    after: shape.after ? { key: '', articleNumber: '' } : undefined,
  };
  const q = productListQueries(db, shapeOf(example));
  const statement = (query: { toSQL(): { sql: string; params: unknown[] } }): Statement => {
    const { sql, params } = query.toSQL();
    return {
      text: sql,
      params: (v) =>
        fillPlaceholders(
          params,
          valuesOf({
            sort: 'article',
            limit: v.limit,
            pattern: v.pattern,
            after: v.after === undefined ? undefined : { key: '', articleNumber: v.after },
          }),
        ),
    };
  };
  return { items: statement(q.items), total: statement(q.total) };
}
