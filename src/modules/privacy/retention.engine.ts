import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { policyVersion } from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { FileStore } from '#src/platform/files/index.ts';
import { dueBounds, isDue } from './retention.cutoff.ts';
import { anchorAfter, anchorAtMost, anchorMs, held, inIds, scope, tableName } from './retention.sql.ts';
import { retentionActions, retentionFileQueue, retentionRuns } from './retention.tables.ts';
import type { RetentionChild, RetentionTarget, RetentionTx } from './retention.types.ts';

/** Serialises the batches of concurrent sweeps: two never pick the same rows. */
export const SWEEP_LOCK = 556_940_333_908;

export type SweepDeps = { db: Db; targets: readonly RetentionTarget[]; files: FileStore | null; now: () => Date };

export type SweepOptions = {
  asOf: Date;
  trigger: 'job' | 'cli' | 'test';
  batchSize?: number;
  /** Once the run is recorded, before the first batch. */
  onStart?: (runId: string) => void;
  /** After each batch: the target and how many of its rows this run has handled so far. */
  onProgress?: (p: { target: string; rows: number }) => void;
};

export type TargetOutcome = {
  target: string;
  rule: string;
  action: string;
  rows: number;
  related: Record<string, number>;
  files: number;
};
export type SweepResult = { runId: string; asOf: Date; outcomes: TargetOutcome[] };

type Row = { id: string; ms: number };

const hashId = (target: string, id: string) => createHash('sha256').update(`${target}:${id}`).digest('hex');

/**
 * One sweep: every target's due rows, in bounded batches, each batch one transaction that does
 * the deletion (or minimisation), its related rows, the queue of its files and its proof together.
 * Killed at any point, a sweep leaves whole batches only; run again, it ends where an
 * uninterrupted run would.
 */
export async function runSweep(deps: SweepDeps, opts: SweepOptions): Promise<SweepResult> {
  const { db, now } = deps;
  const batchSize = opts.batchSize ?? 500;
  await drainFileQueue(deps);
  const [run] = await db
    .insert(retentionRuns)
    .values({
      startedAt: now(),
      heartbeatAt: now(),
      asOf: opts.asOf,
      trigger: opts.trigger,
      status: 'running',
      policyVersion,
    })
    .returning({ id: retentionRuns.id });
  const runId = run!.id;
  opts.onStart?.(runId);
  const outcomes: TargetOutcome[] = [];
  try {
    for (const target of deps.targets) {
      const outcome: TargetOutcome = {
        target: target.id,
        rule: target.rule,
        action: target.action,
        rows: 0,
        related: {},
        files: 0,
      };
      outcomes.push(outcome);
      const { surelyDue, upper } = dueBounds(target.rule, opts.asOf);
      const add = (b: Batch) => {
        outcome.rows += b.rows;
        outcome.files += b.files.length;
        for (const [k, v] of Object.entries(b.related)) outcome.related[k] = (outcome.related[k] ?? 0) + v;
        opts.onProgress?.({ target: target.id, rows: outcome.rows });
      };
      // Rows surely due: batch after batch until a short one.
      for (;;) {
        const b = await batch(
          deps,
          target,
          runId,
          { bound: anchorAtMost(target.anchor, surelyDue), limit: batchSize },
          opts.asOf,
        );
        add(b);
        await removeFiles(deps, b.files);
        if (b.picked < batchSize) break;
      }
      // The few days where calendar arithmetic decides row by row.
      if (upper.getTime() > surelyDue.getTime()) {
        const window = sql`${anchorAfter(target.anchor, surelyDue)} and ${anchorAtMost(target.anchor, upper)}`;
        const rows = await candidates(db, target, window, null);
        const due = rows.filter((r) => isDue(target.rule, new Date(r.ms), opts.asOf)).map((r) => r.id);
        for (let i = 0; i < due.length; i += batchSize) {
          const ids = due.slice(i, i + batchSize);
          const b = await batch(deps, target, runId, { bound: window, ids }, opts.asOf);
          add(b);
          await removeFiles(deps, b.files);
        }
      }
      await db.update(retentionRuns).set({ heartbeatAt: now() }).where(eq(retentionRuns.id, runId));
    }
    await db
      .update(retentionRuns)
      .set({ status: 'finished', finishedAt: now(), heartbeatAt: now() })
      .where(eq(retentionRuns.id, runId));
  } catch (e) {
    await db
      .update(retentionRuns)
      .set({ status: 'failed', heartbeatAt: now() })
      .where(eq(retentionRuns.id, runId))
      .catch(() => {});
    throw e;
  }
  return { runId, asOf: opts.asOf, outcomes };
}

async function candidates(
  db: Db | RetentionTx,
  target: RetentionTarget,
  bound: ReturnType<typeof sql>,
  limit: number | null,
  ids?: string[],
): Promise<Row[]> {
  const byId = ids ? sql` and ${inIds(target.key, ids)}` : sql``;
  const lim = limit === null ? sql`` : sql` limit ${limit}`;
  const lock = limit === null && !ids ? sql`` : sql` for update`;
  const r = await db.execute<{ id: string; ms: number | string }>(sql`
    select ${target.key}::text as id, ${anchorMs(target.anchor)} as ms from ${target.table}
     where ${bound} and ${scope(target)} and not ${held(target)}${byId}
     order by ${target.anchor}, ${target.key}${lim}${lock}`);
  return (r as unknown as { rows: { id: string; ms: number | string }[] }).rows.map((x) => ({
    id: x.id,
    ms: Number(x.ms),
  }));
}

type Batch = { picked: number; rows: number; related: Record<string, number>; files: string[] };

async function batch(
  deps: SweepDeps,
  target: RetentionTarget,
  runId: string,
  pick: { bound: ReturnType<typeof sql>; limit?: number; ids?: string[] },
  asOf: Date,
): Promise<Batch> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SWEEP_LOCK})`);
    const rows = await candidates(tx, target, pick.bound, pick.limit ?? null, pick.ids);
    if (rows.length === 0) return { picked: 0, rows: 0, related: {}, files: [] };
    const ids = rows.map((r) => r.id);
    const related: Record<string, number> = {};
    const files: string[] = [];
    if (target.action === 'delete') {
      await target.before?.(tx, ids);
      await deleteChildren(tx, target.children ?? [], ids, related, files);
      const gone = await deleteReturning(tx, target.table, inIds(target.key, ids), target.file);
      files.push(...gone.files);
    } else {
      await target.apply(tx, ids, asOf);
    }
    if (files.length)
      await tx
        .insert(retentionFileQueue)
        .values(files.map((path) => ({ path, queuedAt: deps.now() })))
        .onConflictDoNothing();
    const ms = rows.map((r) => r.ms);
    await tx.insert(retentionActions).values({
      runId,
      at: deps.now(),
      target: target.id,
      rule: target.rule,
      action: target.action,
      rows: rows.length,
      related,
      files: files.length,
      idHashes: ids.map((id) => hashId(target.id, id)),
      earliestAnchor: new Date(Math.min(...ms)),
      latestAnchor: new Date(Math.max(...ms)),
      policyVersion,
    });
    return { picked: rows.length, rows: rows.length, related, files };
  });
}

async function deleteChildren(
  tx: RetentionTx,
  children: RetentionChild[],
  parentIds: string[],
  related: Record<string, number>,
  files: string[],
): Promise<void> {
  for (const c of children) {
    const where = inIds(c.parentKey, parentIds);
    if (c.children?.length && c.key) {
      const r = await tx.execute<{ id: string }>(sql`select ${c.key}::text as id from ${c.table} where ${where}`);
      const ids = (r as unknown as { rows: { id: string }[] }).rows.map((x) => x.id);
      if (ids.length) await deleteChildren(tx, c.children, ids, related, files);
    }
    const gone = await deleteReturning(tx, c.table, where, c.file);
    const name = tableName(c.table);
    related[name] = (related[name] ?? 0) + gone.count;
    files.push(...gone.files);
  }
}

async function deleteReturning(
  tx: RetentionTx,
  table: RetentionChild['table'],
  where: ReturnType<typeof sql>,
  file: PgColumn | undefined,
): Promise<{ count: number; files: string[] }> {
  const ret = file ? sql` returning ${file}::text as file` : sql` returning 1 as one`;
  const r = await tx.execute<{ file?: string | null }>(sql`delete from ${table} where ${where}${ret}`);
  const rows = (r as unknown as { rows: { file?: string | null }[] }).rows;
  return { count: rows.length, files: rows.map((x) => x.file).filter((f): f is string => !!f) };
}

async function removeFiles(deps: SweepDeps, paths: string[]): Promise<void> {
  if (!paths.length) return;
  if (!deps.files) throw new Error('retention: rows with files were deleted but no files folder is configured');
  for (const p of paths) await deps.files.remove(p);
  await deps.db.delete(retentionFileQueue).where(inIds(retentionFileQueue.path, paths));
}

/** Files of rows deleted by a sweep that was killed before it removed them. */
async function drainFileQueue(deps: SweepDeps): Promise<void> {
  for (;;) {
    const rows = await deps.db.select({ path: retentionFileQueue.path }).from(retentionFileQueue).limit(500);
    if (!rows.length) return;
    await removeFiles(
      deps,
      rows.map((r) => r.path),
    );
  }
}
