import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Security events (policy §4e): sign-ins, failed sign-ins, sign-outs, password changes,
 * disabled accounts, throttling. The IP address is kept in full for 30 days, then truncated
 * (IPv4 to /24, IPv6 to /48) by the retention engine (target `identity.security_ips`, rule
 * `security_ip_30d`).
 */
export const securityEvents = pgTable(
  'security_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** One of `securityEventTypes` (security-events.ts), e.g. `staff.sign_in_failed`. */
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The staff member the event is about, when known (not for an unknown address). */
    staffId: uuid('staff_id'),
    /** The customer contact person the event is about, when known. */
    contactId: uuid('contact_id'),
    /** The client's address; after 30 days its network only (`192.0.2.0/24`, `2001:db8:1::/48`). */
    ip: text('ip'),
    /** When the address was truncated; null while it is kept in full. */
    ipTruncatedAt: timestamp('ip_truncated_at', { withTimezone: true }),
    /** A short code without personal data: why a sign-in failed, which throttle blocked. */
    detail: text('detail'),
  },
  (t) => [
    index('security_events_at_idx').on(t.at),
    index('security_events_staff_idx').on(t.staffId),
    index('security_events_contact_idx').on(t.contactId),
  ],
);
