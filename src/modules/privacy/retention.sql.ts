import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { RetentionTarget } from './retention.types.ts';

/** The SQL type of a key column, for `= any($1::type[])`. */
export function arrayType(col: PgColumn): string {
  const t = col.getSQLType().toLowerCase();
  if (t === 'serial') return 'integer';
  if (t === 'bigserial') return 'bigint';
  return t;
}

export const inIds = (col: PgColumn, ids: string[]): SQL =>
  sql`${col} = any(${sql.param(ids)}::${sql.raw(arrayType(col))}[])`;

export const tableName = (t: PgTable): string => getTableConfig(t).name;

const isDate = (col: PgColumn) => col.getSQLType().toLowerCase() === 'date';

/** `anchor <= bound` for a timestamptz or a date column (a date counts from its UTC midnight). */
export function anchorAtMost(col: PgColumn, bound: Date): SQL {
  return isDate(col)
    ? sql`${col} <= ${bound.toISOString().slice(0, 10)}::date`
    : sql`${col} <= ${bound.toISOString()}::timestamptz`;
}

export function anchorAfter(col: PgColumn, bound: Date): SQL {
  return isDate(col)
    ? sql`${col} > ${bound.toISOString().slice(0, 10)}::date`
    : sql`${col} > ${bound.toISOString()}::timestamptz`;
}

/** The anchor as epoch milliseconds (a date at its UTC midnight). */
export const anchorMs = (col: PgColumn): SQL => sql`(extract(epoch from ${col}) * 1000)::float8`;

/** What makes a row of the target a candidate at all: its own filter and, to minimise, not done yet. */
export function scope(target: RetentionTarget): SQL {
  const parts: SQL[] = [sql`${target.anchor} is not null`];
  if (target.where) parts.push(target.where);
  if (target.action === 'minimize') parts.push(target.pending);
  return sql.join(parts, sql` and `);
}

/** True for a row that some statutory hold keeps. */
export function held(target: RetentionTarget): SQL {
  const holds = target.holds ?? [];
  return holds.length
    ? sql`(${sql.join(
        holds.map((h) => sql`(${h.when})`),
        sql` or `,
      )})`
    : sql`false`;
}
