import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError, validationError } from '#src/platform/errors/index.ts';
import { staffRecoveryCodes, staffTotp, staffTotpChallenges } from './totp.tables.ts';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery.ts';
import { hashToken, newToken } from './tokens.ts';
import type { SecurityEvents } from './security-events.ts';

/** RFC 6238 defaults that every authenticator app understands. */
export const TOTP_PERIOD_S = 30;
/** A code of the step before or after the current one is accepted too (clock drift). */
export const TOTP_WINDOW = 1;
/** How long the pending state between password and second factor lasts. */
export const CHALLENGE_MS = 5 * 60_000;
const ISSUER = 'Kliniksupport';

export const totpOf = (secret: string, label = 'staff') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_S,
    secret: Secret.fromBase32(secret),
  });

/** The otpauth:// URI an authenticator app reads (as a QR code or pasted). */
export const otpauthUri = (secret: string, label: string) => totpOf(secret, label).toString();

/** The time step a valid `code` belongs to (±1 step around `now`), or null. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S) + delta;
}

const wrongCode = () => new AppError('unauthenticated', 'Fel eller redan använd kod / Wrong or already used code');

export type SecondFactor = { code?: string | undefined; recoveryCode?: string | undefined };

export function createTotpService({ db, clock, events }: { db: Db; clock: Clock; events: SecurityEvents }) {
  /** Accepts a code once: the step must be later than the last accepted one (atomic, so no replay). */
  async function acceptCode(staffId: string, code: string, tx: Db = db): Promise<boolean> {
    const [row] = await tx.select().from(staffTotp).where(eq(staffTotp.staffId, staffId));
    if (!row) return false;
    const step = matchingStep(row.secret, code, clock.now());
    if (step === null) return false;
    const taken = await tx
      .update(staffTotp)
      .set({ lastStep: step })
      .where(and(eq(staffTotp.staffId, staffId), or(isNull(staffTotp.lastStep), lt(staffTotp.lastStep, step))))
      .returning({ staffId: staffTotp.staffId });
    return taken.length === 1;
  }

  /** Replaces any recovery codes with fresh ones; returns them (shown once, stored hashed). */
  async function newRecoveryCodes(staffId: string, tx: Db): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
    await tx
      .insert(staffRecoveryCodes)
      .values(codes.map((c) => ({ staffId, codeHash: hashRecoveryCode(c), createdAt: clock.now() })));
    return codes;
  }

  return {
    async isEnrolled(staffId: string): Promise<boolean> {
      const [row] = await db
        .select({ staffId: staffTotp.staffId })
        .from(staffTotp)
        .where(and(eq(staffTotp.staffId, staffId), isNotNull(staffTotp.confirmedAt)));
      return Boolean(row);
    },

    /** A new secret (replacing an unconfirmed one), shown once. Refused once enrolment is confirmed. */
    async startEnrolment(staffId: string, label: string): Promise<{ secret: string; otpauthUri: string }> {
      if (await this.isEnrolled(staffId))
        throw new AppError(
          'conflict',
          'Tvåstegsverifiering är redan aktiverad / Two-step verification is already set up',
        );
      const secret = new Secret({ size: 20 }).base32;
      await db
        .insert(staffTotp)
        .values({ staffId, secret, createdAt: clock.now() })
        .onConflictDoUpdate({ target: staffTotp.staffId, set: { secret, createdAt: clock.now(), lastStep: null } });
      return { secret, otpauthUri: otpauthUri(secret, label) };
    },

    /** Confirms the enrolment with a first valid code; returns the recovery codes (shown once). */
    async confirmEnrolment(staffId: string, code: string, ip?: string | null): Promise<string[]> {
      const [row] = await db.select().from(staffTotp).where(eq(staffTotp.staffId, staffId));
      if (!row || row.confirmedAt) throw new AppError('conflict', 'Starta aktiveringen först / Start the set-up first');
      if (!(await acceptCode(staffId, code))) {
        await events.record({ type: 'staff.second_factor_failed', ip, staffId, detail: 'enrolment' });
        throw validationError('body.code', 'Fel kod / Wrong code');
      }
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        await tx.update(staffTotp).set({ confirmedAt: clock.now() }).where(eq(staffTotp.staffId, staffId));
        const codes = await newRecoveryCodes(staffId, tx);
        await events.record({ type: 'staff.second_factor_enrolled', ip, staffId }, tx);
        return codes;
      });
    },

    /** A known secret, confirmed at once: demo data and tests only. */
    async enrolKnownSecret(staffId: string, secret: string): Promise<void> {
      const now = clock.now();
      await db
        .insert(staffTotp)
        .values({ staffId, secret, createdAt: now, confirmedAt: now })
        .onConflictDoUpdate({ target: staffTotp.staffId, set: { secret, confirmedAt: now, lastStep: null } });
    },

    /** The pending state after a correct password: a token (for the cookie) whose hash is stored. */
    async beginChallenge(staffId: string): Promise<string> {
      const now = clock.now();
      await db
        .delete(staffTotpChallenges)
        .where(lt(staffTotpChallenges.createdAt, new Date(now.getTime() - CHALLENGE_MS)));
      const token = newToken();
      await db.insert(staffTotpChallenges).values({ tokenHash: hashToken(token), staffId, createdAt: now });
      return token;
    },

    /** Who a pending challenge belongs to, or null when unknown or older than 5 minutes. */
    async challengeOwner(token: string): Promise<string | null> {
      const [row] = await db
        .select()
        .from(staffTotpChallenges)
        .where(eq(staffTotpChallenges.tokenHash, hashToken(token)));
      if (!row || clock.now().getTime() - row.createdAt.getTime() > CHALLENGE_MS) return null;
      return row.staffId;
    },

    /**
     * Checks the second factor of a pending challenge: a TOTP code (once per time step) or a
     * recovery code (once ever). On success the challenge is consumed. Throws `unauthenticated`.
     */
    async completeChallenge(
      token: string,
      factor: SecondFactor,
      ip?: string | null,
    ): Promise<{ staffId: string; via: 'totp' | 'recovery_code' }> {
      const staffId = await this.challengeOwner(token);
      if (!staffId) throw new AppError('unauthenticated', 'Logga in igen / Sign in again');
      let via: 'totp' | 'recovery_code' | null = null;
      if (factor.code !== undefined) {
        if (await acceptCode(staffId, factor.code)) via = 'totp';
      } else if (factor.recoveryCode !== undefined) {
        const used = await db
          .update(staffRecoveryCodes)
          .set({ usedAt: clock.now() })
          .where(
            and(
              eq(staffRecoveryCodes.staffId, staffId),
              eq(staffRecoveryCodes.codeHash, hashRecoveryCode(factor.recoveryCode)),
              isNull(staffRecoveryCodes.usedAt),
            ),
          )
          .returning({ id: staffRecoveryCodes.id });
        if (used.length === 1) via = 'recovery_code';
      }
      if (!via) {
        const detail = factor.code !== undefined ? 'wrong_code' : 'wrong_recovery_code';
        await events.record({ type: 'staff.second_factor_failed', ip, staffId, detail });
        throw wrongCode();
      }
      const consumed = await db
        .delete(staffTotpChallenges)
        .where(eq(staffTotpChallenges.tokenHash, hashToken(token)))
        .returning({ id: staffTotpChallenges.id });
      if (consumed.length === 0) throw new AppError('unauthenticated', 'Logga in igen / Sign in again');
      if (via === 'recovery_code') await events.record({ type: 'staff.recovery_code_used', ip, staffId });
      return { staffId, via };
    },

    /** How many unused recovery codes are left. */
    async recoveryCodesLeft(staffId: string): Promise<number> {
      const rows = await db
        .select({ id: staffRecoveryCodes.id })
        .from(staffRecoveryCodes)
        .where(and(eq(staffRecoveryCodes.staffId, staffId), isNull(staffRecoveryCodes.usedAt)));
      return rows.length;
    },

    /** Removes the second factor (secret, recovery codes, pending challenges); the caller ends sessions. */
    async reset(staffId: string, tx: Db = db): Promise<void> {
      await tx.delete(staffTotp).where(eq(staffTotp.staffId, staffId));
      await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, staffId));
      await tx.delete(staffTotpChallenges).where(eq(staffTotpChallenges.staffId, staffId));
    },
  };
}

export type TotpService = ReturnType<typeof createTotpService>;
