import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { TableInventory } from '#src/modules/privacy/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerSessions, customerTokens } from './accounts.tables.ts';
import { keptLaws, lawsKeeping, tableTitle, type Bilingual, type KeptLaw } from './termination.rules.ts';

/**
 * Account termination (§6): the plan shown before the customer confirms, and the same plan
 * carried out in one transaction. The customers module's own rows are handled here by name;
 * other modules' rows are found through their foreign keys to `contacts` and `companies` and
 * handled as their inventory declarations say (termination.rules.ts).
 */

export type DeletedItem = { id: string; title: Bilingual; detail: Bilingual; count: number | null };
export type KeptItem = { id: string; title: Bilingual; detail: Bilingual; count: number; laws: KeptLaw[] };

export type TerminationPlan = {
  company: { name: string; orgNr: string };
  /** The last contact of the company: the company's own data is handled too. */
  lastContact: boolean;
  /** The colleague who becomes the company's administrator when the administrator leaves. */
  newAdmin: { fullName: string } | null;
  deletedNow: DeletedItem[];
  kept: KeptItem[];
};

type Link = { table: TableInventory; column: string; ref: 'contacts' | 'companies'; onDelete: string };
type Holding = Link & { count: number; latest: Date | null; laws: ReturnType<typeof lawsKeeping> };

type Step = (tx: Db) => Promise<unknown>;

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** Other modules' tables that point at a contact or a company, with the column that does. */
async function findLinks(tx: Db, inventory: readonly TableInventory[]): Promise<Link[]> {
  const fks = rowsOf<{ table_name: string; column_name: string; ref: string; on_delete: string }>(
    await tx.execute(sql`
      select cl.relname as table_name, a.attname as column_name, rf.relname as ref, c.confdeltype as on_delete
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join pg_class rf on rf.oid = c.confrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and n.nspname = current_schema() and rf.relname in ('contacts', 'companies')
      order by 1, 2`),
  );
  return fks.flatMap((fk) => {
    const table = inventory.find((t) => t.table === fk.table_name);
    if (!table || table.module === 'customers' || table.scope !== 'customer') return [];
    return [{ table, column: fk.column_name, ref: fk.ref as Link['ref'], onDelete: fk.on_delete }];
  });
}

async function timestampColumns(tx: Db): Promise<Map<string, string[]>> {
  const rows = rowsOf<{ table_name: string; column_name: string }>(
    await tx.execute(sql`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type like 'timestamp%' order by 1, 2`),
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return out;
}

async function holdingOf(tx: Db, link: Link, id: string, stamps: Map<string, string[]>): Promise<Holding> {
  const laws = lawsKeeping(link.table);
  const dated = (stamps.get(link.table.table) ?? []).filter((c) => c in link.table.personal);
  const latest = dated.length
    ? sql`greatest(${sql.join(
        dated.map((c) => sql`max(${sql.identifier(c)})`),
        sql`, `,
      )})`
    : sql`null::timestamptz`;
  const [row] = rowsOf<{ n: number; latest: number | null }>(
    await tx.execute(
      sql`select count(*)::int as n, extract(epoch from ${latest})::float8 as latest from ${sql.identifier(link.table.table)} where ${sql.identifier(link.column)} = ${id}`,
    ),
  );
  if (laws.length > 0 && link.ref === 'contacts' && link.onDelete === 'c') {
    throw new Error(`${link.table.table}.${link.column}: kept by law but deleted with the contact (on delete cascade)`);
  }
  return {
    ...link,
    count: Number(row?.n ?? 0),
    latest: row?.latest == null ? null : new Date(row.latest * 1000),
    laws,
  };
}

const text = {
  signIn: {
    title: { sv: 'Inloggning och sessioner', en: 'Sign-in and sessions' },
    detail: (sessions: number): Bilingual => ({
      sv: `Ditt lösenord (sparat som hashvärde), bekräftelsen av din e-postadress, ${sessions} ${sessions === 1 ? 'inloggning' : 'inloggningar'} och länkar som ännu inte använts.`,
      en: `Your password (stored as a hash), the confirmation of your e-mail address, ${sessions} ${sessions === 1 ? 'sign-in' : 'sign-ins'} and links not yet used.`,
    }),
  },
  profile: {
    title: { sv: 'Dina kontaktuppgifter i kundkontot', en: 'Your contact details in the customer account' },
    detail: {
      sv: 'Namn, e-postadress och telefonnummer. Ingen lag kräver att vi sparar dem.',
      en: 'Name, e-mail address and phone number. No law requires us to keep them.',
    },
  },
  deletedRows: (n: number): Bilingual => ({
    sv: `${n} ${n === 1 ? 'post' : 'poster'}. Ingen lag kräver att vi sparar dem.`,
    en: `${n} ${n === 1 ? 'record' : 'records'}. No law requires us to keep them.`,
  }),
  keptOwn: (n: number): Bilingual => ({
    sv: `${n} ${n === 1 ? 'post' : 'poster'} som du har gjort. De finns kvar i företagets bokföring men kopplas bort från dig; ditt namn och din e-postadress sparas inte med dem.`,
    en: `${n} ${n === 1 ? 'record' : 'records'} you made. They stay in the company's books but are no longer linked to you; your name and e-mail address are not kept with them.`,
  }),
  keptCompany: (n: number): Bilingual => ({
    sv: `Företagets ${n} ${n === 1 ? 'post' : 'poster'}. De är spärrade: vi använder dem bara för det lagen kräver.`,
    en: `The company's ${n} ${n === 1 ? 'record' : 'records'}. They are restricted: we use them only for what the law requires.`,
  }),
  company: {
    title: { sv: 'Företagets uppgifter i kundkontot', en: "The company's details in the customer account" },
    detail: {
      sv: 'Företagets namn, organisationsnummer och adress, och inbjudningar som inte har besvarats.',
      en: "The company's name, organisation number and address, and invitations not yet answered.",
    },
    keptTitle: {
      sv: 'Företagets namn, organisationsnummer och adress',
      en: "The company's name, organisation number and address",
    },
    keptDetail: {
      sv: 'Som köpare i de poster som lagen kräver att vi sparar. Uppgifterna är spärrade och raderas när den sista av dem raderas.',
      en: 'As the buyer in the records the law requires us to keep. They are restricted and deleted with the last of those records.',
    },
  },
};

/** The plan for a contact's termination, and the steps that carry it out (in the caller's transaction). */
export async function planTermination(
  tx: Db,
  inventory: readonly TableInventory[],
  contactId: string,
  now: Date,
): Promise<{ plan: TerminationPlan; steps: Step[] }> {
  const [me] = await tx
    .select({ id: contacts.id, companyId: contacts.companyId, admin: contacts.companyAdmin, company: companies })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(eq(contacts.id, contactId));
  if (!me) throw new AppError('not_found', 'Kontot finns inte / No such account');
  const colleagues = await tx
    .select({ id: contacts.id, fullName: contacts.fullName })
    .from(contacts)
    .where(and(eq(contacts.companyId, me.companyId), ne(contacts.id, contactId)))
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
  const lastContact = colleagues.length === 0;
  const successor = me.admin && !lastContact ? colleagues[0]! : null;
  const [sessions] = await tx
    .select({ n: count() })
    .from(customerSessions)
    .where(eq(customerSessions.contactId, contactId));

  const links = await findLinks(tx, inventory);
  const stamps = await timestampColumns(tx);
  // The last contact: a table linked both ways is counted by company (all its rows), else by contact.
  const companyLinked = new Set(links.filter((l) => l.ref === 'companies').map((l) => l.table.table));
  const relevant = links.filter((l) =>
    l.ref === 'contacts' ? !(lastContact && companyLinked.has(l.table.table)) : lastContact,
  );
  const holdings: Holding[] = [];
  for (const l of relevant)
    holdings.push(await holdingOf(tx, l, l.ref === 'contacts' ? contactId : me.companyId, stamps));
  const present = holdings.filter((h) => h.count > 0);
  const deletedHere = present.filter((h) => h.laws.length === 0);
  const keptHere = present.filter((h) => h.laws.length > 0);
  const companyKept = lastContact && keptHere.some((h) => h.ref === 'companies');

  const deletedNow: DeletedItem[] = [
    { id: 'sign_in', title: text.signIn.title, detail: text.signIn.detail(sessions?.n ?? 0), count: null },
    { id: 'profile', title: text.profile.title, detail: text.profile.detail, count: null },
    ...deletedHere.map((h) => ({
      id: h.table.table,
      title: tableTitle(h.table),
      detail: text.deletedRows(h.count),
      count: h.count,
    })),
    ...(lastContact && !companyKept
      ? [{ id: 'company', title: text.company.title, detail: text.company.detail, count: null }]
      : []),
  ];
  const kept: KeptItem[] = keptHere.map((h) => ({
    id: h.table.table,
    title: tableTitle(h.table),
    detail: h.ref === 'contacts' ? text.keptOwn(h.count) : text.keptCompany(h.count),
    count: h.count,
    laws: keptLaws(h.laws, h.latest ?? now),
  }));
  if (companyKept) {
    // The company's details are kept as long as the records that name it as buyer: each law's latest deadline.
    const byRule = new Map<string, KeptLaw>();
    for (const h of keptHere.filter((k) => k.ref === 'companies')) {
      for (const law of keptLaws(h.laws, h.latest ?? now)) {
        const seen = byRule.get(law.rule);
        if (!seen || seen.until < law.until) byRule.set(law.rule, law);
      }
    }
    kept.push({
      id: 'company',
      title: text.company.keptTitle,
      detail: text.company.keptDetail,
      count: 1,
      laws: [...byRule.values()],
    });
  }

  const plan: TerminationPlan = {
    company: { name: me.company.name, orgNr: me.company.orgNr },
    lastContact,
    newAdmin: successor ? { fullName: successor.fullName } : null,
    deletedNow,
    kept,
  };

  const steps: Step[] = [
    ...deletedHere.map(
      (h): Step =>
        (t) =>
          t.execute(
            sql`delete from ${sql.identifier(h.table.table)} where ${sql.identifier(h.column)} = ${h.ref === 'contacts' ? contactId : me.companyId}`,
          ),
    ),
    ...(successor
      ? [(t: Db) => t.update(contacts).set({ companyAdmin: true }).where(eq(contacts.id, successor.id))]
      : []),
    // Sessions and links go with the contact (on delete cascade); kept rows lose their link to it.
    (t) => t.delete(customerSessions).where(eq(customerSessions.contactId, contactId)),
    (t) => t.delete(customerTokens).where(eq(customerTokens.contactId, contactId)),
    (t) => t.delete(contacts).where(eq(contacts.id, contactId)),
    ...(lastContact
      ? [
          (t: Db) => t.delete(customerTokens).where(eq(customerTokens.companyId, me.companyId)),
          companyKept
            ? (t: Db) => t.update(companies).set({ terminatedAt: now }).where(eq(companies.id, me.companyId))
            : (t: Db) => t.delete(companies).where(eq(companies.id, me.companyId)),
        ]
      : []),
  ];
  return { plan, steps };
}
