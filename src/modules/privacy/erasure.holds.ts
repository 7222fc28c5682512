import { sql, type SQL } from 'drizzle-orm';
import { retentionDeadline, retentionRules, type RetentionRuleId } from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { TableInventory } from './inventory.ts';
import type { RetentionTarget } from './retention.types.ts';
import { anchorMs, scope, tableName } from './retention.sql.ts';
import { ident, rowsOf, type ForeignKey } from './erasure.rows.ts';

/** Per kept row: the laws that keep it and, per law, the last day it is kept (null: while a claim is open). */
export type RowHolds = Map<string, Map<string, string | null>>;
/** Per table, its kept rows. */
export type Holds = Map<string, RowHolds>;

export const statutoryRules = retentionRules.filter((r) => r.kind === 'statutory');
const isStatutory = (rule: string) => statutoryRules.some((r) => r.id === rule);

const later = (a: string | null | undefined, b: string | null): string | null =>
  a === null || b === null ? null : a === undefined || b > a ? b : a;

function add(holds: Holds, table: string, id: string, rule: string, until: string | null): boolean {
  if (!holds.has(table)) holds.set(table, new Map());
  const rows = holds.get(table)!;
  if (!rows.has(id)) rows.set(id, new Map());
  const laws = rows.get(id)!;
  const before = laws.get(rule);
  const next = later(before, until);
  if (laws.has(rule) && before === next) return false;
  laws.set(rule, next);
  return true;
}

function merge(holds: Holds, table: string, id: string, from: Map<string, string | null>): boolean {
  let changed = false;
  for (const [rule, until] of from) changed = add(holds, table, id, rule, until) || changed;
  return changed;
}

/**
 * Which of the subject's rows a law still needs, decided by the retention targets: a statutory
 * target (Bokföringslagen, MDR) whose deadline has not passed for the row, and any statutory hold
 * (an open claim: an unpaid invoice, a legal hold). Then, until nothing changes: rows reached `via`
 * a kept row are kept with it, and a row that a kept row points at with a foreign key that would
 * block or cascade its deletion is kept too (the kept row must not lose it).
 */
export async function findHolds(
  db: Db,
  tables: ReadonlyMap<string, { inv: TableInventory; own: SQL }>,
  targets: readonly RetentionTarget[],
  fks: readonly ForeignKey[],
  keys: ReadonlyMap<string, SQL>,
  now: Date,
): Promise<Holds> {
  const keyOf = (table: string) => {
    const k = keys.get(table);
    if (!k) throw new Error(`erasure: ${table} has no primary key`);
    return k;
  };
  const holds: Holds = new Map();
  for (const [name, { own }] of tables) {
    for (const target of targets.filter((t) => tableName(t.table) === name)) {
      if (isStatutory(target.rule)) {
        const rows = rowsOf<{ id: string; ms: number }>(
          await db.execute(
            sql`select ${target.key}::text as id, ${anchorMs(target.anchor)} as ms from ${ident(name)} where ${own} and ${scope(target)}`,
          ),
        );
        for (const r of rows) {
          const deadline = retentionDeadline(target.rule as RetentionRuleId, new Date(Number(r.ms)));
          if (deadline.getTime() >= now.getTime())
            add(holds, name, r.id, target.rule, deadline.toISOString().slice(0, 10));
        }
      }
      // Open claims keep rows until settled. (A target's other statutory holds only stretch its own
      // deadline, which the rule above already keeps.)
      for (const hold of (target.holds ?? []).filter((h) => h.rule === 'legal_claim')) {
        const rows = rowsOf<{ id: string }>(
          await db.execute(sql`select ${target.key}::text as id from ${ident(name)} where ${own} and (${hold.when})`),
        );
        for (const r of rows) add(holds, name, r.id, hold.rule, null);
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, { inv, own }] of tables) {
      if (inv.via && holds.get(inv.via.parent)?.size) {
        const parentRows = holds.get(inv.via.parent)!;
        const col = inv.via.asText ? ident(inv.via.column) : sql`${ident(inv.via.column)}::text`;
        const rows = rowsOf<{ id: string; parent: string }>(
          await db.execute(
            sql`select ${keyOf(name)} as id, ${col} as parent from ${ident(name)} where ${own} and ${col} in (select unnest(${sql.param([...parentRows.keys()])}::text[]))`,
          ),
        );
        for (const r of rows) changed = merge(holds, name, r.id, parentRows.get(r.parent)!) || changed;
      }
      for (const fk of fks.filter((f) => f.table === name && f.onDelete !== 'n' && f.onDelete !== 'd')) {
        const kept = holds.get(name);
        const ref = tables.get(fk.ref);
        if (!kept?.size || !ref || fk.ref === name) continue;
        const rows = rowsOf<{ id: string; ref: string }>(
          await db.execute(
            sql`select ${keyOf(name)} as id, ${ident(fk.column)}::text as ref from ${ident(name)}
                where ${tables.get(name)!.own} and ${keyOf(name)} in (select unnest(${sql.param([...kept.keys()])}::text[]))
                  and ${ident(fk.column)} is not null`,
          ),
        );
        if (!rows.length) continue;
        const found = rowsOf<{ id: string; key: string }>(
          await db.execute(
            sql`select ${keyOf(fk.ref)} as id, ${ident(fk.refColumn)}::text as key from ${ident(fk.ref)}
                where ${ref.own} and ${ident(fk.refColumn)}::text in (select unnest(${sql.param([...new Set(rows.map((r) => r.ref))])}::text[]))`,
          ),
        );
        const idsByKey = new Map<string, string[]>();
        for (const f of found) idsByKey.set(f.key, [...(idsByKey.get(f.key) ?? []), f.id]);
        for (const r of rows)
          for (const id of idsByKey.get(r.ref) ?? []) changed = merge(holds, fk.ref, id, kept.get(r.id)!) || changed;
      }
    }
  }
  return holds;
}
