import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { dummyHash, verifyPassword } from '#src/modules/identity/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerSessions } from './accounts.tables.ts';
import { hashToken, newToken } from './accounts.tokens.ts';

/**
 * Customer sessions end after 8 hours idle and 30 days in all: a clinic's staff sign in at the
 * start of a working day; a month bounds how long a stolen cookie can be used.
 */
export const CUSTOMER_IDLE_MS = 8 * 3_600_000;
export const CUSTOMER_ABSOLUTE_MS = 30 * 24 * 3_600_000;

export type CustomerPrincipal = {
  contactId: string;
  companyId: string;
  companyAdmin: boolean;
  /** When this session's sign-in happened (with the password): a fresh sign-in unlocks the privacy rights. */
  signedInAt?: Date;
};

export const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord / Wrong e-mail or password';

export function createCustomerSessions({ db, clock }: { db: Db; clock: Clock }) {
  async function start(contactId: string, tx: Db = db): Promise<string> {
    const token = newToken();
    const now = clock.now();
    await tx
      .insert(customerSessions)
      .values({ tokenHash: hashToken(token), contactId, createdAt: now, lastSeenAt: now });
    return token;
  }

  return {
    start,

    /**
     * Same answer, and the cost of one argon2id verification, for an unknown address, a wrong
     * password, a contact without a sign-in and an address not yet verified.
     */
    async signIn(email: string, password: string): Promise<{ token: string; principal: CustomerPrincipal }> {
      const [c] = await db
        .select({
          id: contacts.id,
          companyId: contacts.companyId,
          companyAdmin: contacts.companyAdmin,
          passwordHash: contacts.passwordHash,
          verifiedAt: contacts.emailVerifiedAt,
        })
        .from(contacts)
        .innerJoin(companies, eq(companies.id, contacts.companyId))
        .where(and(eq(contacts.email, email.toLowerCase()), isNull(companies.terminatedAt)));
      const ok = await verifyPassword(c?.passwordHash ?? (await dummyHash()), password);
      if (!c || !ok || !c.passwordHash || !c.verifiedAt) throw new AppError('unauthenticated', WRONG_CREDENTIALS);
      return {
        token: await start(c.id),
        principal: { contactId: c.id, companyId: c.companyId, companyAdmin: c.companyAdmin },
      };
    },

    async signOut(token: string): Promise<void> {
      await db.delete(customerSessions).where(eq(customerSessions.tokenHash, hashToken(token)));
    },

    /** The contact behind a session token, or null when it is unknown or has ended (and is then deleted). */
    async authenticate(token: string): Promise<CustomerPrincipal | null> {
      const now = clock.now();
      const [row] = await db
        .select({
          id: customerSessions.id,
          createdAt: customerSessions.createdAt,
          lastSeenAt: customerSessions.lastSeenAt,
          contactId: contacts.id,
          companyId: contacts.companyId,
          companyAdmin: contacts.companyAdmin,
        })
        .from(customerSessions)
        .innerJoin(contacts, eq(contacts.id, customerSessions.contactId))
        .where(and(eq(customerSessions.tokenHash, hashToken(token)), isNotNull(contacts.passwordHash)));
      if (!row) return null;
      const idle = now.getTime() - row.lastSeenAt.getTime();
      const age = now.getTime() - row.createdAt.getTime();
      if (idle > CUSTOMER_IDLE_MS || age > CUSTOMER_ABSOLUTE_MS) {
        await db.delete(customerSessions).where(eq(customerSessions.id, row.id));
        return null;
      }
      await db.update(customerSessions).set({ lastSeenAt: now }).where(eq(customerSessions.id, row.id));
      return {
        contactId: row.contactId,
        companyId: row.companyId,
        companyAdmin: row.companyAdmin,
        signedInAt: row.createdAt,
      };
    },

    /** Ends every session of a contact (password reset, removal, termination). */
    async endAll(contactId: string, tx: Db = db): Promise<number> {
      const rows = await tx
        .delete(customerSessions)
        .where(eq(customerSessions.contactId, contactId))
        .returning({ id: customerSessions.id });
      return rows.length;
    },
  };
}

export type CustomerSessions = ReturnType<typeof createCustomerSessions>;
