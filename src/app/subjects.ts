import { eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { companies, contacts } from '#src/modules/customers/index.ts';
import type { SubjectDirectory } from '#src/modules/privacy/index.ts';

/**
 * The contacts and companies a data subject request may name. The privacy kernel keeps their ids
 * without foreign keys (its register outlives an account), so it asks the customers module's
 * tables through the composition root.
 */
export function subjectDirectory(db: Db): SubjectDirectory {
  return {
    async companyOfContact(contactId) {
      const [c] = await db
        .select({ companyId: contacts.companyId })
        .from(contacts)
        .where(eq(contacts.id, contactId))
        .limit(1);
      return c?.companyId ?? null;
    },
    async companyExists(companyId) {
      const [c] = await db.select({ id: companies.id }).from(companies).where(eq(companies.id, companyId)).limit(1);
      return Boolean(c);
    },
  };
}
