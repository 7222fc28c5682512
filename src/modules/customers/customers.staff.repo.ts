import { eq, ilike, or } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { companies, contacts } from './customers.tables.ts';

const contactColumns = {
  id: contacts.id,
  companyId: contacts.companyId,
  fullName: contacts.fullName,
  email: contacts.email,
  phone: contacts.phone,
  companyAdmin: contacts.companyAdmin,
  emailVerifiedAt: contacts.emailVerifiedAt,
  createdAt: contacts.createdAt,
};
const companyColumns = {
  id: companies.id,
  orgNr: companies.orgNr,
  name: companies.name,
  legalForm: companies.legalForm,
  naturalPerson: companies.naturalPerson,
  street: companies.street,
  postalCode: companies.postalCode,
  city: companies.city,
  createdAt: companies.createdAt,
};

export type ContactRow = Awaited<ReturnType<typeof findContact>>;

/** Contacts matching a name, e-mail, company name or org. nr; at most `limit`. */
export async function searchContacts(db: Db, query: string, limit: number) {
  const digits = query.replace(/\D/g, '');
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ contact: contactColumns, company: companyColumns })
    .from(contacts)
    .innerJoin(companies, eq(contacts.companyId, companies.id))
    .where(
      or(
        ilike(contacts.fullName, pattern),
        ilike(contacts.email, pattern),
        ilike(companies.name, pattern),
        ...(digits.length >= 6 ? [ilike(companies.orgNr, `${digits}%`)] : []),
      ),
    )
    .orderBy(companies.name, contacts.fullName)
    .limit(limit);
}

export async function findContact(db: Db, contactId: string) {
  const [row] = await db
    .select({ contact: contactColumns, company: companyColumns })
    .from(contacts)
    .innerJoin(companies, eq(contacts.companyId, companies.id))
    .where(eq(contacts.id, contactId));
  return row ?? null;
}
