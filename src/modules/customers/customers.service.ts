import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Jobs } from '#src/platform/jobs/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { validationError } from '#src/platform/errors/index.ts';
import { hashPassword } from '#src/modules/identity/index.ts';
import { legalForms, parseOrganisationsnummer } from '#src/modules/policy/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerTokens } from './accounts.tables.ts';
import { hashToken, tokenLifetimes } from './accounts.tokens.ts';
import { registrationAttemptLetter, registrationNotCompletedLetter } from './customers.letters.ts';
import { tokenLetterQueue } from './customers.jobs.ts';
import type { RegistrationInput } from './customers.types.ts';

export type RegistrationOutcome = 'created' | 'company_exists' | 'email_exists';

export type CustomersDeps = {
  db: Db;
  clock: Clock;
  jobs: Pick<Jobs, 'send'>;
  mail: MailService;
  publicUrl: string;
};

/** Where a one-time link failed: the same answer for a link that never existed, was used or has expired. */
export const invalidLink = () =>
  validationError('body.token', 'the link is invalid, used or expired — ask for a new one / länken är ogiltig');

export function createCustomersService({ db, clock, jobs, mail, publicUrl }: CustomersDeps) {
  return {
    /**
     * Registers a company and its first contact in one transaction: both or neither. A company
     * or e-mail already registered changes nothing; the caller answers every outcome alike so
     * the answer reveals no account, and the letter goes to the address: a verification link for
     * a new account, a notice to the owner of a known address, a "could not be completed" to the
     * registrant of a known company.
     */
    async register(input: RegistrationInput): Promise<RegistrationOutcome> {
      const org = parseOrganisationsnummer(input.company.orgNr);
      if (!org.ok) throw validationError('body.company.orgNr', org.message);
      // Hash before looking anything up: every outcome costs the same.
      const passwordHash = await hashPassword(input.contact.password);
      const now = clock.now();
      const result = await db.transaction(async (tx) => {
        const [existingEmail] = await tx
          .select({ id: contacts.id })
          .from(contacts)
          .where(eq(contacts.email, input.contact.email));
        if (existingEmail) return { outcome: 'email_exists' as const };
        const [existingCompany] = await tx
          .select({ id: companies.id, terminatedAt: companies.terminatedAt })
          .from(companies)
          .where(eq(companies.orgNr, org.value));
        if (existingCompany && !existingCompany.terminatedAt) return { outcome: 'company_exists' as const };
        const details = {
          name: input.company.name,
          legalForm: legalForms[org.legalForm].sv,
          naturalPerson: org.naturalPerson,
          street: input.company.street,
          postalCode: input.company.postalCode,
          city: input.company.city,
        };
        // A company whose account ended but whose records a law keeps opens a new account on the same row.
        const [company] = existingCompany
          ? await tx
              .update(companies)
              .set({ ...details, terminatedAt: null })
              .where(eq(companies.id, existingCompany.id))
              .returning({ id: companies.id })
          : await tx
              .insert(companies)
              .values({ orgNr: org.value, ...details, createdAt: now })
              .returning({ id: companies.id });
        const [contact] = await tx
          .insert(contacts)
          .values({
            companyId: company!.id,
            fullName: input.contact.fullName,
            email: input.contact.email,
            phone: input.contact.phone ?? null,
            passwordHash,
            companyAdmin: true,
            createdAt: now,
          })
          .returning({ id: contacts.id });
        const [token] = await tx
          .insert(customerTokens)
          .values({
            purpose: 'verify_email',
            contactId: contact!.id,
            createdAt: now,
            expiresAt: new Date(now.getTime() + tokenLifetimes.verify_email),
          })
          .returning({ id: customerTokens.id });
        return { outcome: 'created' as const, tokenId: token!.id };
      });
      if (result.outcome === 'created') {
        await jobs.send(tokenLetterQueue, { kind: 'link', tokenId: result.tokenId });
      } else if (result.outcome === 'email_exists') {
        await mail.queue(registrationAttemptLetter, input.contact.email, {
          signInLink: `${publicUrl}/konto/logga-in`,
          resetLink: `${publicUrl}/konto/aterstall`,
        });
      } else {
        await mail.queue(registrationNotCompletedLetter, input.contact.email, {});
      }
      return result.outcome;
    },

    /** Queues a new verification link; the job sends it only to a contact not yet verified. */
    async resendVerification(email: string): Promise<void> {
      await jobs.send(tokenLetterQueue, { kind: 'verification_resend', email });
    },

    /** Confirms a contact's address with a verification link: once, within 24 hours. */
    async verify(token: string): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(customerTokens)
          .where(and(eq(customerTokens.tokenHash, hashToken(token)), eq(customerTokens.purpose, 'verify_email')))
          .returning();
        if (!row || row.expiresAt <= now || !row.contactId) throw invalidLink();
        await tx
          .update(contacts)
          .set({ emailVerifiedAt: now })
          .where(and(eq(contacts.id, row.contactId), isNull(contacts.emailVerifiedAt)));
      });
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
