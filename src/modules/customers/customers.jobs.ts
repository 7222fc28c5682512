import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import { renderLetter, type LetterContent, type Mailer } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerSessions, customerTokens } from './accounts.tables.ts';
import { hashToken, linkTo, newToken, tokenLifetimes, type TokenPurpose } from './accounts.tokens.ts';
import { changeEmailLetter, invitationLetter, resetPasswordLetter, verifyEmailLetter } from './customers.letters.ts';
import { CUSTOMER_ABSOLUTE_MS, CUSTOMER_IDLE_MS } from './session.service.ts';

/**
 * Letters with a one-time link. The job's payload (kept by pg-boss in the job table) holds no
 * token: the token is minted when the letter is sent, and a retry mints a new one, which replaces
 * the old. `link` names a token row made when the request came in (verification at registration,
 * change of e-mail, invitation). `password_reset` and `verification_resend` carry the address the
 * request named: the request is answered before anything is looked up, so a known and an unknown
 * address get the same answer in the same time; the job looks the address up and sends nothing for
 * an unknown one. The address is the only personal data in the payload.
 */
export const tokenLetterPayload = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), tokenId: z.uuid() }),
  z.object({ kind: z.literal('password_reset'), email: z.email() }),
  z.object({ kind: z.literal('verification_resend'), email: z.email() }),
]);
export type TokenLetterPayload = z.infer<typeof tokenLetterPayload>;

export type CustomersJobDeps = {
  db: Db;
  clock: Clock;
  /** Absent where a process only queues jobs (the job then fails and is retried by a worker that has one). */
  mailer?: Mailer | undefined;
  publicUrl: string;
};

const TOKEN_LETTER_JOB = 'customers.token-letter';

/** The definition used to queue a token letter; customersModule() registers the working handler. */
export const tokenLetterQueue = defineJob({
  name: TOKEN_LETTER_JOB,
  schema: tokenLetterPayload,
  retryLimit: 14,
  async handler() {
    throw new Error(`${TOKEN_LETTER_JOB} is worked by the job that customersModule() registers`);
  },
});

export const tokenLetterJob = (deps: CustomersJobDeps) =>
  defineJob({ ...tokenLetterQueue, handler: (data, { log }) => sendTokenLetter(deps, data, log) });

type Outgoing = { to: string; content: LetterContent };

async function sendTokenLetter(deps: CustomersJobDeps, data: TokenLetterPayload, log: Logger): Promise<void> {
  const { db, clock, mailer, publicUrl } = deps;
  if (!mailer) throw new Error('no mailer in this process');
  const token = newToken();
  const now = clock.now();
  const letter: Outgoing | null = await db.transaction(async (tx) => {
    if (data.kind === 'link') {
      const [row] = await tx.select().from(customerTokens).where(eq(customerTokens.id, data.tokenId));
      if (!row || row.expiresAt <= now) return null;
      await tx
        .update(customerTokens)
        .set({ tokenHash: hashToken(token) })
        .where(eq(customerTokens.id, row.id));
      return outgoingFor(tx, row, linkTo(publicUrl, row.purpose as TokenPurpose, token));
    }
    const verifying = data.kind === 'verification_resend';
    const purpose: TokenPurpose = verifying ? 'verify_email' : 'reset_password';
    const [contact] = await tx
      .select({ id: contacts.id, email: contacts.email, companyName: companies.name })
      .from(contacts)
      .innerJoin(companies, eq(companies.id, contacts.companyId))
      .where(
        verifying
          ? and(eq(contacts.email, data.email), isNull(contacts.emailVerifiedAt))
          : eq(contacts.email, data.email),
      );
    if (!contact) return null;
    await tx
      .delete(customerTokens)
      .where(and(eq(customerTokens.contactId, contact.id), eq(customerTokens.purpose, purpose)));
    await tx.insert(customerTokens).values({
      purpose,
      tokenHash: hashToken(token),
      contactId: contact.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + tokenLifetimes[purpose]),
    });
    const link = linkTo(publicUrl, purpose, token);
    return {
      to: contact.email,
      content: verifying
        ? verifyEmailLetter.render({ link, companyName: contact.companyName }, { publicUrl })
        : resetPasswordLetter.render({ link }, { publicUrl }),
    };
  });
  if (!letter) {
    log.info({ kind: data.kind }, 'no letter: the link has expired or been used, or no account has the address');
    return;
  }
  await mailer.send({ to: letter.to, ...renderLetter(letter.content, controller, publicUrl) });
  log.info({ kind: data.kind }, 'token letter sent');
}

type TokenRow = typeof customerTokens.$inferSelect;

async function outgoingFor(tx: Db, row: TokenRow, link: string): Promise<Outgoing | null> {
  const publicUrl = new URL(link).origin;
  const ctx = { publicUrl };
  switch (row.purpose as TokenPurpose) {
    case 'verify_email':
    case 'reset_password': {
      const [c] = await tx
        .select({ email: contacts.email, companyName: companies.name })
        .from(contacts)
        .innerJoin(companies, eq(companies.id, contacts.companyId))
        .where(eq(contacts.id, row.contactId!));
      if (!c) return null;
      const content =
        row.purpose === 'verify_email'
          ? verifyEmailLetter.render({ link, companyName: c.companyName }, ctx)
          : resetPasswordLetter.render({ link }, ctx);
      return { to: c.email, content };
    }
    case 'change_email':
      return row.email ? { to: row.email, content: changeEmailLetter.render({ link }, ctx) } : null;
    case 'invitation': {
      const [company] = await tx
        .select({ name: companies.name })
        .from(companies)
        .where(eq(companies.id, row.companyId!));
      if (!company || !row.email) return null;
      const [inviter] = row.invitedBy
        ? await tx.select({ name: contacts.fullName }).from(contacts).where(eq(contacts.id, row.invitedBy))
        : [];
      return {
        to: row.email,
        content: invitationLetter.render(
          { link, companyName: company.name, inviterName: inviter?.name ?? company.name },
          ctx,
        ),
      };
    }
    default:
      return null;
  }
}

/** Deletes ended customer sessions and expired one-time links, every quarter hour. */
export const purgeCustomerAccessJob = ({ db, clock }: { db: Db; clock: Clock }) =>
  defineJob({
    name: 'customers.purge-ended-access',
    schema: z.object({}).nullable(),
    cron: '*/15 * * * *',
    retryLimit: 2,
    async handler(_data, { log }) {
      const deleted = await purgeEndedCustomerAccess(db, clock.now());
      log.info(deleted, 'ended customer sessions and expired links purged');
    },
  });

export async function purgeEndedCustomerAccess(db: Db, now: Date): Promise<{ sessions: number; links: number }> {
  const sessions = await db
    .delete(customerSessions)
    .where(
      or(
        lt(customerSessions.lastSeenAt, new Date(now.getTime() - CUSTOMER_IDLE_MS)),
        lt(customerSessions.createdAt, new Date(now.getTime() - CUSTOMER_ABSOLUTE_MS)),
      ),
    )
    .returning({ id: customerSessions.id });
  const links = await db
    .delete(customerTokens)
    .where(lt(customerTokens.expiresAt, now))
    .returning({ id: customerTokens.id });
  return { sessions: sessions.length, links: links.length };
}
