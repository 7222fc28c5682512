import type { SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { RetentionRuleId, StatutoryRetentionRuleId } from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';

/** A transaction handle (Drizzle; the same query builder as `Db`). */
export type RetentionTx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Bilingual = { sv: string; en: string };

/** Rows of another table that go with a deleted row (its lines, its shipment, their events). */
export type RetentionChild = {
  table: PgTable;
  /** The child's column that holds the parent's key. */
  parentKey: PgColumn;
  /** The child's own key: needed when it has children of its own. */
  key?: PgColumn;
  children?: RetentionChild[];
  /** A column holding a path in the files folder: the file goes with the row. */
  file?: PgColumn;
};

/** While `when` is true for a row (SQL over the target's table), a statutory rule keeps it. */
export type RetentionHold = { rule: StatutoryRetentionRuleId; when: SQL; what: Bilingual };

type TargetCommon = {
  /** A stable name, e.g. `orders.history`: it appears in the proof of deletion. */
  id: string;
  module: string;
  /** The policy's rule whose deadline this target enforces. */
  rule: RetentionRuleId;
  table: PgTable;
  key: PgColumn;
  /** The rule's trigger, per row (timestamptz or date): transaction, collection, withdrawal, … */
  anchor: PgColumn;
  /** Only rows this selects fall under the target (e.g. consents that were withdrawn). */
  where?: SQL;
  holds?: RetentionHold[];
  what: Bilingual;
};

export type DeleteTarget = TargetCommon & {
  action: 'delete';
  children?: RetentionChild[];
  file?: PgColumn;
  /** Runs in the deleting transaction before the rows go (e.g. carrying an aggregate forward). */
  before?: (tx: RetentionTx, ids: string[]) => Promise<void>;
};

/**
 * Keeps the row (a law needs it) but removes what the law does not need: `apply` updates the
 * given rows; `pending` selects rows not yet minimised, so a row is minimised once.
 */
export type MinimizeTarget = TargetCommon & {
  action: 'minimize';
  pending: SQL;
  apply: (tx: RetentionTx, ids: string[], asOf: Date) => Promise<void>;
};

export type RetentionTarget = DeleteTarget | MinimizeTarget;

export class RetentionDeclarationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetentionDeclarationError';
  }
}

const belongsTo = (table: PgTable, col: PgColumn) => getTableConfig(table).columns.includes(col);

/** Declares a retention target beside a module's tables; the columns must belong to their tables. */
export function declareRetention<T extends RetentionTarget>(target: T): T {
  const name = getTableConfig(target.table).name;
  for (const [what, col] of [
    ['key', target.key],
    ['anchor', target.anchor],
  ] as const)
    if (!belongsTo(target.table, col))
      throw new RetentionDeclarationError(`${target.id}: ${what} is not a column of ${name}`);
  const checkChildren = (children: RetentionChild[] = []) => {
    for (const c of children) {
      const child = getTableConfig(c.table).name;
      if (!belongsTo(c.table, c.parentKey)) throw new RetentionDeclarationError(`${target.id}: ${child}.parentKey`);
      if (c.children?.length && !c.key) throw new RetentionDeclarationError(`${target.id}: ${child} needs a key`);
      checkChildren(c.children);
    }
  };
  if (target.action === 'delete') checkChildren(target.children);
  return target;
}
