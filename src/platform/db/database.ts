import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { lockDataDir } from './lock.ts';

/** Drizzle over either backend: the same query builder, the same SQL. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Row = Record<string, unknown>;

/** What pg-boss needs from a custom database (its `db` option). */
export type BossDb = { executeSql(text: string, values?: unknown[]): Promise<unknown> };

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, without credentials: safe to log. */
  readonly location: string;
  readonly db: Db;
  /** A parameterised statement; returns its rows. */
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (schema scripts). */
  exec(text: string): Promise<void>;
  /** For pg-boss on PGlite; undefined on PostgreSQL, where pg-boss opens its own pool. */
  readonly bossDb: BossDb | undefined;
  readonly connectionString: string | undefined;
  /** The embedded client itself (tests dump and clone it); undefined on PostgreSQL. */
  readonly pglite: PGlite | undefined;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../drizzle');

export type PgliteSource = { dataDir: string } | { memory: true } | { dump: Blob | File };

/** Opens the embedded database. A data folder is locked to this process. */
export async function openPglite(source: PgliteSource): Promise<Database> {
  let lock: { release(): void } | undefined;
  let client: PGlite;
  let location: string;
  if ('dataDir' in source) {
    lock = lockDataDir(source.dataDir);
    location = `PGlite at ${source.dataDir}`;
    try {
      client = await PGlite.create(path.join(source.dataDir, 'pg'));
    } catch (e) {
      lock.release();
      throw e;
    }
  } else if ('dump' in source) {
    location = 'PGlite in memory (from a dump)';
    client = await PGlite.create({ loadDataDir: source.dump });
  } else {
    location = 'PGlite in memory';
    client = await PGlite.create();
  }
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    location,
    db,
    connectionString: undefined,
    pglite: client,
    async query<T extends Row>(text: string, params?: unknown[]) {
      const r = await client.query<T>(text, params);
      return r.rows;
    },
    async exec(text: string) {
      await client.exec(text);
    },
    bossDb: {
      async executeSql(text: string, values?: unknown[]) {
        if (values && values.length > 0) {
          const r = await client.query(text, values);
          return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
        }
        const results = await client.exec(text);
        const mapped = results.map((r) => ({ rows: r.rows, rowCount: r.affectedRows ?? r.rows.length }));
        return mapped.length === 1 ? mapped[0] : mapped;
      },
    },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

/** Opens a PostgreSQL server by URL. */
export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  // An idle connection that the server ends (restart, failover, a dropped test database) must
  // not crash the process: the pool replaces it on the next query.
  pool.on('error', () => {});
  // Fail early on a wrong URL rather than on the first request.
  const c = await pool.connect();
  c.release();
  const u = new URL(url);
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    location: `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`,
    db,
    connectionString: url,
    pglite: undefined,
    async query<T extends Row>(text: string, params?: unknown[]) {
      const r = await pool.query(text, params);
      return r.rows as T[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    bossDb: undefined,
    async close() {
      await pool.end();
    },
  };
}

export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite({ dataDir: opts.dataDir });
}

/**
 * Applies the pending migrations in one transaction: a failing migration leaves the
 * database as it was. On PostgreSQL an advisory lock keeps web and worker processes
 * from migrating at the same time.
 */
export async function migrateDatabase(database: Database, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // One connection of its own, so the session-level advisory lock and the migration share it.
  const client = new pg.Client({ connectionString: database.connectionString });
  await client.connect();
  const LOCK = 5_569_403_339; // Kliniksupport's org. nr: one migration at a time per database
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}
