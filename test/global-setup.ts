import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres } from '#src/platform/db/index.ts';

export const PGLITE_DUMP = path.resolve('.tmp/test/pglite-migrated.tar.gz');
export const TEMPLATE_DB = 'kliniksupport_test_template';

/**
 * Migrates once per run: a PGlite instance dumped to a file that every test file loads, and
 * (with TEST_DATABASE_URL) a PostgreSQL template database that every test file copies.
 */
export default async function setup() {
  {
    fs.mkdirSync(path.dirname(PGLITE_DUMP), { recursive: true });
    const db = await openPglite({ memory: true });
    await migrateDatabase(db);
    const dump = await db.pglite!.dumpDataDir('gzip');
    fs.writeFileSync(PGLITE_DUMP, Buffer.from(await dump.arrayBuffer()));
    await db.close();
  }
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const stale = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'kliniksupport_test_%'",
    );
    for (const r of stale.rows) await admin.query(`drop database if exists "${r.datname}" with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${TEMPLATE_DB}`;
    const db = await openPostgres(u.toString(), { max: 2 });
    await migrateDatabase(db);
    await db.close();
  }
}
