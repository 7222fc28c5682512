import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { rightsRequestPauses, rightsRequests } from './rights.tables.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type RequestRow = typeof rightsRequests.$inferSelect;
export type PauseRow = typeof rightsRequestPauses.$inferSelect;
export type RequestWithPauses = RequestRow & { pauses: PauseRow[] };

/** Requests matching `where` (the oldest first, or the newest), each with its pauses in order. */
export async function loadRequests(
  db: Db | Tx,
  where: SQL | undefined,
  opts: { limit?: number; newestFirst?: boolean } = {},
): Promise<RequestWithPauses[]> {
  const order = opts.newestFirst ? desc(rightsRequests.receivedAt) : asc(rightsRequests.receivedAt);
  const query = db.select().from(rightsRequests).where(where).orderBy(order, asc(rightsRequests.id)).$dynamic();
  const rows = opts.limit ? await query.limit(opts.limit) : await query;
  if (rows.length === 0) return [];
  const pauses = await db
    .select()
    .from(rightsRequestPauses)
    .where(
      inArray(
        rightsRequestPauses.requestId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(rightsRequestPauses.pausedAt));
  const byRequest = new Map<string, PauseRow[]>();
  for (const p of pauses) byRequest.set(p.requestId, [...(byRequest.get(p.requestId) ?? []), p]);
  return rows.map((r) => ({ ...r, pauses: byRequest.get(r.id) ?? [] }));
}

/** One request, locked for the rest of the transaction, with its pauses; undefined if there is none. */
export async function lockRequest(tx: Tx, id: string): Promise<RequestWithPauses | undefined> {
  const [row] = await tx.select().from(rightsRequests).where(eq(rightsRequests.id, id)).for('update');
  if (!row) return undefined;
  const pauses = await tx
    .select()
    .from(rightsRequestPauses)
    .where(eq(rightsRequestPauses.requestId, id))
    .orderBy(asc(rightsRequestPauses.pausedAt));
  return { ...row, pauses };
}

/** Ends the open pause of a request (if any) at `at`. */
export async function closeOpenPause(tx: Tx, requestId: string, at: Date): Promise<number> {
  const done = await tx
    .update(rightsRequestPauses)
    .set({ resumedAt: at })
    .where(and(eq(rightsRequestPauses.requestId, requestId), isNull(rightsRequestPauses.resumedAt)))
    .returning({ id: rightsRequestPauses.id });
  return done.length;
}
