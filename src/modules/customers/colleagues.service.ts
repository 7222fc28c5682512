import { and, eq } from 'drizzle-orm';
import { AppError } from '#src/platform/errors/index.ts';
import { hashPassword } from '#src/modules/identity/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerTokens } from './accounts.tables.ts';
import { hashToken, tokenLifetimes } from './accounts.tokens.ts';
import { invitationExistingAccountLetter } from './customers.letters.ts';
import { tokenLetterQueue } from './customers.jobs.ts';
import { invalidLink } from './customers.service.ts';
import type { AccountDeps, AccountService } from './account.service.ts';
import type { CustomerPrincipal } from './session.service.ts';
import type { AcceptInvitationInput } from './customers.types.ts';
import type { TerminationPlan } from './termination.ts';

const adminOnly = () =>
  new AppError('forbidden', 'Bara företagets administratör kan göra det / Only the company administrator can do that');

/** A company's administrator (its first contact) invites colleagues and removes them. */
export function createColleaguesService(
  deps: AccountDeps & { account: Pick<AccountService, 'terminateIn' | 'sendTerminationLetter'> },
) {
  const { db, clock, jobs, mail, sessions, account } = deps;

  return {
    /** Invites by e-mail (7 days). An address that already has an account gets a notice instead. */
    async invite(by: CustomerPrincipal, email: string): Promise<void> {
      if (!by.companyAdmin) throw adminOnly();
      const now = clock.now();
      const result = await db.transaction(async (tx) => {
        const [company] = await tx
          .select({ name: companies.name })
          .from(companies)
          .where(eq(companies.id, by.companyId));
        const [taken] = await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.email, email));
        if (taken) return { tokenId: null, companyName: company!.name };
        // A new invitation to the same address replaces the earlier one.
        await tx
          .delete(customerTokens)
          .where(
            and(
              eq(customerTokens.companyId, by.companyId),
              eq(customerTokens.purpose, 'invitation'),
              eq(customerTokens.email, email),
            ),
          );
        const [row] = await tx
          .insert(customerTokens)
          .values({
            purpose: 'invitation',
            companyId: by.companyId,
            invitedBy: by.contactId,
            email,
            createdAt: now,
            expiresAt: new Date(now.getTime() + tokenLifetimes.invitation),
          })
          .returning({ id: customerTokens.id });
        return { tokenId: row!.id, companyName: company!.name };
      });
      if (result.tokenId) await jobs.send(tokenLetterQueue, { kind: 'link', tokenId: result.tokenId });
      else await mail.queue(invitationExistingAccountLetter, email, { companyName: result.companyName });
    },

    async revokeInvitation(by: CustomerPrincipal, invitationId: string): Promise<void> {
      if (!by.companyAdmin) throw adminOnly();
      const rows = await db
        .delete(customerTokens)
        .where(
          and(
            eq(customerTokens.id, invitationId),
            eq(customerTokens.companyId, by.companyId),
            eq(customerTokens.purpose, 'invitation'),
          ),
        )
        .returning({ id: customerTokens.id });
      if (rows.length === 0) throw new AppError('not_found', 'Ingen sådan inbjudan / No such invitation');
    },

    /** What an invitation link is for, so the invitee sees which company before answering. Uses nothing up. */
    async lookupInvitation(token: string): Promise<{ companyName: string; email: string }> {
      const [row] = await db
        .select({ companyName: companies.name, email: customerTokens.email, expiresAt: customerTokens.expiresAt })
        .from(customerTokens)
        .innerJoin(companies, eq(companies.id, customerTokens.companyId))
        .where(and(eq(customerTokens.tokenHash, hashToken(token)), eq(customerTokens.purpose, 'invitation')));
      if (!row || row.expiresAt <= clock.now() || !row.email) throw invalidLink();
      return { companyName: row.companyName, email: row.email };
    },

    /**
     * The invitee gives name and password: a verified contact of the company (the link came to
     * the address), signed in at once. Once, within 7 days.
     */
    async accept(input: AcceptInvitationInput): Promise<{ token: string; principal: CustomerPrincipal }> {
      const now = clock.now();
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .delete(customerTokens)
          .where(and(eq(customerTokens.tokenHash, hashToken(input.token)), eq(customerTokens.purpose, 'invitation')))
          .returning();
        if (!row || row.expiresAt <= now || !row.companyId || !row.email) throw invalidLink();
        const [taken] = await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.email, row.email));
        if (taken) throw invalidLink();
        const [contact] = await tx
          .insert(contacts)
          .values({
            companyId: row.companyId,
            fullName: input.fullName,
            email: row.email,
            phone: input.phone ?? null,
            passwordHash,
            companyAdmin: false,
            emailVerifiedAt: now,
            createdAt: now,
          })
          .returning({ id: contacts.id });
        const token = await sessions.start(contact!.id, tx);
        return { token, principal: { contactId: contact!.id, companyId: row.companyId, companyAdmin: false } };
      });
    },

    /**
     * Removes a colleague: their sign-in and sessions end at once and their data is handled as
     * at termination (deleted, or kept where a law requires). Not oneself: that is termination.
     */
    async remove(by: CustomerPrincipal, contactId: string): Promise<TerminationPlan> {
      if (!by.companyAdmin) throw adminOnly();
      if (contactId === by.contactId)
        throw new AppError(
          'conflict',
          'Avsluta ditt eget konto under Avsluta konto / Terminate your own account instead',
        );
      const { plan, email } = await db.transaction(async (tx) => {
        const [c] = await tx
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.id, contactId), eq(contacts.companyId, by.companyId)));
        if (!c) throw new AppError('not_found', 'Ingen sådan kollega / No such colleague');
        return account.terminateIn(tx, contactId);
      });
      await account.sendTerminationLetter(email, plan, true);
      return plan;
    },
  };
}

export type ColleaguesService = ReturnType<typeof createColleaguesService>;
