import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openPglite, openPostgres, type Database } from '#src/platform/db/index.ts';
import { runSweep } from '#src/modules/privacy/index.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { inventory } from '#src/app/inventory.ts';
import { testBackend, testDatabase } from './db.ts';
import { insertPurchases } from './purchases.ts';

/**
 * Kill and rerun: `kliniksupport retention run` over six years of purchases, five years and a bit
 * ahead, is killed with SIGKILL at ten random points; after every kill nothing is half-deleted and
 * the proof counts exactly what is gone; run again to the end, every table is identical, row for
 * row, to a copy of the same data swept once without interruption.
 */
const BIN = path.resolve('bin/kliniksupport.js');
const KILLS = 10;
const AS_OF = '2031-01-02T00:00:00.000Z';
const BATCH = '40';

let child: ChildProcess | undefined;
afterAll(() => child?.kill('SIGKILL'));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the sweep in a process of its own; resolves with its exit code (null when killed). */
function sweepProcess(env: Record<string, string>): {
  done: Promise<number | null>;
  started: Promise<void>;
  proc: ChildProcess;
} {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'warn', ...env };
  delete e.NODE_ENV;
  if (!env.DATABASE_URL) delete e.DATABASE_URL;
  const proc = spawn(
    process.execPath,
    [BIN, 'retention', 'run', '--as-of', AS_OF, '--batch-size', BATCH, '--no-progress'],
    {
      env: e,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let onStarted = () => {};
  const started = new Promise<void>((r) => (onStarted = r));
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('Sweep started')) onStarted();
  });
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      if (code !== null && code !== 0) console.error(out.slice(-3000));
      resolve(code);
    }),
  );
  return { done, started, proc };
}

/** Every table the inventory knows, but the engine's own proof: row count and a digest of its rows. */
async function snapshot(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const skip = new Set(['retention_runs', 'retention_actions', 'retention_file_queue']);
  for (const t of inventory
    .map((x) => x.table)
    .filter((x) => !skip.has(x))
    .sort()) {
    const [r] = await db.query<{ n: number; digest: string | null }>(
      `select count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as digest from ${t} x`,
    );
    out[t] = `${r!.n}:${r!.digest ?? ''}`;
  }
  return out;
}

/** Nothing half-deleted, and the proof counts exactly the rows that are gone. */
async function checkConsistent(db: Database, initial: Record<string, number>) {
  const orphans = await db.query<{ what: string; n: number }>(`
    select 'order without lines' as what, count(*)::int as n from orders o
      where not exists (select 1 from order_lines l where l.order_id = o.id)
    union all select 'shipment without lines', count(*)::int from shipments s
      where not exists (select 1 from shipment_lines l where l.shipment_id = s.id)
    union all select 'invoice without lines', count(*)::int from invoices i
      where not exists (select 1 from invoice_lines l where l.invoice_id = i.id)
    union all select 'voucher without lines', count(*)::int from vouchers v
      where not exists (select 1 from voucher_lines l where l.voucher_id = v.id)`);
  expect(orphans.filter((o) => o.n > 0)).toEqual([]);
  for (const [table, target] of [
    ['orders', 'orders.history'],
    ['invoices', 'invoices.accounting'],
    ['vouchers', 'bookkeeping.vouchers'],
    ['usage_events', 'analytics.usage'],
  ] as const) {
    const [r] = await db.query<{ now: number; proven: number; hashes: number }>(
      `select (select count(*)::int from ${table}) as now,
              coalesce((select sum(rows)::int from retention_actions where target = $1), 0) as proven,
              (select count(distinct h)::int from retention_actions, unnest(id_hashes) h where target = $1) as hashes`,
      [target],
    );
    expect(r!.now + r!.proven, table).toBe(initial[table]);
    expect(r!.hashes, table).toBe(r!.proven);
  }
}

describe(`a retention sweep killed at random points ends as an uninterrupted one (${testBackend()})`, () => {
  it(
    `${KILLS} kills, then a full run: identical row for row to a clean run`,
    async () => {
      // The data, written once and copied: one copy for the clean run, one for the killed runs.
      const env: Record<string, string> = { SEED_DEMO: 'false' };
      let source: Database;
      let reference: Database;
      let dataDir = '';
      let refName = '';
      if (testBackend() === 'pglite') {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-retention-kill-'));
        source = await openPglite({ dataDir });
        await migrateDatabase(source);
      } else {
        source = await testDatabase();
      }
      await insertPurchases(source, {
        tag: 'kill',
        count: 6000,
        from: new Date('2020-12-01T08:00:00Z'),
        stepMinutes: 525,
        paidEvery: 2,
        cardEvery: 5,
        deviceEvery: 3,
        implantEvery: 9,
      });
      const initial: Record<string, number> = {};
      for (const t of ['orders', 'invoices', 'vouchers', 'usage_events'])
        initial[t] = (await source.query<{ n: number }>(`select count(*)::int as n from ${t}`))[0]!.n;
      if (source.pglite) {
        const dump = await source.pglite.dumpDataDir('none');
        await source.close();
        reference = await openPglite({ dump });
        env.DATA_DIR = dataDir;
      } else {
        const url = new URL(source.connectionString!);
        const name = url.pathname.slice(1);
        refName = `${name}_ref`;
        // A template must have no connections: end ours (the pool opens new ones when asked).
        const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await admin.connect();
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
        await admin.query(`create database "${refName}" template "${name}"`);
        await admin.end();
        const refUrl = new URL(url);
        refUrl.pathname = `/${refName}`;
        reference = await openPostgres(refUrl.toString(), { max: 3 });
        env.DATABASE_URL = url.toString();
        env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-retention-kill-'));
      }

      const started = performance.now();
      const asOf = new Date(AS_OF);
      const clean = await runSweep(
        { db: reference.db, targets: retentionTargets, files: null, now: () => asOf },
        { asOf, trigger: 'test', batchSize: Number(BATCH) },
      );
      const cleanMs = performance.now() - started;
      expect(clean.outcomes.find((o) => o.target === 'orders.history')!.rows).toBeGreaterThan(1000);

      // Kill at random points of the sweep (after the process has started and opened the database).
      const openDb = async () => (dataDir ? openPglite({ dataDir }) : source);
      let kills = 0;
      let missed = 0;
      while (kills < KILLS) {
        const { done, started, proc } = sweepProcess(env);
        child = proc;
        // Once the sweep has begun, at a random point: each run gets on average a twentieth of the
        // clean run's time, so ten kills land spread over the first half of the work.
        await Promise.race([started, done]);
        await sleep((Math.random() * cleanMs) / KILLS);
        proc.kill('SIGKILL');
        const code = await done;
        child = undefined;
        if (code === 0) {
          missed++; // it finished first: nothing left to interrupt, which must not happen
          break;
        }
        kills++;
        const db = await openDb();
        try {
          await checkConsistent(db, initial);
        } finally {
          if (dataDir) await db.close();
        }
      }
      expect(missed, 'the sweep finished before it was killed ten times; grow the data').toBe(0);

      const last = sweepProcess(env);
      child = last.proc;
      expect(await last.done).toBe(0);
      child = undefined;

      const db = await openDb();
      try {
        await checkConsistent(db, initial);
        expect(await snapshot(db)).toEqual(await snapshot(reference));
        // The proof of the killed runs and the rerun together: the same rows as the clean run's.
        const hashes = async (d: Database) =>
          (await d.query<{ h: string }>(`select h from retention_actions, unnest(id_hashes) h order by h`)).map(
            (r) => r.h,
          );
        expect(await hashes(db)).toEqual(await hashes(reference));
        const runs = await db.query<{ status: string }>('select status from retention_runs order by started_at');
        expect(runs.filter((r) => r.status === 'running')).toHaveLength(KILLS);
        expect(runs.at(-1)!.status).toBe('finished');
      } finally {
        await db.close();
        await reference.close();
        if (refName) {
          const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
          await admin.connect();
          await admin.query(`drop database if exists "${refName}" with (force)`);
          await admin.end();
        }
      }
      console.log(`retention kill test (${testBackend()}): clean sweep ${Math.round(cleanMs)} ms, ${kills} kills`);
    },
    15 * 60_000,
  );
});
