import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '#src/platform/db/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { columnKinds, plainValue, readAnchor, readColumn, valueOf } from './extract.values.ts';

/**
 * Reading a column by its type gives what `to_jsonb` of the row gave, on both backends: the
 * extract's output does not depend on how its values are read.
 */
let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  await database.exec(`
    create table extract_values_probe (
      t text, u uuid, i integer, s smallint, b boolean, n bigint, ts timestamptz, d date, a text[], j jsonb,
      num numeric, stamp timestamp
    );
    insert into extract_values_probe values
      ('plain', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1, 2, true, 9007199254740993, '2021-11-26 12:00:00.123999+00',
       '2021-11-26', array['x','y'], '{"k": 1}', 25.50, '2021-11-26 12:00:00.5'),
      ('2021-11-26T12:00:00+01:00', null, -5, null, false, -1, '1999-12-31 23:59:59.9999+01', '0099-01-01', array[]::text[],
       'null', 0, null),
      ('', null, null, null, null, null, 'infinity', 'infinity', null, '"s"', null, null),
      (null, null, null, null, null, null, '0500-06-01 00:00:00+00', null, null, '[1, "2"]', null, null);
  `);
});
afterAll(() => database.close());

describe('the extract reads each column as to_jsonb gives it', () => {
  it('for every type the inventory uses and then some', async () => {
    const kinds = (await columnKinds(database.db, ['extract_values_probe'])).get('extract_values_probe')!;
    const columns = [...kinds.keys()];
    expect(Object.fromEntries(kinds)).toMatchObject({ t: 'driver', n: 'bigint', ts: 'time', d: 'json', j: 'json' });
    const exprs = columns.map((c) => sql`${readColumn(c, kinds.get(c)!)} as ${sql.identifier(c)}`);
    const typed = (await database.db.execute(
      sql`select ${sql.join(exprs, sql`, `)} from extract_values_probe order by t nulls last`,
    )) as unknown as { rows: Record<string, unknown>[] };
    const asJson = await database.query<{ row: Record<string, unknown> | string }>(
      'select to_jsonb(x) as row from extract_values_probe x order by t nulls last',
    );
    const before = asJson.map((r) => {
      const row = (typeof r.row === 'string' ? JSON.parse(r.row) : r.row) as Record<string, unknown>;
      return Object.fromEntries(columns.flatMap((c) => (row[c] == null ? [] : [[c, plainValue(row[c])]])));
    });
    const after = typed.rows.map((row) =>
      Object.fromEntries(
        columns.flatMap((c) => {
          const v = valueOf(row[c], kinds.get(c)!);
          return v === undefined ? [] : [[c, v]];
        }),
      ),
    );
    expect(after).toEqual(before);
  });

  it('gives anchors that Date reads as the same instant', async () => {
    const r = (await database.db.execute(
      sql`select ${readAnchor('ts', 'time')} as a, to_jsonb(ts) #>> '{}' as j from extract_values_probe
          where ts > '1000-01-01' and ts < 'infinity'`,
    )) as unknown as { rows: { a: string; j: string }[] };
    expect(r.rows.length).toBe(2);
    for (const { a, j } of r.rows) expect(new Date(a).getTime()).toBe(new Date(j).getTime());
  });
});
