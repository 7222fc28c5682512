import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { retentionActions, retentionRuns } from './retention.tables.ts';

export type RunSummary = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  asOf: string;
  trigger: string;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  policyVersion: string;
  rules: {
    target: string;
    rule: string;
    action: string;
    rows: number;
    related: Record<string, number>;
    files: number;
    batches: number;
    earliest: string;
    latest: string;
  }[];
};

/** A run whose heartbeat stopped this long ago was killed (its batches that committed stand). */
const STALE_MS = 15 * 60_000;

/** The latest sweeps with what each did per target: the proof of deletion the privacy officer sees. */
export async function listRuns(db: Db, opts: { limit: number; now: Date }): Promise<RunSummary[]> {
  const runs = await db.select().from(retentionRuns).orderBy(desc(retentionRuns.startedAt)).limit(opts.limit);
  const out: RunSummary[] = [];
  for (const r of runs) {
    const rows = await db
      .select({
        target: retentionActions.target,
        rule: retentionActions.rule,
        action: retentionActions.action,
        rows: sql<number>`sum(${retentionActions.rows})::int`,
        files: sql<number>`sum(${retentionActions.files})::int`,
        batches: sql<number>`count(*)::int`,
        related: sql<Record<string, number>[]>`json_agg(${retentionActions.related})`,
        earliest: sql<string>`min(${retentionActions.earliestAnchor})`,
        latest: sql<string>`max(${retentionActions.latestAnchor})`,
      })
      .from(retentionActions)
      .where(eq(retentionActions.runId, r.id))
      .groupBy(retentionActions.target, retentionActions.rule, retentionActions.action)
      .orderBy(retentionActions.target);
    const stale = r.status === 'running' && opts.now.getTime() - r.heartbeatAt.getTime() > STALE_MS;
    out.push({
      id: r.id,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      asOf: r.asOf.toISOString(),
      trigger: r.trigger,
      status: stale ? 'interrupted' : r.status,
      policyVersion: r.policyVersion,
      rules: rows.map((x) => {
        const related: Record<string, number> = {};
        for (const part of x.related) for (const [k, v] of Object.entries(part)) related[k] = (related[k] ?? 0) + v;
        return {
          target: x.target,
          rule: x.rule,
          action: x.action,
          rows: x.rows,
          related,
          files: x.files,
          batches: x.batches,
          earliest: new Date(x.earliest).toISOString().slice(0, 10),
          latest: new Date(x.latest).toISOString().slice(0, 10),
        };
      }),
    });
  }
  return out;
}

export type MonthDone = { month: string; rows: number; byRule: Record<string, number> };

/** What was deleted or minimised in each of the past `months` months (UTC), by rule. */
export async function deletionHistory(db: Db, opts: { months: number; now: Date }): Promise<MonthDone[]> {
  const from = new Date(Date.UTC(opts.now.getUTCFullYear(), opts.now.getUTCMonth() - opts.months + 1, 1));
  const rows = await db
    .select({
      month: sql<string>`to_char(${retentionActions.at} at time zone 'UTC', 'YYYY-MM')`,
      rule: retentionActions.rule,
      rows: sql<number>`sum(${retentionActions.rows})::int`,
    })
    .from(retentionActions)
    .where(sql`${retentionActions.at} >= ${from.toISOString()}::timestamptz`)
    .groupBy(sql`1`, retentionActions.rule);
  const out: MonthDone[] = [];
  for (let k = 0; k < opts.months; k++) {
    const m = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + k, 1)).toISOString().slice(0, 7);
    const byRule = Object.fromEntries(rows.filter((r) => r.month === m).map((r) => [r.rule, r.rows]));
    out.push({ month: m, rows: Object.values(byRule).reduce((a, b) => a + b, 0), byRule });
  }
  return out;
}

/** Whether a row with this id was deleted or minimised by the engine (its hash is in the proof). */
export async function provenActions(db: Db, target: string, idHash: string) {
  return db
    .select({
      at: retentionActions.at,
      rule: retentionActions.rule,
      action: retentionActions.action,
      policyVersion: retentionActions.policyVersion,
    })
    .from(retentionActions)
    .where(sql`${retentionActions.target} = ${target} and ${idHash} = any(${retentionActions.idHashes})`);
}
