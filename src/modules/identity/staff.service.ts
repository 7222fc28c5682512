import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { staffSessions, staffUsers } from './identity.tables.ts';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';
import { hashToken, newToken, oneTimePassword } from './tokens.ts';
import { createSecurityEvents } from './security-events.ts';
import { assertPasswordAllowed } from './password-policy.ts';
import { staffTotp } from './totp.tables.ts';
import { createTotpService } from './totp.ts';

/** Staff sessions end after 30 minutes idle and 12 hours in all. */
export const STAFF_IDLE_MS = 30 * 60_000;
export const STAFF_ABSOLUTE_MS = 12 * 3_600_000;

export type StaffPrincipal = {
  staffId: string;
  displayName: string;
  roles: string[];
  mustChangePassword: boolean;
  /** No confirmed second factor yet: enrolment comes before any other access. */
  mustEnrolSecondFactor: boolean;
};

/** A correct password gives a session only to a staff member without a second factor (who must enrol). */
export type SignInResult =
  { step: 'session'; token: string; principal: StaffPrincipal } | { step: 'second_factor'; challenge: string };

/** Where a request came from, for the security events. */
export type RequestContext = { ip?: string | null };

export function createStaffService({ db, clock }: { db: Db; clock: Clock }) {
  const events = createSecurityEvents({ db, clock });
  const totp = createTotpService({ db, clock, events });
  async function create(input: {
    email: string;
    displayName: string;
    roles: string[];
    password: string;
    mustChangePassword?: boolean;
  }) {
    const [row] = await db
      .insert(staffUsers)
      .values({
        email: input.email.toLowerCase(),
        displayName: input.displayName,
        roles: input.roles,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: input.mustChangePassword ?? false,
        createdAt: clock.now(),
      })
      .returning({ id: staffUsers.id });
    return row!.id;
  }

  /** A new session for a staff member who has passed every factor they have. */
  async function openSession(
    staffId: string,
    ctx: RequestContext = {},
    detail?: string,
  ): Promise<{ token: string; principal: StaffPrincipal }> {
    const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, staffId));
    if (!user || user.disabledAt)
      throw new AppError('unauthenticated', 'Fel e-postadress eller lösenord / Wrong e-mail or password');
    const token = newToken();
    const now = clock.now();
    await db.insert(staffSessions).values({ tokenHash: hashToken(token), staffId, createdAt: now, lastSeenAt: now });
    await events.record({ type: 'staff.signed_in', ip: ctx.ip, staffId, detail: detail ?? null });
    const enrolled = await totp.isEnrolled(staffId);
    return {
      token,
      principal: {
        staffId: user.id,
        displayName: user.displayName,
        roles: user.roles,
        mustChangePassword: user.mustChangePassword,
        mustEnrolSecondFactor: !enrolled,
      },
    };
  }

  return {
    create,
    totp,
    openSession,

    async count(): Promise<number> {
      const rows = await db.select({ id: staffUsers.id }).from(staffUsers).limit(1);
      return rows.length;
    },

    /** The first administrator of a production install: a one-time password, shown once. */
    async createFirstAdministrator(email: string): Promise<{ email: string; password: string }> {
      const password = oneTimePassword();
      await create({
        email,
        displayName: 'Administratör',
        roles: ['system_administration', 'privacy_officer'],
        password,
        mustChangePassword: true,
      });
      return { email, password };
    },

    /** Same answer and similar cost for an unknown address, a wrong password and a disabled user. */
    async signIn(email: string, password: string, ctx: RequestContext = {}): Promise<SignInResult> {
      const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, email.toLowerCase()));
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !ok || user.disabledAt) {
        const detail = !user ? 'unknown_account' : !ok ? 'wrong_password' : 'disabled';
        await events.record({ type: 'staff.sign_in_failed', ip: ctx.ip, staffId: user?.id, detail });
        throw new AppError('unauthenticated', 'Fel e-postadress eller lösenord / Wrong e-mail or password');
      }
      if (await totp.isEnrolled(user.id))
        return { step: 'second_factor', challenge: await totp.beginChallenge(user.id) };
      // No second factor yet: a session that may only enrol one (the guards refuse everything else).
      return { step: 'session', ...(await openSession(user.id, ctx)) };
    },

    async signOut(token: string, ctx: RequestContext = {}): Promise<void> {
      const ended = await db
        .delete(staffSessions)
        .where(eq(staffSessions.tokenHash, hashToken(token)))
        .returning({ staffId: staffSessions.staffId });
      for (const s of ended) await events.record({ type: 'staff.signed_out', ip: ctx.ip, staffId: s.staffId });
    },

    /** The staff member behind a session token, or null when the session is unknown or has ended. */
    async authenticate(token: string): Promise<StaffPrincipal | null> {
      const now = clock.now();
      const [row] = await db
        .select({ session: staffSessions, user: staffUsers, enrolledAt: staffTotp.confirmedAt })
        .from(staffSessions)
        .innerJoin(staffUsers, eq(staffSessions.staffId, staffUsers.id))
        .leftJoin(staffTotp, eq(staffTotp.staffId, staffUsers.id))
        .where(and(eq(staffSessions.tokenHash, hashToken(token)), isNull(staffUsers.disabledAt)));
      if (!row) return null;
      const idle = now.getTime() - row.session.lastSeenAt.getTime();
      const age = now.getTime() - row.session.createdAt.getTime();
      if (idle > STAFF_IDLE_MS || age > STAFF_ABSOLUTE_MS) {
        await db.delete(staffSessions).where(eq(staffSessions.id, row.session.id));
        return null;
      }
      await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, row.session.id));
      const u = row.user;
      return {
        staffId: u.id,
        displayName: u.displayName,
        roles: u.roles,
        mustChangePassword: u.mustChangePassword,
        mustEnrolSecondFactor: row.enrolledAt === null,
      };
    },

    /** Sets a new password (the password policy applies) and ends every session of the user. */
    async changePassword(staffId: string, password: string, ctx: RequestContext = {}): Promise<void> {
      assertPasswordAllowed(password, 'body.newPassword');
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        await tx.update(staffUsers).set({ passwordHash, mustChangePassword: false }).where(eq(staffUsers.id, staffId));
        await tx.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
        await events.record({ type: 'staff.password_changed', ip: ctx.ip, staffId }, tx as unknown as Db);
      });
    },

    /**
     * Disables a staff user: they can no longer sign in, and every session of theirs ends at once
     * (in the same transaction). Returns false for an unknown or already disabled user.
     */
    async disable(staffId: string, ctx: RequestContext = {}): Promise<boolean> {
      return db.transaction(async (tx) => {
        const changed = await tx
          .update(staffUsers)
          .set({ disabledAt: clock.now() })
          .where(and(eq(staffUsers.id, staffId), isNull(staffUsers.disabledAt)))
          .returning({ id: staffUsers.id });
        if (changed.length === 0) return false;
        await tx.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
        await events.record({ type: 'staff.disabled', ip: ctx.ip, staffId }, tx as unknown as Db);
        return true;
      });
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
