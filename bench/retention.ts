/**
 * The retention sweep over `seed --size large` moved five years ahead, on PostgreSQL: rows deleted
 * (and minimised) per second by the engine — batches with their holds, related rows, proof of
 * deletion — beside a plain batched DELETE of the same rows on an identical copy of the database,
 * in the same run.
 *
 *   `npm run bench:retention` alone (seeds its own database), or as part of `npm run bench`.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { systemClock } from '#src/platform/clock/index.ts';
import { addDuration } from '#src/modules/policy/index.ts';
import { openPostgres, type Database } from '#src/platform/db/index.ts';
import { dueRowIds, runSweep, type RetentionChild } from '#src/modules/privacy/index.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { seedDemoData } from '#src/seed/index.ts';
import { BENCH_DB, openBenchPostgres } from './backends.ts';

export type RetentionFigures = { engine: Rate; plain: Rate };
type Rate = { rows: number; ms: number; perSecond: number };

const BATCH = 1000;
const COPY = `${BENCH_DB}_plain`;

async function asAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0];
const ids = (list: string[]) => sql`${sql.param(list)}::uuid[]`;

/** Plain DELETEs of a target's related rows, deepest first. */
async function deleteChildren(tx: Tx, children: RetentionChild[], parentIds: string[]): Promise<number> {
  let rows = 0;
  for (const c of children) {
    if (c.children?.length && c.key) {
      const r = await tx.execute(
        sql`select ${c.key}::text as id from ${c.table} where ${c.parentKey} = any(${ids(parentIds)})`,
      );
      const keys = (r as unknown as { rows: { id: string }[] }).rows.map((k) => k.id);
      rows += await deleteChildren(tx, c.children, keys);
    }
    const r = await tx.execute(sql`delete from ${c.table} where ${c.parentKey} = any(${ids(parentIds)})`);
    rows += (r as unknown as { rowCount: number }).rowCount;
  }
  return rows;
}

/** The baseline: per target, the due keys by one plain query, then DELETE (related rows first) in batches. */
async function plainSweep(db: Database, asOf: Date): Promise<number> {
  let rows = 0;
  for (const t of retentionTargets) {
    const due = await dueRowIds(db.db, t, asOf);
    for (let i = 0; i < due.length; i += BATCH) {
      const batch = due.slice(i, i + BATCH);
      await db.db.transaction(async (tx) => {
        if (t.action === 'minimize') {
          await t.apply(tx, batch, asOf);
          rows += batch.length;
          return;
        }
        await t.before?.(tx, batch);
        rows += await deleteChildren(tx, t.children ?? [], batch);
        const r = await tx.execute(sql`delete from ${t.table} where ${t.key} = any(${ids(batch)})`);
        rows += (r as unknown as { rowCount: number }).rowCount;
      });
    }
  }
  return rows;
}

/**
 * Measures both on the bench database at `databaseUrl` (seeded; no open connections) and on a copy
 * made from it as a template. `adminUrl` may create databases; the bench role owns both.
 */
export async function measureRetention(databaseUrl: string, adminUrl: string): Promise<RetentionFigures> {
  const asOf = addDuration(systemClock.now(), { years: 5 });
  const url = new URL(databaseUrl);
  await asAdmin(adminUrl, async (c) => {
    await c.query(`drop database if exists ${COPY} with (force)`);
    // A template must have no connections (a job queue's idle pool may linger).
    await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [BENCH_DB]);
    await c.query(`create database ${COPY} template ${BENCH_DB} owner ${url.username}`);
  });
  const copyUrl = new URL(url);
  copyUrl.pathname = `/${COPY}`;
  const engineDb = await openPostgres(url.toString());
  const plainDb = await openPostgres(copyUrl.toString());
  try {
    let t0 = performance.now();
    const result = await runSweep(
      { db: engineDb.db, targets: retentionTargets, files: null, now: () => systemClock.now() },
      { asOf, trigger: 'cli', batchSize: BATCH },
    );
    const engineMs = performance.now() - t0;
    const engineRows = result.outcomes.reduce(
      (n, o) => n + o.rows + Object.values(o.related).reduce((a, b) => a + b, 0),
      0,
    );
    t0 = performance.now();
    const plainRows = await plainSweep(plainDb, asOf);
    const plainMs = performance.now() - t0;
    if (plainRows !== engineRows) throw new Error(`the baseline touched ${plainRows} rows, the engine ${engineRows}`);
    const rate = (rows: number, ms: number): Rate => ({ rows, ms, perSecond: rows / (ms / 1000) });
    return { engine: rate(engineRows, engineMs), plain: rate(plainRows, plainMs) };
  } finally {
    await engineDb.close();
    await plainDb.close();
    await asAdmin(adminUrl, (c) => c.query(`drop database if exists ${COPY} with (force)`));
  }
}

export function renderRetention(f: RetentionFigures): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return [
    'retention sweep, PostgreSQL, `seed --size large` five years ahead (rows deleted or minimised, related rows included):',
    `  engine (batches of ${BATCH}, holds, proof of deletion)  ${n(f.engine.rows)} rows in ${(f.engine.ms / 1000).toFixed(1)} s: ${n(f.engine.perSecond)} rows/s`,
    `  plain batched DELETE of the same rows         ${n(f.plain.rows)} rows in ${(f.plain.ms / 1000).toFixed(1)} s: ${n(f.plain.perSecond)} rows/s`,
    `  engine vs plain: ${Math.round((100 * f.engine.perSecond) / f.plain.perSecond)} % (aim: at least 50 %)`,
  ].join('\n');
}

if (import.meta.main) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const backend = await openBenchPostgres(adminUrl);
  if ('unreachable' in backend) throw new Error(`no PostgreSQL: ${backend.unreachable}`);
  try {
    const t0 = performance.now();
    await seedDemoData({ database: backend.database, clock: systemClock, size: 'large' });
    console.log(`seeded 'large' in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await backend.database.close();
    console.log(renderRetention(await measureRetention(backend.database.connectionString!, adminUrl)));
  } finally {
    await backend.dispose();
  }
}
