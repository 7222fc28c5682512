import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';

/**
 * How the register extract reads a column: each value must come out as `to_jsonb` gives it (the
 * same on every driver), with times in UTC. Reading whole rows with `to_jsonb` costs a JSON
 * document per row and a `Date` per time in JavaScript; instead each column is read by its type:
 *
 * - `text`, `uuid`, `integer`, `smallint`, `boolean` as the driver gives them (the same values);
 * - `bigint` as text, made a number (as JSON.parse makes one of the digits);
 * - `timestamptz` formatted in SQL as `toISOString()` does (UTC, milliseconds cut off, as `Date`
 *   cuts them when it reads `to_jsonb`'s microseconds);
 * - anything else (dates, arrays, jsonb, numeric, …) as `to_jsonb` of the column, as text (each
 *   driver parses JSON its own way).
 */
export type ValueKind = 'driver' | 'bigint' | 'time' | 'json';

const BY_TYPE: Record<string, ValueKind> = {
  text: 'driver',
  'character varying': 'driver',
  uuid: 'driver',
  integer: 'driver',
  smallint: 'driver',
  boolean: 'driver',
  bigint: 'bigint',
  'timestamp with time zone': 'time',
};

/** Table → column → how to read it, for the tables named (one catalogue query). */
export async function columnKinds(db: Db, tables: string[]): Promise<Map<string, Map<string, ValueKind>>> {
  const r = (await db.execute(
    sql`select c.relname as t, a.attname as c, format_type(a.atttypid, a.atttypmod) as type
        from pg_attribute a join pg_class c on c.oid = a.attrelid
        where a.attrelid in (select to_regclass(quote_ident(n)) from unnest(${sql.param(tables)}::text[]) n)
          and a.attnum > 0 and not a.attisdropped`,
  )) as unknown as { rows: { t: string; c: string; type: string }[] };
  const out = new Map<string, Map<string, ValueKind>>();
  for (const row of r.rows) {
    const cols = out.get(row.t) ?? out.set(row.t, new Map()).get(row.t)!;
    cols.set(row.c, BY_TYPE[row.type] ?? 'json');
  }
  return out;
}

/** A `timestamptz` as `new Date(to_jsonb(x)).toISOString()` gives it, for years 1–9999 (else as to_jsonb). */
const isoUtc = (col: SQL) =>
  sql`case when ${col} >= '0001-01-01 00:00:00+00' and ${col} < '10000-01-01 00:00:00+00'
      then to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') else to_jsonb(${col}) #>> '{}' end`;

/** The select-list expression that reads `column` as `kind` says. */
export function readColumn(column: string, kind: ValueKind): SQL {
  const col = sql`${sql.identifier(column)}`;
  if (kind === 'bigint') return sql`${col}::text`;
  if (kind === 'time') return isoUtc(col);
  if (kind === 'json') return sql`to_jsonb(${col})::text`;
  return sql`${col}`;
}

/**
 * The anchor of a row's retention deadline, as a text `new Date()` reads as `to_jsonb`'s text: a
 * `timestamptz` as its UTC instant, a date as the date. Both begin with the UTC date.
 */
export function readAnchor(column: string, kind: ValueKind): SQL {
  const col = sql`${sql.identifier(column)}`;
  return kind === 'time' ? isoUtc(col) : sql`to_jsonb(${col}) #>> '{}'`;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;

/** A value as JSON gives it (rows are read with to_jsonb: the same on every driver); times in UTC. */
export const plainValue = (v: unknown): string | number | boolean | string[] =>
  v instanceof Date
    ? v.toISOString()
    : Array.isArray(v)
      ? v.map(String)
      : typeof v === 'number' || typeof v === 'boolean'
        ? v
        : typeof v === 'string' && TIMESTAMP.test(v)
          ? new Date(v).toISOString()
          : String(v);

/** A value read by `readColumn` as `plainValue` gives the same column's `to_jsonb` value; undefined for none. */
export function valueOf(v: unknown, kind: ValueKind): string | number | boolean | string[] | undefined {
  if (v === null || v === undefined) return undefined;
  switch (kind) {
    case 'time':
      // Formatted in SQL; outside years 1–9999 it is to_jsonb's text.
      return (v as string).length === 24 ? (v as string) : plainValue(v);
    case 'bigint':
      return Number(v);
    case 'json': {
      const parsed: unknown = JSON.parse(v as string);
      return parsed === null ? undefined : plainValue(parsed);
    }
    default:
      return typeof v === 'string' ? (TIMESTAMP.test(v) ? new Date(v).toISOString() : v) : plainValue(v);
  }
}
