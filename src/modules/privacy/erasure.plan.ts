import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { categories, recipients, type CategoryId } from '#src/modules/policy/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { TableInventory } from './inventory.ts';
import type { RetentionTarget } from './retention.types.ts';
import { findHolds, statutoryRules, type Holds } from './erasure.holds.ts';
import {
  foreignKeys,
  ident,
  nullableColumns,
  ownRows,
  referencingFirst,
  rowKeys,
  rowsOf,
  type ErasureSubject,
} from './erasure.rows.ts';
import { suppressionChannels } from './suppression.ts';

export type Bilingual = { sv: string; en: string };
export type PlanLaw = { rule: string; citation: string; name: Bilingual; until: string | null };

/** What an erasure will do, shown to the privacy officer before it runs and quoted (by hash) to run it. */
export type ErasurePlan = {
  requestId: string;
  computedAt: string;
  planHash: string;
  subject: { contactId: string; companyId: string; companyName: string; lastContact: boolean };
  erase: { table: string; title: Bilingual; rows: number }[];
  minimise: { table: string; title: Bilingual; rows: number; cleared: Bilingual; laws: PlanLaw[] }[];
  keep: { table: string; title: Bilingual; rows: number; reason: Bilingual; laws: PlanLaw[] }[];
  files: number;
  recipients: { id: string; name: Bilingual; disclosures: number; categories: string[] }[];
  suppression: boolean;
};

/** A group of kept rows of one table with the same laws: the columns to clear and the ids. */
export type KeptGroup = { table: string; own: SQL; key: SQL; ids: string[]; laws: PlanLaw[]; cleared: string[] };

/** The plan and what carrying it out needs (in the same transaction that computed it). */
export type ErasureWork = {
  plan: ErasurePlan;
  subject: ErasureSubject;
  /** Tables in deletion order, each with its own-rows condition. */
  deletions: { table: string; own: SQL; key: SQL | undefined; keptIds: string[] }[];
  kept: KeptGroup[];
  companyKept: boolean;
  suppressChannels: string[];
};

const technicalTitles: Record<string, Bilingual> = {
  customer_sessions: { sv: 'Inloggningar', en: 'Sign-ins' },
  customer_tokens: { sv: 'Engångslänkar (bekräftelse, återställning)', en: 'One-time links (confirmation, reset)' },
};

const labelOf = (id: CategoryId) => categories.find((c) => c.id === id)!.label;

export function tableTitle(inv: TableInventory): Bilingual {
  if (inv.title) return inv.title;
  const ids = [...new Set(Object.values(inv.personal).map((c) => c.category))];
  if (ids.length === 0) return technicalTitles[inv.table] ?? { sv: 'Tekniska uppgifter', en: 'Technical data' };
  const labels = ids.map(labelOf);
  return { sv: labels.map((l) => l.sv).join(', '), en: labels.map((l) => l.en).join(', ') };
}

function lawOf(rule: string, until: string | null): PlanLaw {
  const def = statutoryRules.find((r) => r.id === rule)!;
  return { rule, citation: def.law.citation, name: def.law.name, until };
}

const allowedBy = (rules: string[]) =>
  new Set(rules.flatMap((r) => (statutoryRules.find((s) => s.id === r)?.categories ?? []) as string[]));

/** The same plan gives the same hash; the time it was computed is not part of it. */
export function planHashOf(plan: Omit<ErasurePlan, 'planHash' | 'computedAt'>): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

/** Reads everything an erasure of the contact would touch and decides, row by row, delete or keep. */
export async function planErasure(
  db: Db,
  deps: { inventory: readonly TableInventory[]; targets: readonly RetentionTarget[]; now: Date },
  requestId: string,
  contactId: string,
): Promise<ErasureWork> {
  const [me] = rowsOf<{ company_id: string; name: string; others: number }>(
    await db.execute(sql`
      select c.company_id, co.name,
             (select count(*)::int from contacts o where o.company_id = c.company_id and o.id <> c.id) as others
      from contacts c join companies co on co.id = c.company_id where c.id = ${contactId}`),
  );
  if (!me) throw new AppError('not_found', 'Kontot finns inte längre / The account no longer exists');
  const subject: ErasureSubject = { contactId, companyId: me.company_id, lastContact: me.others === 0 };
  const byName = new Map(deps.inventory.map((t) => [t.table, t]));
  const tables = new Map<string, { inv: TableInventory; own: SQL }>();
  for (const inv of deps.inventory) {
    if (inv.scope !== 'customer') continue;
    const own = ownRows(inv, byName, subject);
    if (own) tables.set(inv.table, { inv, own });
  }
  const fks = await foreignKeys(db);
  const keys = await rowKeys(db);
  const holds: Holds = await findHolds(db, tables, deps.targets, fks, keys, deps.now);
  const nullable = await nullableColumns(db);

  // A table without a title of its own is shown with the nearest titled table it belongs to
  // (an order's lines with the order); it is handled all the same.
  const shownAs = (name: string): string | null => {
    const inv = byName.get(name);
    if (!inv || inv.title || !inv.via) return name;
    return tables.has(inv.via.parent) ? shownAs(inv.via.parent) : name;
  };
  const erase: ErasurePlan['erase'] = [];
  const minimise: ErasurePlan['minimise'] = [];
  const keep: ErasurePlan['keep'] = [];
  const kept: KeptGroup[] = [];
  const deletions: ErasureWork['deletions'] = [];
  for (const name of referencingFirst([...tables.keys()], fks)) {
    const { inv, own } = tables.get(name)!;
    const keptRows = holds.get(name) ?? new Map<string, Map<string, string | null>>();
    const [count] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${ident(name)} where ${own}`),
    );
    const total = Number(count?.n ?? 0);
    if (total === 0) continue;
    const shown = shownAs(name) === name;
    if (shown && total > keptRows.size)
      erase.push({ table: name, title: tableTitle(inv), rows: total - keptRows.size });
    deletions.push({ table: name, own, key: keys.get(name), keptIds: [...keptRows.keys()] });
    // Kept rows, grouped by the laws that keep them.
    const groups = new Map<string, { ids: string[]; laws: Map<string, string | null> }>();
    for (const [id, laws] of keptRows) {
      const key = [...laws.keys()].sort().join('+');
      const g = groups.get(key) ?? { ids: [] as string[], laws: new Map<string, string | null>() };
      g.ids.push(id);
      for (const [rule, until] of laws) {
        const seen = g.laws.get(rule);
        g.laws.set(rule, seen === null || until === null ? null : seen === undefined || until > seen ? until : seen);
      }
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const rules = [...g.laws.keys()].sort();
      const allowed = allowedBy(rules);
      const cleared = Object.entries(inv.personal)
        .filter(([, c]) => !allowed.has(c.category))
        .map(([col]) => col);
      const notNullable = cleared.filter((c) => !nullable.get(name)?.has(c));
      if (notNullable.length)
        throw new Error(`erasure: ${name}.${notNullable.join(', ')} must be cleared on kept rows but cannot be null`);
      const laws = rules.map((r) => lawOf(r, g.laws.get(r)!));
      kept.push({ table: name, own, key: keys.get(name)!, ids: g.ids, laws, cleared });
      if (!shown) continue;
      const title = tableTitle(inv);
      if (cleared.length) {
        const gone = [...new Set(cleared.map((c) => inv.personal[c]!.category))].map(labelOf);
        minimise.push({
          table: name,
          title,
          rows: g.ids.length,
          cleared: { sv: gone.map((l) => l.sv).join(', '), en: gone.map((l) => l.en).join(', ') },
          laws,
        });
      } else {
        keep.push({
          table: name,
          title,
          rows: g.ids.length,
          reason: {
            sv: 'Lagen kräver uppgifterna; de spärras och används bara för det lagen kräver.',
            en: 'The law requires the data; it is restricted and used only for what the law requires.',
          },
          laws,
        });
      }
    }
  }

  const disclosed = rowsOf<{ recipient: string; n: number; categories: string[] }>(
    await db.execute(sql`
      select recipient, count(*)::int as n, categories from disclosures
      where (subject_type = 'contact' and subject_id = ${contactId})
         or (${subject.lastContact} and subject_type = 'company' and subject_id = ${subject.companyId})
      group by recipient, categories order by recipient`),
  );
  const byRecipient = new Map<string, { n: number; categories: Set<string> }>();
  for (const d of disclosed) {
    const r = byRecipient.get(d.recipient) ?? { n: 0, categories: new Set<string>() };
    r.n += Number(d.n);
    for (const c of d.categories) r.categories.add(c);
    byRecipient.set(d.recipient, r);
  }
  const suppressChannels = await suppressionChannels(db, subject);
  const body = {
    requestId,
    subject: { ...subject, companyName: me.name },
    erase,
    minimise,
    keep,
    files: 0,
    recipients: [...byRecipient].map(([id, r]) => ({
      id,
      name: recipients.find((x) => x.id === id)?.name ?? { sv: id, en: id },
      disclosures: r.n,
      categories: [...r.categories].sort(),
    })),
    suppression: suppressChannels.length > 0,
  };
  const plan: ErasurePlan = { ...body, planHash: planHashOf(body), computedAt: deps.now.toISOString() };
  const companyKept = subject.lastContact && (holds.get('companies')?.size ?? 0) > 0;
  return { plan, subject, deletions, kept, companyKept, suppressChannels };
}
