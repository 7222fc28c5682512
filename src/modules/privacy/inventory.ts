import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import {
  categoriesOfPurpose,
  type CategoryId,
  type PurposeId,
  type RetentionRuleId,
  type SubjectId,
} from '#src/modules/policy/index.ts';

/** One column that holds personal data: what it is, about whom, what for, and how long. */
export type PersonalColumn = {
  category: CategoryId;
  purposes: PurposeId[];
  retention: RetentionRuleId;
};

/**
 * Whose data a table holds. `customer`: data subjects of the privacy policy. `staff`: Kliniksupport's
 * own employees (their data is governed by the employee notice, not the customer policy).
 * `accountability`: the privacy kernel's own records (access log, disclosures), kept to show
 * compliance (art. 5(2)) and shown to the data subject in the register extract.
 */
export type TableScope = 'customer' | 'staff' | 'accountability' | 'none';

export type TableInventory = {
  /** SQL name of the table. */
  table: string;
  module: string;
  /** What the rows are, in words for the person (letters, erasure plans); null: named by their categories. */
  title: { sv: string; en: string } | null;
  scope: TableScope;
  subjects: SubjectId[];
  /** The column that leads from a row to its data subject (a contact's or a company's id). */
  subjectKey: { column: string; kind: 'contact' | 'company' | 'staff' | 'prospect' } | null;
  /**
   * For rows that belong to their subject through another row (an order's lines, an invoice's
   * payments): this table's column that holds the parent's key, the parent table and its key
   * column. Register extracts and erasure follow it. `asText`: the column holds the key as text.
   */
  via: { column: string; parent: string; parentColumn: string; asText: boolean } | null;
  /** SQL column name → declaration. */
  personal: Record<string, PersonalColumn>;
  /** SQL names of the columns that hold no personal data. */
  other: string[];
  /** SQL names of credentials and token hashes: never handed to anyone, never exported. */
  secret: string[];
  /** The same declarations by the property names that Drizzle rows carry. */
  byKey: Record<string, PersonalColumn | 'other' | 'secret'>;
};

type Columns<T extends PgTable> = keyof T['_']['columns'] & string;

export class InventoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InventoryError';
  }
}

/**
 * Declares a table in the personal-data inventory, beside the table itself. Every column must be
 * declared exactly once, as personal (with category, purposes, retention) or as other; a purpose
 * must be one that the policy allows to use the column's category.
 */
export function declareTable<T extends PgTable>(
  table: T,
  spec: {
    module: string;
    title?: { sv: string; en: string };
    scope: TableScope;
    subjects?: SubjectId[];
    subjectKey?: { column: Columns<T>; kind: 'contact' | 'company' | 'staff' | 'prospect' };
    via?: { column: Columns<T>; parent: PgTable; parentColumn?: string; asText?: boolean };
    personal?: Partial<Record<Columns<T>, PersonalColumn>>;
    other: Columns<T>[];
    secret?: Columns<T>[];
  },
): TableInventory {
  const config = getTableConfig(table);
  const sqlName = (key: string) => {
    const col = (table as unknown as Record<string, { name: string } | undefined>)[key];
    if (!col) throw new InventoryError(`${config.name}: no column ${key}`);
    return col.name;
  };
  const personalEntries = Object.entries(spec.personal ?? {}) as [string, PersonalColumn][];
  const secret = spec.secret ?? [];
  const declared = [...personalEntries.map(([k]) => k), ...spec.other, ...secret];
  const dup = declared.find((k, i) => declared.indexOf(k) !== i);
  if (dup) throw new InventoryError(`${config.name}.${sqlName(dup)} is declared twice`);
  const declaredSql = new Set(declared.map(sqlName));
  const missing = config.columns.map((c) => c.name).filter((c) => !declaredSql.has(c));
  if (missing.length) throw new InventoryError(`${config.name}: undeclared columns ${missing.join(', ')}`);
  for (const [key, col] of personalEntries) {
    for (const purpose of col.purposes) {
      if (!categoriesOfPurpose(purpose).includes(col.category)) {
        throw new InventoryError(
          `${config.name}.${sqlName(key)}: the policy does not let purpose ${purpose} use category ${col.category}`,
        );
      }
    }
  }
  return {
    table: config.name,
    module: spec.module,
    title: spec.title ?? null,
    scope: spec.scope,
    subjects: spec.subjects ?? [],
    subjectKey: spec.subjectKey ? { column: sqlName(spec.subjectKey.column), kind: spec.subjectKey.kind } : null,
    via: spec.via
      ? {
          column: sqlName(spec.via.column),
          parent: getTableConfig(spec.via.parent).name,
          parentColumn: spec.via.parentColumn ?? 'id',
          asText: spec.via.asText ?? false,
        }
      : null,
    personal: Object.fromEntries(personalEntries.map(([k, v]) => [sqlName(k), v])),
    other: spec.other.map(sqlName),
    secret: secret.map(sqlName),
    byKey: Object.fromEntries([
      ...personalEntries,
      ...spec.other.map((k) => [k, 'other'] as const),
      ...secret.map((k) => [k, 'secret'] as const),
    ]),
  };
}

/** The categories a row of this table holds, column by column (for field-level filtering). */
export function categoryOfColumn(inv: TableInventory, column: string): CategoryId | null {
  return inv.personal[column]?.category ?? null;
}
