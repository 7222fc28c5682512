import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failure counters of the throttle (throttle.ts), one per key. The key is a SHA-256 of the
 * action, the account (e-mail address) and the client address, never the values themselves.
 * A counter no one has failed on for 24 hours is forgotten (and purged).
 */
export const throttleCounters = pgTable('throttle_counters', {
  keyHash: text('key_hash').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: timestamp('first_failure_at', { withTimezone: true }).notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  /** Attempts are refused until this instant; null while failures are below the free allowance. */
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
