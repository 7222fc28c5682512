import ipaddr from 'ipaddr.js';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
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
