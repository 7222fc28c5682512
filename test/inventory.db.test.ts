import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '#src/app/index.ts';
import { declareTable, InventoryError } from '#src/modules/privacy/index.ts';
import { contacts } from '#src/modules/customers/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { testDatabase } from './db.ts';

describe('the personal-data inventory', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(async () => database.close());

  it('declares every column of every table in the database, and nothing that is not there', async () => {
    const rows = await database.query<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = 'public' order by 1, 2",
    );
    const inDb = rows.map((r) => `${r.table_name}.${r.column_name}`).sort();
    const declared = inventory
      .flatMap((t) => [...Object.keys(t.personal), ...t.other, ...t.secret].map((c) => `${t.table}.${c}`))
      .sort();
    expect(declared).toEqual(inDb);
  });

  it('every table that holds customers’ personal data names its data subjects', () => {
    for (const t of inventory.filter((t) => Object.keys(t.personal).length > 0)) {
      expect(t.scope, t.table).toBe('customer');
      expect(t.subjects.length, t.table).toBeGreaterThan(0);
    }
  });

  it('refuses a declaration that leaves a column out, or uses a category for a purpose the policy does not allow', () => {
    expect(() => declareTable(contacts, { module: 'x', scope: 'customer', other: ['id', 'companyId'] })).toThrow(
      /undeclared columns .*full_name/,
    );
    expect(() =>
      declareTable(contacts, {
        module: 'x',
        scope: 'customer',
        personal: {
          email: { category: 'email', purposes: ['d.improvement'], retention: 'account_lifetime' },
          fullName: { category: 'full_name', purposes: ['a.account'], retention: 'account_lifetime' },
          phone: { category: 'phone', purposes: ['a.account'], retention: 'account_lifetime' },
        },
        other: ['id', 'companyId', 'passwordHash', 'companyAdmin', 'emailVerifiedAt', 'createdAt'],
      }),
    ).toThrow(InventoryError);
  });
});
