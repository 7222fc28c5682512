import { eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { validationError } from '#src/platform/errors/index.ts';
import { hashPassword } from '#src/modules/identity/index.ts';
import { legalForms, parseOrganisationsnummer } from '#src/modules/policy/index.ts';
import { companies, contacts } from './customers.tables.ts';
import type { RegistrationInput } from './customers.types.ts';

export type RegistrationOutcome = 'created' | 'company_exists' | 'email_exists';

export function createCustomersService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /**
     * Registers a company and its first contact in one transaction: both or neither. A company
     * or e-mail already registered changes nothing; the caller answers every outcome alike so
     * the answer reveals no account.
     */
    async register(input: RegistrationInput): Promise<RegistrationOutcome> {
      const org = parseOrganisationsnummer(input.company.orgNr);
      if (!org.ok) throw validationError('body.company.orgNr', org.message);
      // Hash before looking anything up: every outcome costs the same.
      const passwordHash = await hashPassword(input.contact.password);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [existingEmail] = await tx
          .select({ id: contacts.id })
          .from(contacts)
          .where(eq(contacts.email, input.contact.email));
        if (existingEmail) return 'email_exists';
        const [existingCompany] = await tx
          .select({ id: companies.id })
          .from(companies)
          .where(eq(companies.orgNr, org.value));
        if (existingCompany) return 'company_exists';
        const [company] = await tx
          .insert(companies)
          .values({
            orgNr: org.value,
            name: input.company.name,
            legalForm: legalForms[org.legalForm].sv,
            naturalPerson: org.naturalPerson,
            street: input.company.street,
            postalCode: input.company.postalCode,
            city: input.company.city,
            createdAt: now,
          })
          .returning({ id: companies.id });
        await tx.insert(contacts).values({
          companyId: company!.id,
          fullName: input.contact.fullName,
          email: input.contact.email,
          phone: input.contact.phone ?? null,
          passwordHash,
          companyAdmin: true,
          createdAt: now,
        });
        return 'created';
      });
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
