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
import { columnKinds, plainValue, readAnchor, readColumn, valueOf, type ValueKind } from './extract.values.ts';

export { plainValue };

/** An account contact (and their company), or a prospect registered under consent (§8). */
type Subject =
  { kind: 'contact'; contactId: string; companyId: string | null } | { kind: 'prospect'; prospectId: string };
type Row = Record<string, unknown>;

const ident = (s: string) => sql.identifier(s);

const columnsOf = (inv: TableInventory) => new Set([...Object.keys(inv.personal), ...inv.other, ...inv.secret]);

/**
 * SQL true for the rows of `inv` that belong to the subject (directly or through parents); null:
 * none can be linked (pseudonymous data); undefined: the table is about another kind of data
 * subject (a prospect's sign-up for a contact, an account's data for a prospect).
 */
function belongs(inv: TableInventory, byName: Map<string, TableInventory>, s: Subject): SQL | null | undefined {
  if (inv.subjectKey) {
    const kind = inv.subjectKey.kind;
    const col = ident(inv.subjectKey.column);
    if (s.kind === 'prospect') {
      if (kind === 'prospect') return sql`${col} = ${s.prospectId}`;
      // A table keyed by contact that also records prospects (a consent: one or the other).
      return columnsOf(inv).has('prospect_id') ? sql`prospect_id = ${s.prospectId}` : undefined;
    }
    if (kind === 'contact') return sql`${col} = ${s.contactId}`;
    if (kind === 'company') return s.companyId ? sql`${col} = ${s.companyId}` : null;
    return kind === 'prospect' ? undefined : null;
  }
  if (inv.via) {
    const parent = byName.get(inv.via.parent);
    const cond = parent && belongs(parent, byName, s);
    if (!cond) return cond === undefined && parent ? undefined : null;
    const key = inv.via.asText ? sql`${ident(inv.via.parentColumn)}::text` : ident(inv.via.parentColumn);
    return sql`${ident(inv.via.column)} in (select ${key} from ${ident(inv.via.parent)} where ${cond})`;
  }
  return s.kind === 'prospect' ? undefined : null;
}

const plain = plainValue;

async function select(db: Db, q: SQL): Promise<Row[]> {
  return ((await db.execute(q)) as unknown as { rows: Row[] }).rows;
}

type SectionRow = RegisterExtract['sections'][number]['rows'][number];

/**
 * The rows of one table that belong to the subject: the personal columns read by type (see
 * extract.values.ts), and the last day each row is kept under its retention target. The deadline
 * moves by whole days, months or years, so it depends only on the anchor's UTC day: it is
 * worked out once per day.
 */
async function sectionRows(
  db: Db,
  table: string,
  cond: SQL,
  personal: [string, PersonalColumn][],
  kindOf: Map<string, ValueKind> | undefined,
  target: RetentionTarget | undefined,
): Promise<SectionRow[]> {
  const columns = personal.map(([column]) => column);
  const kinds = columns.map((c) => kindOf?.get(c) ?? 'json');
  const aliases = columns.map((_, i) => `v${i}`);
  const list = columns.map((c, i) => sql`${readColumn(c, kinds[i]!)} as ${ident(aliases[i]!)}`);
  const anchor = target?.anchor.name;
  if (anchor) list.push(sql`${readAnchor(anchor, kindOf?.get(anchor) ?? 'json')} as ${ident('k')}`);
  const rows = await select(db, sql`select ${sql.join(list, sql`, `)} from ${ident(table)} where ${cond}`);
  const deadline = (a: string) =>
    retentionDeadline(target!.rule as RetentionRuleId, new Date(a))
      .toISOString()
      .slice(0, 10);
  const byDay = new Map<string, string>();
  const keptUntilOf = (a: unknown): string | null => {
    if (typeof a !== 'string' || a === '') return null;
    if (!(a.length === 10 || (a.length === 24 && a.endsWith('Z'))) || !ISO_DAY.test(a)) return deadline(a);
    const day = a.slice(0, 10);
    let d = byDay.get(day);
    if (d === undefined) byDay.set(day, (d = deadline(a)));
    return d;
  };
  const n = columns.length;
  const out: SectionRow[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const values: SectionRow['values'] = {};
    for (let i = 0; i < n; i++) {
      const v = valueOf(row[aliases[i]!], kinds[i]!);
      if (v !== undefined) values[columns[i]!] = v;
    }
    out[r] = { keptUntil: anchor ? keptUntilOf(row.k) : null, values };
  }
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * Everything held about a contact person, from every table the inventory declares: each row with
 * its personal values, when it will be deleted under its rule, and per category why it is held.
 * The inventory drives it: a module that declares its tables (and how their rows reach a contact
 * or company: `subjectKey`, or `via` a parent row) is in the extract without changes here.
 */
export async function buildExtract(db: Db, deps: ExtractDeps, contactId: string): Promise<RegisterExtract> {
  const [contact] = await select(db, sql`select company_id from contacts where id = ${contactId}`);
  return build(db, deps, {
    kind: 'contact',
    contactId,
    companyId: (contact?.company_id as string | undefined) ?? null,
  });
}

/** The extract of a prospect (a person registered only under their consent, §8): their sign-up and consents. */
export async function buildProspectExtract(db: Db, deps: ExtractDeps, prospectId: string): Promise<RegisterExtract> {
  return build(db, deps, { kind: 'prospect', prospectId });
}

type ExtractDeps = { inventory: readonly TableInventory[]; targets: readonly RetentionTarget[]; now: Date };

async function build(db: Db, deps: ExtractDeps, s: Subject): Promise<RegisterExtract> {
  const subjectId = s.kind === 'contact' ? s.contactId : s.prospectId;
  const byName = new Map(deps.inventory.map((t) => [t.table, t]));
  const kinds = await columnKinds(
    db,
    deps.inventory.filter((t) => t.scope === 'customer').map((t) => t.table),
  );
  const sections: RegisterExtract['sections'] = [];
  const notLinked: RegisterExtract['notLinked'] = [];
  for (const inv of deps.inventory) {
    const personal = Object.entries(inv.personal);
    if (inv.scope !== 'customer' || personal.length === 0) continue;
    const cond = belongs(inv, byName, s);
    if (cond === undefined) continue;
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
    const target = deps.targets.find(
      (t) =>
        t.action === 'delete' && tableName(t.table) === inv.table && personal.some(([, c]) => c.retention === t.rule),
    );
    const rows = await sectionRows(db, inv.table, cond, personal, kinds.get(inv.table), target);
    if (rows.length === 0) continue;
    const byCategory = new Map<CategoryId, PersonalColumn[]>();
    for (const [, col] of personal) byCategory.set(col.category, [...(byCategory.get(col.category) ?? []), col]);
    const labels = [...byCategory.keys()].map((id) => categories.find((c) => c.id === id)!.label);
    sections.push({
      table: inv.table,
      module: inv.module,
      title: { sv: labels.map((l) => l.sv).join(', '), en: labels.map((l) => l.en).join(', ') },
      columns: Object.fromEntries(personal.map(([column, col]) => [column, col.category])),
      rows,
      explanations: [...byCategory].map(([category, cols]) =>
        explain(category, cols, s.kind === 'contact' ? 'account_contact' : 'consenting_prospect'),
      ),
    });
  }
  const accessLog = await select(
    db,
    sql`select at, actor_role, purpose, categories, action from access_log
         where (subject_type = ${s.kind} and subject_id = ${subjectId}) order by seq`,
  );
  const disclosures = await select(
    db,
    sql`select at, recipient, purpose, categories, reference from disclosures
         where (subject_type = ${s.kind} and subject_id = ${subjectId})
            or (subject_type = 'company' and subject_id = ${(s.kind === 'contact' && s.companyId) || ''}) order by at`,
  );
  return {
    format: 'kliniksupport.register-extract',
    version: 1,
    generatedAt: deps.now.toISOString(),
    controller: { name: controller.name, orgNr: controller.orgNr, email: controller.email },
    subject:
      s.kind === 'contact'
        ? { type: 'account_contact', contactId: s.contactId, companyId: s.companyId }
        : { type: 'consenting_prospect', contactId: null, companyId: null, prospectId: s.prospectId },
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
