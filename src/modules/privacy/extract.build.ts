import { sql, type SQL } from 'drizzle-orm';
import {
  categories,
  controller,
  retentionDeadline,
  type CategoryId,
  type RetentionRuleId,
} from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { explain } from './extract.explain.ts';
import type { RegisterExtract } from './extract.schema.ts';
import type { PersonalColumn, TableInventory } from './inventory.ts';
import type { RetentionTarget } from './retention.types.ts';
import { tableName } from './retention.sql.ts';

type Subject = { contactId: string; companyId: string | null };
type Row = Record<string, unknown>;

const ident = (s: string) => sql.identifier(s);

/** SQL true for the rows of `inv` that belong to the subject (directly or through parents); null: none can. */
function belongs(inv: TableInventory, byName: Map<string, TableInventory>, s: Subject): SQL | null {
  if (inv.subjectKey) {
    if (inv.subjectKey.kind === 'contact') return sql`${ident(inv.subjectKey.column)} = ${s.contactId}`;
    if (inv.subjectKey.kind === 'company' && s.companyId) return sql`${ident(inv.subjectKey.column)} = ${s.companyId}`;
    return null;
  }
  if (inv.via) {
    const parent = byName.get(inv.via.parent);
    const cond = parent && belongs(parent, byName, s);
    if (!cond) return null;
    const key = inv.via.asText ? sql`${ident(inv.via.parentColumn)}::text` : ident(inv.via.parentColumn);
    return sql`${ident(inv.via.column)} in (select ${key} from ${ident(inv.via.parent)} where ${cond})`;
  }
  return null;
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
const plain = plainValue;

async function select(db: Db, q: SQL): Promise<Row[]> {
  return ((await db.execute(q)) as unknown as { rows: Row[] }).rows;
}

/**
 * Everything held about a contact person, from every table the inventory declares: each row with
 * its personal values, when it will be deleted under its rule, and per category why it is held.
 * The inventory drives it: a module that declares its tables (and how their rows reach a contact
 * or company: `subjectKey`, or `via` a parent row) is in the extract without changes here.
 */
export async function buildExtract(
  db: Db,
  deps: { inventory: readonly TableInventory[]; targets: readonly RetentionTarget[]; now: Date },
  contactId: string,
): Promise<RegisterExtract> {
  const [contact] = await select(db, sql`select company_id from contacts where id = ${contactId}`);
  const s: Subject = { contactId, companyId: (contact?.company_id as string | undefined) ?? null };
  const byName = new Map(deps.inventory.map((t) => [t.table, t]));
  const sections: RegisterExtract['sections'] = [];
  const notLinked: RegisterExtract['notLinked'] = [];
  for (const inv of deps.inventory) {
    const personal = Object.entries(inv.personal);
    if (inv.scope !== 'customer' || personal.length === 0) continue;
    const cond = belongs(inv, byName, s);
    if (!cond) {
      notLinked.push({
        table: inv.table,
        why: {
          sv: 'Uppgifterna är pseudonyma (till exempel hashade) och kan inte kopplas till dig.',
          en: 'The data is pseudonymous (e.g. hashed) and cannot be linked to you.',
        },
      });
      continue;
    }
    const rows = (await select(db, sql`select to_jsonb(x) as row from ${ident(inv.table)} x where ${cond}`)).map(
      (r) => (typeof r.row === 'string' ? JSON.parse(r.row) : r.row) as Row,
    );
    if (rows.length === 0) continue;
    const target = deps.targets.find(
      (t) =>
        t.action === 'delete' && tableName(t.table) === inv.table && personal.some(([, c]) => c.retention === t.rule),
    );
    const byCategory = new Map<CategoryId, PersonalColumn[]>();
    for (const [, col] of personal) byCategory.set(col.category, [...(byCategory.get(col.category) ?? []), col]);
    const labels = [...byCategory.keys()].map((id) => categories.find((c) => c.id === id)!.label);
    sections.push({
      table: inv.table,
      module: inv.module,
      title: { sv: labels.map((l) => l.sv).join(', '), en: labels.map((l) => l.en).join(', ') },
      columns: Object.fromEntries(personal.map(([column, col]) => [column, col.category])),
      rows: rows.map((row) => {
        const anchor = target ? row[target.anchor.name] : null;
        const keptUntil =
          target && anchor
            ? retentionDeadline(target.rule as RetentionRuleId, new Date(anchor as string))
                .toISOString()
                .slice(0, 10)
            : null;
        const values: RegisterExtract['sections'][number]['rows'][number]['values'] = {};
        for (const [column] of personal)
          if (row[column] !== null && row[column] !== undefined) values[column] = plain(row[column]);
        return { keptUntil, values };
      }),
      explanations: [...byCategory].map(([category, cols]) => explain(category, cols, 'account_contact')),
    });
  }
  const accessLog = await select(
    db,
    sql`select at, actor_role, purpose, categories, action from access_log
         where (subject_type = 'contact' and subject_id = ${contactId}) order by seq`,
  );
  const disclosures = await select(
    db,
    sql`select at, recipient, purpose, categories, reference from disclosures
         where (subject_type = 'contact' and subject_id = ${contactId})
            or (subject_type = 'company' and subject_id = ${s.companyId ?? ''}) order by at`,
  );
  return {
    format: 'kliniksupport.register-extract',
    version: 1,
    generatedAt: deps.now.toISOString(),
    controller: { name: controller.name, orgNr: controller.orgNr, email: controller.email },
    subject: { type: 'account_contact', contactId, companyId: s.companyId },
    sections,
    accessLog: accessLog.map((r) => ({
      at: plain(r.at) as string,
      role: String(r.actor_role ?? ''),
      purpose: String(r.purpose ?? ''),
      categories: (r.categories as string[] | null) ?? [],
      action: String(r.action),
    })),
    disclosures: disclosures.map((r) => ({
      at: plain(r.at) as string,
      recipient: String(r.recipient),
      purpose: String(r.purpose),
      categories: (r.categories as string[]) ?? [],
      reference: String(r.reference),
    })),
    notLinked,
  };
}
