import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { TableInventory } from './inventory.ts';

/** The person an erasure is about: a contact, and their company when they are its last contact. */
export type ErasureSubject = { contactId: string; companyId: string; lastContact: boolean };

/** A foreign key between two tables: `table.column` points at `ref.refColumn`. `cascade`/`set null` or not. */
export type ForeignKey = {
  table: string;
  column: string;
  ref: string;
  refColumn: string;
  onDelete: 'a' | 'r' | 'c' | 'n' | 'd';
};

export const ident = (s: string) => sql.identifier(s);
export const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

const columnsOf = (inv: TableInventory) => new Set([...Object.keys(inv.personal), ...inv.other, ...inv.secret]);

/**
 * SQL true for the rows of `inv` that are the subject's: rows keyed to the contact, and — when the
 * contact is the company's last — rows keyed to the company; rows reached `via` a parent follow it.
 * A company-keyed table that also records the contact (an invoice's `contact_id`) gives the rows
 * this contact made even when colleagues remain. Null: no row of the table can be the subject's.
 */
export function ownRows(
  inv: TableInventory,
  byName: ReadonlyMap<string, TableInventory>,
  s: ErasureSubject,
): SQL | null {
  if (inv.subjectKey) {
    const cols = columnsOf(inv);
    const contactCol =
      inv.subjectKey.kind === 'contact' ? inv.subjectKey.column : cols.has('contact_id') ? 'contact_id' : null;
    const companyCol =
      inv.subjectKey.kind === 'company' ? inv.subjectKey.column : cols.has('company_id') ? 'company_id' : null;
    if (inv.subjectKey.kind === 'staff') return null;
    const parts: SQL[] = [];
    if (contactCol) parts.push(sql`${ident(contactCol)} = ${s.contactId}`);
    if (companyCol && s.lastContact) parts.push(sql`${ident(companyCol)} = ${s.companyId}`);
    return parts.length ? sql`(${sql.join(parts, sql` or `)})` : null;
  }
  if (inv.via) {
    const parent = byName.get(inv.via.parent);
    const cond = parent && ownRows(parent, byName, s);
    if (!cond) return null;
    const key = inv.via.asText ? sql`${ident(inv.via.parentColumn)}::text` : ident(inv.via.parentColumn);
    return sql`${ident(inv.via.column)} in (select ${key} from ${ident(inv.via.parent)} where ${cond})`;
  }
  return null;
}

/** The foreign keys among the database's tables (single-column), from the catalogue. */
export async function foreignKeys(db: Db): Promise<ForeignKey[]> {
  return rowsOf<ForeignKey>(
    await db.execute(sql`
      select cl.relname as "table", a.attname as "column", rf.relname as "ref", ra.attname as "refColumn",
             c.confdeltype as "onDelete"
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join pg_class rf on rf.oid = c.confrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
      where c.contype = 'f' and n.nspname = current_schema() and cardinality(c.conkey) = 1
      order by 1, 2`),
  );
}

/** Tables ordered so that a table comes before every table it points at (rows are deleted in this order). */
export function referencingFirst(tables: readonly string[], fks: readonly ForeignKey[]): string[] {
  const set = new Set(tables);
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  // A table is placed after every table that points at it.
  const visit = (t: string) => {
    if (state.get(t) === 'done' || state.get(t) === 'visiting') return;
    state.set(t, 'visiting');
    for (const fk of fks) if (fk.ref === t && fk.table !== t && set.has(fk.table)) visit(fk.table);
    state.set(t, 'done');
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/** Columns that may be set to null, per table (for minimising a kept row). */
export async function nullableColumns(db: Db): Promise<Map<string, Set<string>>> {
  const rows = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and is_nullable = 'YES'`),
  );
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!out.has(r.table_name)) out.set(r.table_name, new Set());
    out.get(r.table_name)!.add(r.column_name);
  }
  return out;
}

/** Per table, its primary key as one text expression (`id`, or `a|b` for a composite key). */
export async function rowKeys(db: Db): Promise<Map<string, SQL>> {
  const rows = rowsOf<{ table_name: string; columns: string[] }>(
    await db.execute(sql`
      select cl.relname as table_name, array_agg(a.attname::text order by k.ord) as columns
      from pg_index i
      join pg_class cl on cl.oid = i.indrelid
      join pg_namespace n on n.oid = cl.relnamespace
      cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indisprimary and n.nspname = current_schema()
      group by cl.relname`),
  );
  return new Map(
    rows.map((r) => [
      r.table_name,
      r.columns.length === 1
        ? sql`${ident(r.columns[0]!)}::text`
        : sql`concat_ws('|', ${sql.join(
            r.columns.map((c) => sql`${ident(c)}::text`),
            sql`, `,
          )})`,
    ]),
  );
}
