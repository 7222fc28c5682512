import { createHash } from 'node:crypto';
import { and, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import { throttleCounters } from './throttle.tables.ts';
import { createSecurityEvents, normalizeIp } from './security-events.ts';

/**
 * Throttling of guessable actions (policy §4e, OWASP ASVS 5.0 V6.3.1): growing delays after
 * repeated failures, never a lasting lockout.
 *
 * Keys. Each attempt is counted under two keys:
 * - `account_address`: the action, the account (the e-mail address typed, lower-cased, known or
 *   not) and the client address. Guessing one account's password from one address is slowed
 *   after a few failures; the real user at another address is not affected, and a successful
 *   sign-in clears this counter.
 * - `address`: the action and the client address, across accounts, with a much higher free
 *   allowance. Slows one address trying many accounts (credential stuffing). A success does not
 *   clear it (else signing in to one's own account would reset it).
 * Only SHA-256 hashes of the keys are stored.
 *
 * Delays. After `free` failures a key is blocked for `baseDelayMs`, doubling with every further
 * failure (1 s, 2 s, 4 s, …) up to `maxDelayMs` (15 minutes). Attempts refused while blocked are
 * not counted, so a block never outlasts the last real failure by more than 15 minutes.
 * A key with no failure for 24 hours starts again from zero.
 */
export const throttleActions = [
  'staff_sign_in',
  'customer_sign_in',
  'password_reset',
  'registration',
  'public_form',
] as const;
export type ThrottleAction = (typeof throttleActions)[number];

export type ThrottleLimits = { free: number; baseDelayMs: number; maxDelayMs: number };
export type ThrottleScope = 'account_address' | 'address';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const limits = (free: number): ThrottleLimits => ({ free, baseDelayMs: SECOND, maxDelayMs: 15 * MINUTE });

/** Free failures per key before the delays start; registration and forms count every submission. */
export const THROTTLE_LIMITS: Record<ThrottleAction, Record<ThrottleScope, ThrottleLimits>> = {
  staff_sign_in: { account_address: limits(5), address: limits(100) },
  customer_sign_in: { account_address: limits(5), address: limits(100) },
  password_reset: { account_address: limits(3), address: limits(20) },
  registration: { account_address: limits(3), address: limits(10) },
  public_form: { account_address: limits(5), address: limits(20) },
};

/** A counter without a failure for this long is forgotten. */
export const THROTTLE_FORGET_MS = 24 * 60 * MINUTE;
/** No counter is kept longer than the addresses in security events (`security_ip_30d`). */
export const THROTTLE_MAX_AGE_MS = 30 * 24 * 60 * MINUTE;

export type ThrottleKey = {
  action: ThrottleAction;
  /** The client address (Fastify's `request.ip`). */
  ip: string;
  /** The account tried: an e-mail address as typed (it need not exist). Omit for address-only throttling. */
  account?: string | null;
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; scope: ThrottleScope };

/** The block after `failures` failures under `l`: none until `free`, then doubling up to the cap. */
export function blockDelayMs(failures: number, l: ThrottleLimits): number {
  if (failures < l.free) return 0;
  return Math.min(l.maxDelayMs, l.baseDelayMs * 2 ** Math.min(failures - l.free, 40));
}

type Counter = { scope: ThrottleScope; hash: string; limits: ThrottleLimits };

function countersOf(key: ThrottleKey): Counter[] {
  const ip = normalizeIp(key.ip) ?? String(key.ip);
  const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const rules = THROTTLE_LIMITS[key.action];
  const out: Counter[] = [{ scope: 'address', hash: hash(key.action, 'address', ip), limits: rules.address }];
  if (key.account) {
    const account = key.account.trim().toLowerCase();
    out.unshift({
      scope: 'account_address',
      hash: hash(key.action, 'account_address', account, ip),
      limits: rules.account_address,
    });
  }
  return out;
}

export function createThrottle({ db, clock }: { db: Db; clock: Clock }) {
  const events = createSecurityEvents({ db, clock });

  return {
    /** Whether an attempt under this key may go ahead now; if not, for how long it is refused. */
    async check(key: ThrottleKey): Promise<ThrottleVerdict> {
      const counters = countersOf(key);
      const now = clock.now();
      const rows = await db
        .select({ keyHash: throttleCounters.keyHash, blockedUntil: throttleCounters.blockedUntil })
        .from(throttleCounters)
        .where(
          and(
            inArray(
              throttleCounters.keyHash,
              counters.map((c) => c.hash),
            ),
            gt(throttleCounters.blockedUntil, now),
          ),
        );
      let verdict: ThrottleVerdict = { allowed: true };
      for (const row of rows) {
        const retryAfterMs = row.blockedUntil!.getTime() - now.getTime();
        if (verdict.allowed || retryAfterMs > verdict.retryAfterMs) {
          verdict = { allowed: false, retryAfterMs, scope: counters.find((c) => c.hash === row.keyHash)!.scope };
        }
      }
      return verdict;
    },

    /**
     * Counts a failure (or, for registration and forms, a submission) under both keys; atomic
     * per counter, so processes sharing a PostgreSQL database count together. Records a
     * `throttle.blocked` security event when a key becomes blocked.
     */
    async fail(key: ThrottleKey): Promise<void> {
      const now = clock.now();
      const forgetBefore = new Date(now.getTime() - THROTTLE_FORGET_MS).toISOString();
      const forgotten = sql`${throttleCounters.lastFailureAt} <= ${forgetBefore}::timestamptz`;
      for (const c of countersOf(key)) {
        const [row] = await db
          .insert(throttleCounters)
          .values({ keyHash: c.hash, failures: 1, firstFailureAt: now, lastFailureAt: now, blockedUntil: null })
          .onConflictDoUpdate({
            target: throttleCounters.keyHash,
            // A counter forgotten (no failure for 24 hours) starts again from one.
            set: {
              failures: sql`case when ${forgotten} then 1 else ${throttleCounters.failures} + 1 end`,
              firstFailureAt: sql`case when ${forgotten} then excluded.first_failure_at else ${throttleCounters.firstFailureAt} end`,
              lastFailureAt: now,
            },
          })
          .returning({ failures: throttleCounters.failures });
        const delay = blockDelayMs(row!.failures, c.limits);
        if (delay === 0) continue;
        // Only if no concurrent failure has counted past this one meanwhile (it sets its own, longer block).
        await db
          .update(throttleCounters)
          .set({ blockedUntil: new Date(now.getTime() + delay) })
          .where(and(eq(throttleCounters.keyHash, c.hash), eq(throttleCounters.failures, row!.failures)));
        await events.record({ type: 'throttle.blocked', ip: key.ip, detail: `${key.action}/${c.scope}` });
      }
    },

    /** A successful sign-in: clears the account+address counter (not the address counter). */
    async succeed(key: ThrottleKey): Promise<void> {
      const own = countersOf(key).filter((c) => c.scope === 'account_address');
      if (own.length === 0) return;
      await db.delete(throttleCounters).where(
        inArray(
          throttleCounters.keyHash,
          own.map((c) => c.hash),
        ),
      );
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;

/** Deletes counters forgotten (24 h without a failure) or older than 30 days. */
export async function purgeThrottleCounters(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(throttleCounters)
    .where(
      or(
        lt(throttleCounters.lastFailureAt, new Date(now.getTime() - THROTTLE_FORGET_MS)),
        lt(throttleCounters.firstFailureAt, new Date(now.getTime() - THROTTLE_MAX_AGE_MS)),
      ),
    )
    .returning({ keyHash: throttleCounters.keyHash });
  return rows.length;
}

export const purgeThrottleCountersJob = ({ db, clock }: { db: Db; clock: Clock }) =>
  defineJob({
    name: 'identity.purge-throttle-counters',
    schema: z.object({}).nullable(),
    cron: '41 * * * *',
    retryLimit: 2,
    async handler(_data, { log }) {
      const deleted = await purgeThrottleCounters(db, clock.now());
      log.info({ deleted }, 'forgotten throttle counters purged');
    },
  });
