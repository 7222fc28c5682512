import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { companies, contacts, customerSessions } from '#src/modules/customers/index.ts';
import type { SubjectDirectory } from '#src/modules/privacy/index.ts';

/**
 * The contacts and companies a data subject request may name. The privacy kernel keeps their ids
 * without foreign keys (its register outlives an account), so it asks the customers module's
 * tables through the composition root.
 */
export function subjectDirectory(db: Db): SubjectDirectory {
  return {
    async companyOfContact(contactId, tx = db) {
      const [c] = await tx
        .select({ companyId: contacts.companyId })
        .from(contacts)
        .where(eq(contacts.id, contactId))
        .limit(1);
      return c?.companyId ?? null;
    },
    async companyExists(companyId, tx = db) {
      const [c] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, companyId)).limit(1);
      return Boolean(c);
    },
  };
}

/** The contact person's e-mail address, where letters about their requests go; null: none. */
export const contactEmailOf =
  (db: Db) =>
  async (contactId: string, tx: Pick<Db, 'select'> = db): Promise<string | null> => {
    const [c] = await tx.select({ email: contacts.email }).from(contacts).where(eq(contacts.id, contactId)).limit(1);
    return c?.email ?? null;
  };

/** Whether the contact person signed in to their account after `since` (identity by a fresh sign-in). */
export const signedInSince =
  (db: Db) =>
  async (contactId: string, since: Date): Promise<boolean> => {
    const [s] = await db
      .select({ id: customerSessions.id })
      .from(customerSessions)
      .where(and(eq(customerSessions.contactId, contactId), gt(customerSessions.createdAt, since)))
      .limit(1);
    return Boolean(s);
  };
