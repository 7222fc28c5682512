import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres, type Database } from '#src/platform/db/index.ts';

export type BenchBackend = {
  name: 'pglite' | 'postgres';
  database: Database;
  /** Writes out dirty pages (needs more rights than the application role has on PostgreSQL). */
  checkpoint(): Promise<void>;
  dispose(): Promise<void>;
};

/** PGlite in a fresh temporary data folder, removed afterwards. */
export async function openBenchPglite(): Promise<BenchBackend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kliniksupport-bench-'));
  const database = await openPglite({ dataDir: dir });
  await migrateDatabase(database);
  return {
    name: 'pglite',
    database,
    checkpoint: () => database.exec('checkpoint'),
    async dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const BENCH_DB = 'kliniksupport_bench';
/** The application role: production refuses a superuser or a role with BYPASSRLS. */
export const BENCH_ROLE = 'kliniksupport_bench';

async function asAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A fresh database `kliniksupport_bench` on the PostgreSQL server at `url` (an administrator's
 * URL), owned by a plain role `kliniksupport_bench` that the platform connects as, as in
 * production. Both are dropped afterwards. `{ unreachable }` when the server cannot be reached.
 */
export async function openBenchPostgres(url: string): Promise<BenchBackend | { unreachable: string }> {
  const password = randomBytes(18).toString('base64url');
  try {
    await asAdmin(url, async (c) => {
      await c.query(`drop database if exists ${BENCH_DB} with (force)`);
      const exists = (await c.query('select 1 from pg_roles where rolname = $1', [BENCH_ROLE])).rowCount;
      const attrs = `login nosuperuser nobypassrls nocreatedb nocreaterole password '${password}'`;
      await c.query(exists ? `alter role ${BENCH_ROLE} with ${attrs}` : `create role ${BENCH_ROLE} ${attrs}`);
      await c.query(`create database ${BENCH_DB} owner ${BENCH_ROLE}`);
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || /timeout/i.test(String(e))) {
      return { unreachable: (e as Error).message || String(code) };
    }
    throw e;
  }
  const u = new URL(url);
  u.username = BENCH_ROLE;
  u.password = password;
  u.pathname = `/${BENCH_DB}`;
  const database = await openPostgres(u.toString(), { max: 10 });
  await migrateDatabase(database);
  return {
    name: 'postgres',
    database,
    checkpoint: () => asAdmin(url, async (c) => void (await c.query('checkpoint'))),
    async dispose() {
      await asAdmin(url, async (c) => {
        await c.query(`drop database if exists ${BENCH_DB} with (force)`);
        await c.query(`drop role if exists ${BENCH_ROLE}`);
      });
    },
  };
}
