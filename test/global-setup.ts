import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres } from '#src/platform/db/index.ts';

const PREFIX = 'kliniksupport_test_';
/** Databases of runs that died without cleaning up are dropped once they are this old. */
const STALE_SECONDS = 3 * 3600;

/**
 * Migrates once per run: a PGlite instance dumped to a file that every test file loads, and
 * (with TEST_DATABASE_URL) a PostgreSQL template database that every test file copies. Names
 * carry the run's start time and a random part, so runs side by side never touch each other's
 * databases; the test files find them through the environment (workers start after this).
 */
export default async function setup() {
  const run = `${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
  const dumpFile = path.resolve(`.tmp/test/pglite-${run}.tar.gz`);
  fs.mkdirSync(path.dirname(dumpFile), { recursive: true });
  const lite = await openPglite({ memory: true });
  await migrateDatabase(lite);
  const dump = await lite.pglite!.dumpDataDir('gzip');
  fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await lite.close();
  process.env.KS_TEST_PGLITE_DUMP = dumpFile;
  process.env.KS_TEST_RUN = run;

  const url = process.env.TEST_DATABASE_URL;
  const template = `${PREFIX}${run}_template`;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const all = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${PREFIX}%`,
    ]);
    const now = Date.now() / 1000;
    for (const { datname } of all.rows) {
      const started = Number(datname.slice(PREFIX.length).split('_')[0]);
      if (!(started > now - STALE_SECONDS)) await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`create database "${template}"`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${template}`;
    const db = await openPostgres(u.toString(), { max: 2 });
    await migrateDatabase(db);
    await db.close();
    process.env.KS_TEST_PG_TEMPLATE = template;
  }

  return async () => {
    fs.rmSync(dumpFile, { force: true });
    if (url) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const mine = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
        `${PREFIX}${run}%`,
      ]);
      for (const { datname } of mine.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
      await admin.end();
    }
  };
}
