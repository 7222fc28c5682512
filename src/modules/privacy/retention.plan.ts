import { sql } from 'drizzle-orm';
import { policyVersion, type RetentionRuleId } from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { dueBounds, isDue } from './retention.cutoff.ts';
import { anchorAfter, anchorAtMost, anchorMs, held, scope, tableName } from './retention.sql.ts';
import type { Bilingual, RetentionTarget } from './retention.types.ts';

export type PlanEntry = {
  target: string;
  module: string;
  table: string;
  rule: RetentionRuleId;
  action: 'delete' | 'minimize';
  what: Bilingual;
  /** Rows the sweep would delete or minimise now. */
  due: number;
  /** Rows that are due but kept by a statutory hold, per hold rule. */
  held: Record<string, number>;
  /** The earliest and latest trigger date (UTC, YYYY-MM-DD) of the due rows. */
  earliest: string | null;
  latest: string | null;
};

export type RetentionPlan = { asOf: string; policyVersion: string; entries: PlanEntry[] };

const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

/**
 * What a sweep at `asOf` would do, target by target — a dry run: it only reads. The same bounds,
 * filters and holds as the sweep, and the same row-by-row decision where the calendar needs it.
 */
export async function planRetention(db: Db, targets: readonly RetentionTarget[], asOf: Date): Promise<RetentionPlan> {
  const entries: PlanEntry[] = [];
  for (const t of targets) entries.push(await planTarget(db, t, asOf));
  return { asOf: asOf.toISOString(), policyVersion, entries };
}

type Agg = { n: number; lo: number | null; hi: number | null; held: number[] };

async function planTarget(db: Db, t: RetentionTarget, asOf: Date): Promise<PlanEntry> {
  const holds = t.holds ?? [];
  const { surelyDue, upper } = dueBounds(t.rule, asOf);
  const flags = holds.length
    ? sql.join(
        holds.map((h, i) => sql`, (${h.when}) as h${sql.raw(String(i))}`),
        sql``,
      )
    : sql``;
  const anyHeld = holds.length
    ? sql.join(
        holds.map((h) => sql`(${h.when})`),
        sql` or `,
      )
    : sql`false`;
  const heldCounts = holds.length
    ? sql.join(
        holds.map((h, i) => sql`, count(*) filter (where ${h.when})::int as h${sql.raw(String(i))}`),
        sql``,
      )
    : sql``;
  const sure = await rows<Record<string, number | string | null>>(
    db,
    sql`select count(*) filter (where not ${anyHeld})::int as n,
               min(${anchorMs(t.anchor)}) filter (where not ${anyHeld}) as lo,
               max(${anchorMs(t.anchor)}) filter (where not ${anyHeld}) as hi${heldCounts}
          from ${t.table} where ${anchorAtMost(t.anchor, surelyDue)} and ${scope(t)}`,
  );
  const s = sure[0]!;
  const agg: Agg = {
    n: Number(s.n),
    lo: s.lo === null ? null : Number(s.lo),
    hi: s.hi === null ? null : Number(s.hi),
    held: holds.map((_, i) => Number(s[`h${i}`])),
  };
  if (upper.getTime() > surelyDue.getTime()) {
    const window = await rows<Record<string, number | string | boolean>>(
      db,
      sql`select ${anchorMs(t.anchor)} as ms${flags} from ${t.table}
           where ${anchorAfter(t.anchor, surelyDue)} and ${anchorAtMost(t.anchor, upper)} and ${scope(t)}`,
    );
    for (const r of window) {
      const ms = Number(r.ms);
      if (!isDue(t.rule, new Date(ms), asOf)) continue;
      const heldBy = holds.map((_, i) => r[`h${i}`] === true);
      heldBy.forEach((h, i) => h && agg.held[i]!++);
      if (heldBy.some(Boolean)) continue;
      agg.n++;
      agg.lo = agg.lo === null ? ms : Math.min(agg.lo, ms);
      agg.hi = agg.hi === null ? ms : Math.max(agg.hi, ms);
    }
  }
  return {
    target: t.id,
    module: t.module,
    table: tableName(t.table),
    rule: t.rule,
    action: t.action,
    what: t.what,
    due: agg.n,
    held: Object.fromEntries(holds.map((h, i) => [h.rule, agg.held[i]!]).filter(([, n]) => Number(n) > 0)),
    earliest: day(agg.lo),
    latest: day(agg.hi),
  };
}

async function rows<T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  const r = await db.execute(q);
  return (r as unknown as { rows: T[] }).rows;
}

/** The first instant of the month `k` months after the month of `d` (UTC). */
const monthStart = (d: Date, k: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1));

export type MonthCount = { month: string; rows: number; byRule: Record<string, number> };

/**
 * What falls due in each of the coming months (from the data as it is now): the rows due at the
 * end of a month less those due at its start. The current month counts from `asOf`.
 */
export async function forecastRetention(
  db: Db,
  targets: readonly RetentionTarget[],
  asOf: Date,
  months: number,
): Promise<MonthCount[]> {
  const dueAt = async (at: Date) => {
    const plan = await planRetention(db, targets, at);
    const byRule: Record<string, number> = {};
    for (const e of plan.entries) byRule[e.rule] = (byRule[e.rule] ?? 0) + e.due;
    return byRule;
  };
  let before = await dueAt(asOf);
  const out: MonthCount[] = [];
  for (let k = 0; k < months; k++) {
    const end = new Date(monthStart(asOf, k + 1).getTime() - 1);
    const after = await dueAt(end);
    const byRule: Record<string, number> = {};
    for (const [rule, n] of Object.entries(after)) {
      const d = n - (before[rule] ?? 0);
      if (d > 0) byRule[rule] = d;
    }
    out.push({ month: end.toISOString().slice(0, 7), rows: Object.values(byRule).reduce((a, b) => a + b, 0), byRule });
    before = after;
  }
  return out;
}

/** The plan as a table for people: rule, target, what it does, how many, from when to when. */
export function formatPlan(plan: RetentionPlan): string {
  const lines = [
    `Gallringsplan / Retention plan as of ${plan.asOf} (policy ${plan.policyVersion}) — a dry run, nothing changed`,
    '',
  ];
  const head = ['rule', 'target', 'action', 'due', 'earliest', 'latest', 'held'];
  const rows = plan.entries.map((e) => [
    e.rule,
    e.target,
    e.action,
    String(e.due),
    e.earliest ?? '–',
    e.latest ?? '–',
    Object.entries(e.held)
      .map(([r, n]) => `${n} (${r})`)
      .join(', ') || '–',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  lines.push(fmt(head), ...rows.map(fmt));
  const total = plan.entries.reduce((n, e) => n + e.due, 0);
  lines.push('', `${total} rows due; earliest and latest are the trigger dates (transaction, supply, fiscal year, …).`);
  return `${lines.join('\n').replace(/ +$/gm, '')}\n`;
}

/** The keys of the rows of a target that a sweep at `asOf` would act on now (tools, benchmarks). */
export async function dueRowIds(db: Db, t: RetentionTarget, asOf: Date): Promise<string[]> {
  const { upper } = dueBounds(t.rule, asOf);
  const r = await rows<{ id: string; ms: number | string }>(
    db,
    sql`select ${t.key}::text as id, ${anchorMs(t.anchor)} as ms from ${t.table}
         where ${anchorAtMost(t.anchor, upper)} and ${scope(t)} and not ${held(t)}`,
  );
  return r.filter((x) => isDue(t.rule, new Date(Number(x.ms)), asOf)).map((x) => x.id);
}
