import fastify from 'fastify';
import { decodeCursor, encodeCursor } from '#src/modules/catalog/index.ts';
import type { Database, Row } from '#src/platform/db/index.ts';
import { ROW_FIELDS, likePattern, listStatements, type ListStatements } from './same-sql.ts';

export type Server = { url: string; close(): Promise<void> };

export async function listen(app: { listen(o: { host: string; port: number }): Promise<string> }): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

const fields: Record<string, string> = ROW_FIELDS;
const toItem = (row: Row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [fields[k] ?? k, v]));

/**
 * The baseline: a bare Fastify route (no zod, no plugins, no hooks) that runs the statements
 * of GET /api/catalog/products (default sort) on the same database and answers the same JSON.
 */
export async function startBareServer(database: Database): Promise<Server> {
  const shapes: ListStatements[] = [false, true].flatMap((search) =>
    [false, true].map((after) => listStatements(database.db, { search, after })),
  );
  const app = fastify({ logger: false });
  app.get('/api/catalog/products', async (req) => {
    const query = req.query as { q?: string; after?: string; limit?: string };
    const q = query.q?.trim() || undefined;
    const limit = query.limit ? Number(query.limit) : 24;
    const after = query.after ? decodeCursor(query.after).articleNumber : undefined;
    const args = { pattern: q && likePattern(q), after, limit };
    const st = shapes[(q ? 2 : 0) + (after ? 1 : 0)]!;
    const [rows, totals] = await Promise.all([
      database.query(st.items.text, st.items.params(args)),
      database.query(st.total.text, st.total.params(args)),
    ]);
    const items = rows.map(toItem);
    const last = items.at(-1) as { articleNumber: string } | undefined;
    const nextCursor =
      last && items.length === limit ? encodeCursor({ key: '', articleNumber: last.articleNumber }) : null;
    return { items, total: Number(Object.values(totals[0] ?? {})[0] ?? 0), nextCursor };
  });
  const url = await listen(app);
  return { url, close: () => app.close() };
}
