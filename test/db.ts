import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '#src/platform/db/index.ts';

export const testBackend = (): 'pglite' | 'postgres' => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/**
 * A fresh, migrated database of its own for a test file: PGlite loaded from the dump made once
 * per run, or a PostgreSQL database copied from the migrated template (dropped on close).
 */
export async function testDatabase(): Promise<Database> {
  if (testBackend() === 'pglite') {
    const dump = new Blob([fs.readFileSync(process.env.KS_TEST_PGLITE_DUMP!)]);
    return openPglite({ dump });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `kliniksupport_test_${process.env.KS_TEST_RUN}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${name}" template "${process.env.KS_TEST_PG_TEMPLATE}"`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openPostgres(u.toString(), { max: 5 });
  return {
    ...db,
    async close() {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}
