import { sql, type SQL } from 'drizzle-orm';
import type { BossDb } from '#src/platform/db/index.ts';
import type { Tx } from './checkout.hooks.ts';

/**
 * The checkout transaction as pg-boss's `db`: a job sent through it (the confirmation letter) is
 * written by the same transaction, so it exists exactly when the order does. pg-boss writes `$n`
 * placeholders; they become Drizzle parameters in order.
 */
export function bossDbOf(tx: Tx): BossDb {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((p, i) => (i % 2 === 0 ? sql.raw(p) : sql`${values[Number(p) - 1]}`));
      const r = (await tx.execute(sql.join(chunks))) as unknown as {
        rows: unknown[];
        rowCount?: number | null;
        affectedRows?: number;
      };
      return { rows: r.rows, rowCount: r.rowCount ?? r.affectedRows ?? r.rows.length };
    },
  };
}
