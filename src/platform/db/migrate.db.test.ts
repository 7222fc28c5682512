import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, type Database } from './index.ts';
import { testDatabase } from '../../../test/db.ts';

/** A migrations folder in drizzle-kit's layout, with the given statements per migration. */
function migrationsFolder(migrations: string[][]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-mig-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const base = Date.parse('2099-01-01T00:00:00Z');
  const entries = migrations.map((stmts, idx) => {
    const tag = `${String(idx).padStart(4, '0')}_test`;
    fs.writeFileSync(path.join(dir, `${tag}.sql`), stmts.join('\n--> statement-breakpoint\n'));
    return { idx, version: '7', when: base + idx, tag, breakpoints: true };
  });
  fs.writeFileSync(
    path.join(dir, 'meta/_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries }),
  );
  return dir;
}

describe('migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(async () => database.close());

  it('the committed migrations are applied and a second run changes nothing', async () => {
    const before = await database.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    await migrateDatabase(database);
    expect(await database.query('select count(*)::int as n from drizzle.__drizzle_migrations')).toEqual(before);
    const tables = await database.query<{ t: string }>(
      "select tablename as t from pg_tables where schemaname = 'public'",
    );
    expect(tables.map((r) => r.t)).toEqual(
      expect.arrayContaining(['products', 'companies', 'contacts', 'orders', 'staff_users']),
    );
  });

  it('a failing migration leaves the database as it was', async () => {
    const before = await database.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    const folder = migrationsFolder([
      ['create table mig_ok (id int primary key)', 'insert into mig_ok values (1)'],
      ['alter table mig_ok add column name text', 'select this_is_not_sql from nowhere'],
    ]);
    await expect(migrateDatabase(database, folder)).rejects.toThrow();
    const tables = await database.query("select 1 from pg_tables where tablename = 'mig_ok'");
    expect(tables).toHaveLength(0);
    expect(await database.query('select count(*)::int as n from drizzle.__drizzle_migrations')).toEqual(before);
  });
});
