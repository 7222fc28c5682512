import { sql, type SQL } from 'drizzle-orm';
import type { BossDb, Db } from './database.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * A Drizzle transaction as pg-boss's `db`: a job sent through it is written by the same
 * transaction, so it exists exactly when the transaction commits. pg-boss writes `$n`
 * placeholders; they become Drizzle parameters in order.
 */
export function bossDbOfTx(tx: Tx | Db): BossDb {
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
