import ipaddr from 'ipaddr.js';
import { and, asc, isNotNull, isNull, lte, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import { addDuration, retentionDeadline, retentionRules } from '#src/modules/policy/index.ts';
import { securityEvents } from './security-events.tables.ts';

/**
 * What a security event records. `staff.*` and `customer.*` events name the staff member or the
 * contact person when one is known (never for an unknown address: that would store the address
 * typed); `throttle.blocked` is recorded when a throttle starts refusing a key.
 */
export const securityEventTypes = [
  'staff.signed_in',
  'staff.sign_in_failed',
  'staff.signed_out',
  'staff.password_changed',
  'staff.disabled',
  'staff.second_factor_enrolled',
  'staff.second_factor_failed',
  'staff.second_factor_reset',
  'staff.recovery_code_used',
  'staff.created',
  'staff.roles_changed',
  'customer.signed_in',
  'customer.sign_in_failed',
  'customer.signed_out',
  'customer.password_changed',
  'customer.password_reset_requested',
  'customer.account_terminated',
  'throttle.blocked',
] as const;

export type SecurityEventType = (typeof securityEventTypes)[number];

export type SecurityEvent = {
  type: SecurityEventType;
  /** The client address (Fastify's `request.ip`); null where there is none (command line, jobs). */
  ip: string | null | undefined;
  staffId?: string | null;
  contactId?: string | null;
  /** A short code without personal data, e.g. `wrong_password`, `staff_sign_in/address`. */
  detail?: string | null;
};

/** The retention rule of the addresses (policy §4e): kept in full for its period, then truncated. */
export const SECURITY_IP_RULE = 'security_ip_30d' as const;

export function createSecurityEvents({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** Records an event; pass a transaction as `tx` to record it together with the change it is about. */
    async record(event: SecurityEvent, tx: Db = db): Promise<void> {
      await tx.insert(securityEvents).values({
        type: event.type,
        at: clock.now(),
        staffId: event.staffId ?? null,
        contactId: event.contactId ?? null,
        ip: normalizeIp(event.ip),
        detail: event.detail ?? null,
      });
    },
  };
}

export type SecurityEvents = ReturnType<typeof createSecurityEvents>;

/** An address as text without IPv4-mapped IPv6 wrapping (`::ffff:192.0.2.1` → `192.0.2.1`); null if not an address. */
export function normalizeIp(ip: string | null | undefined): string | null {
  if (!ip || !ipaddr.isValid(ip)) return null;
  return ipaddr.process(ip).toString();
}

/**
 * The network an address belongs to, which no longer points to a single connection:
 * IPv4 to its /24 (`192.0.2.0/24`), IPv6 to its /48 (`2001:db8:abcd::/48`).
 */
export function truncateIp(ip: string): string | null {
  if (!ipaddr.isValid(ip)) return null;
  const addr = ipaddr.process(ip);
  return addr.kind() === 'ipv4'
    ? `${ipaddr.IPv4.networkAddressFromCIDR(`${addr.toString()}/24`).toString()}/24`
    : `${ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/48`).toString()}/48`;
}

/** The instant before which an event's address is past its retention period (from the policy). */
function truncationCutoff(now: Date): Date {
  const rule = retentionRules.find((r) => r.id === SECURITY_IP_RULE)!;
  const p = rule.period as { years?: number; months?: number; days?: number };
  return addDuration(now, { years: -(p.years ?? 0), months: -(p.months ?? 0), days: -(p.days ?? 0) });
}

/**
 * Truncates the addresses of every event older than the retention period (`security_ip_30d`:
 * 30 days). Idempotent: a truncated address is marked and never touched again. Returns how
 * many addresses were truncated.
 */
export async function truncateSecurityIps(db: Db, now: Date, batch = 500): Promise<number> {
  const cutoff = truncationCutoff(now);
  let total = 0;
  for (;;) {
    const rows = await db
      .select({ id: securityEvents.id, ip: securityEvents.ip, at: securityEvents.at })
      .from(securityEvents)
      .where(and(isNull(securityEvents.ipTruncatedAt), isNotNull(securityEvents.ip), lte(securityEvents.at, cutoff)))
      .orderBy(asc(securityEvents.at))
      .limit(batch);
    // The policy decides: only once the rule's deadline for this event has passed.
    const due = rows.filter((row) => retentionDeadline(SECURITY_IP_RULE, row.at) <= now);
    for (const row of due) {
      await db
        .update(securityEvents)
        .set({ ip: truncateIp(row.ip!), ipTruncatedAt: now })
        .where(eq(securityEvents.id, row.id));
    }
    total += due.length;
    if (rows.length < batch || due.length === 0) return total;
  }
}

/** Every night: the addresses of security events older than 30 days are truncated (policy §4e). */
export const truncateSecurityIpsJob = ({ db, clock }: { db: Db; clock: Clock }) =>
  defineJob({
    name: 'identity.truncate-security-ips',
    schema: z.object({}).nullable(),
    cron: '23 3 * * *',
    retryLimit: 3,
    async handler(_data, { log }) {
      const truncated = await truncateSecurityIps(db, clock.now());
      log.info({ truncated }, 'security event addresses truncated');
    },
  });
