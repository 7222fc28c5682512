import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { TableInventory } from '#src/modules/privacy/index.ts';
import type { CategoryId } from '#src/modules/policy/index.ts';
import { hashPassword, verifyPassword } from '#src/modules/identity/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerTokens } from './accounts.tables.ts';
import { addressHint, hashToken, tokenLifetimes } from './accounts.tokens.ts';
import {
  accountTerminatedLetter,
  emailChangedLetter,
  passwordChangedLetter,
  registrationAttemptLetter,
} from './customers.letters.ts';
import { tokenLetterQueue } from './customers.jobs.ts';
import { invalidLink, type CustomersDeps } from './customers.service.ts';
import type { CustomerSessions } from './session.service.ts';
import { planTermination, type TerminationPlan } from './termination.ts';
import type { ProfilePatch } from './customers.types.ts';

export type AccountDeps = CustomersDeps & {
  sessions: CustomerSessions;
  inventory: readonly TableInventory[];
  /** After a correction: tell the recipients that got the corrected categories (GDPR art. 19). */
  onCorrected?: (contact: { contactId: string; companyId: string }, categories: CategoryId[]) => Promise<unknown>;
};

export type Me = {
  contact: { id: string; fullName: string; email: string; phone: string | null; companyAdmin: boolean };
  company: { name: string; orgNr: string; legalForm: string; street: string; postalCode: string; city: string };
  colleagues: { id: string; fullName: string; email: string; companyAdmin: boolean }[];
  /** Invitations not yet answered; shown to the company's administrator only. */
  invitations: { id: string; email: string; expiresAt: string }[] | null;
};

const wrongPassword = () =>
  new AppError('validation', 'password: wrong password / fel lösenord', [
    { field: 'body.password', message: 'wrong password / fel lösenord' },
  ]);

export function createAccountService(deps: AccountDeps) {
  const { db, clock, jobs, mail, publicUrl, sessions, inventory } = deps;

  async function checkPassword(contactId: string, password: string): Promise<{ email: string }> {
    const [c] = await db
      .select({ email: contacts.email, hash: contacts.passwordHash })
      .from(contacts)
      .where(eq(contacts.id, contactId));
    if (!c?.hash || !(await verifyPassword(c.hash, password))) throw wrongPassword();
    return { email: c.email };
  }

  async function me(contactId: string): Promise<Me> {
    const [row] = await db
      .select({ contact: contacts, company: companies })
      .from(contacts)
      .innerJoin(companies, eq(companies.id, contacts.companyId))
      .where(eq(contacts.id, contactId));
    if (!row) throw new AppError('unauthenticated', 'Logga in / Sign in');
    const { contact, company } = row;
    const colleagues = await db
      .select({
        id: contacts.id,
        fullName: contacts.fullName,
        email: contacts.email,
        companyAdmin: contacts.companyAdmin,
      })
      .from(contacts)
      .where(eq(contacts.companyId, company.id))
      .orderBy(asc(contacts.createdAt), asc(contacts.id));
    const invitations = contact.companyAdmin
      ? await db
          .select({ id: customerTokens.id, email: customerTokens.email, expiresAt: customerTokens.expiresAt })
          .from(customerTokens)
          .where(
            and(
              eq(customerTokens.companyId, company.id),
              eq(customerTokens.purpose, 'invitation'),
              gt(customerTokens.expiresAt, clock.now()),
            ),
          )
          .orderBy(asc(customerTokens.createdAt))
      : null;
    return {
      contact: {
        id: contact.id,
        fullName: contact.fullName,
        email: contact.email,
        phone: contact.phone,
        companyAdmin: contact.companyAdmin,
      },
      company: {
        name: company.name,
        orgNr: company.orgNr,
        legalForm: company.legalForm,
        street: company.street,
        postalCode: company.postalCode,
        city: company.city,
      },
      colleagues: colleagues.filter((c) => c.id !== contact.id),
      invitations:
        invitations?.map((i) => ({ id: i.id, email: i.email!, expiresAt: i.expiresAt.toISOString() })) ?? null,
    };
  }

  /** Deletes what the plan deletes and keeps what the law keeps, in the caller's transaction. */
  async function terminateIn(tx: Db, contactId: string): Promise<{ plan: TerminationPlan; email: string }> {
    const [c] = await tx.select({ email: contacts.email }).from(contacts).where(eq(contacts.id, contactId));
    if (!c) throw new AppError('not_found', 'Kontot finns inte / No such account');
    const { plan, steps } = await planTermination(tx, inventory, contactId, clock.now());
    for (const step of steps) await step(tx);
    return { plan, email: c.email };
  }

  /** After the transaction: the letter that says what was deleted and what is kept until when. */
  async function sendTerminationLetter(email: string, plan: TerminationPlan, removedByAdmin: boolean): Promise<void> {
    await mail.queue(accountTerminatedLetter, email, {
      companyName: plan.company.name,
      removedByAdmin,
      deleted: plan.deletedNow.map((d) => ({
        sv: `${d.title.sv}: ${d.detail.sv}`,
        en: `${d.title.en}: ${d.detail.en}`,
      })),
      kept: plan.kept.flatMap((k) =>
        k.laws.map((l) => ({ title: k.title, law: l.name, until: l.until, condition: l.condition })),
      ),
    });
  }

  return {
    me,
    terminateIn,
    sendTerminationLetter,

    async updateProfile(contactId: string, patch: ProfilePatch): Promise<Me> {
      const [before] = await db.select().from(contacts).where(eq(contacts.id, contactId));
      await db
        .update(contacts)
        .set({
          ...(patch.fullName !== undefined ? { fullName: patch.fullName } : {}),
          ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
        })
        .where(eq(contacts.id, contactId));
      const changed: CategoryId[] = [
        ...(patch.fullName !== undefined && patch.fullName !== before?.fullName ? (['full_name'] as const) : []),
        ...(patch.phone !== undefined && patch.phone !== before?.phone ? (['phone'] as const) : []),
      ];
      if (before && changed.length) await deps.onCorrected?.({ contactId, companyId: before.companyId }, changed);
      return me(contactId);
    },

    /**
     * A new address takes effect only when confirmed from it. A taken address gets a notice
     * instead of a link, and the caller the same answer.
     */
    async requestEmailChange(contactId: string, newEmail: string, password: string): Promise<void> {
      const { email } = await checkPassword(contactId, password);
      if (newEmail === email)
        throw new AppError('validation', 'newEmail: is your current address', [
          { field: 'body.newEmail', message: 'is your current address / är din nuvarande adress' },
        ]);
      const now = clock.now();
      const tokenId = await db.transaction(async (tx) => {
        const [taken] = await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.email, newEmail));
        if (taken) return null;
        await tx
          .delete(customerTokens)
          .where(and(eq(customerTokens.contactId, contactId), eq(customerTokens.purpose, 'change_email')));
        const [row] = await tx
          .insert(customerTokens)
          .values({
            purpose: 'change_email',
            contactId,
            email: newEmail,
            createdAt: now,
            expiresAt: new Date(now.getTime() + tokenLifetimes.change_email),
          })
          .returning({ id: customerTokens.id });
        return row!.id;
      });
      if (tokenId) await jobs.send(tokenLetterQueue, { kind: 'link', tokenId });
      else
        await mail.queue(registrationAttemptLetter, newEmail, {
          signInLink: `${publicUrl}/konto/logga-in`,
          resetLink: `${publicUrl}/konto/aterstall`,
        });
    },

    /** Confirms a change of address from the new address: once, within 24 hours; the old address gets a notice. */
    async confirmEmailChange(token: string): Promise<void> {
      const now = clock.now();
      const old = await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(customerTokens)
          .where(and(eq(customerTokens.tokenHash, hashToken(token)), eq(customerTokens.purpose, 'change_email')))
          .returning();
        if (!row || row.expiresAt <= now || !row.contactId || !row.email) throw invalidLink();
        const [taken] = await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.email, row.email));
        if (taken) throw invalidLink();
        const [before] = await tx
          .select({ email: contacts.email, companyId: contacts.companyId })
          .from(contacts)
          .where(eq(contacts.id, row.contactId));
        if (!before) throw invalidLink();
        await tx.update(contacts).set({ email: row.email, emailVerifiedAt: now }).where(eq(contacts.id, row.contactId));
        return { email: before.email, newEmail: row.email, contactId: row.contactId, companyId: before.companyId };
      });
      await deps.onCorrected?.({ contactId: old.contactId, companyId: old.companyId }, ['email']);
      await mail.queue(emailChangedLetter, old.email, { newAddressHint: addressHint(old.newEmail) });
    },

    /** Always answers alike: the job looks the address up and mails a link (1 hour) only to a known one. */
    async requestPasswordReset(email: string): Promise<void> {
      await jobs.send(tokenLetterQueue, { kind: 'password_reset', email });
    },

    /**
     * Sets a new password with a reset link (once, within an hour) and ends every session of the
     * contact. The link came to the contact's address, which is thereby verified too.
     */
    async completePasswordReset(token: string, newPassword: string): Promise<void> {
      const now = clock.now();
      const passwordHash = await hashPassword(newPassword);
      const email = await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(customerTokens)
          .where(and(eq(customerTokens.tokenHash, hashToken(token)), eq(customerTokens.purpose, 'reset_password')))
          .returning();
        if (!row || row.expiresAt <= now || !row.contactId) throw invalidLink();
        const [c] = await tx
          .update(contacts)
          .set({ passwordHash })
          .where(eq(contacts.id, row.contactId))
          .returning({ email: contacts.email, verifiedAt: contacts.emailVerifiedAt });
        if (!c) throw invalidLink();
        if (!c.verifiedAt)
          await tx.update(contacts).set({ emailVerifiedAt: now }).where(eq(contacts.id, row.contactId));
        await sessions.endAll(row.contactId, tx);
        return c.email;
      });
      await mail.queue(passwordChangedLetter, email, {});
    },

    async terminationPlan(contactId: string): Promise<TerminationPlan> {
      // Only reads: one transaction, so the plan is computed from one consistent state.
      return db.transaction(async (tx) => (await planTermination(tx, inventory, contactId, clock.now())).plan);
    },

    /** The customer's own termination: confirmed with the password. */
    async terminateOwn(contactId: string, password: string): Promise<TerminationPlan> {
      await checkPassword(contactId, password);
      const { plan, email } = await db.transaction((tx) => terminateIn(tx, contactId));
      await sendTerminationLetter(email, plan, false);
      return plan;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
