import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './identity.tables.ts';

/**
 * A staff member's TOTP second factor (RFC 6238, 30 s steps, 6 digits). The secret must be
 * readable to check codes, so it is declared `secret` in the inventory and never handed out
 * after enrolment. `confirmedAt` is null until a first valid code confirms the enrolment.
 */
export const staffTotp = pgTable('staff_totp', {
  staffId: uuid('staff_id')
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: 'cascade' }),
  /** Base32. */
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** The time step of the last accepted code: a code of this step or earlier is never accepted again. */
  lastStep: integer('last_step'),
});

/** The pending state between the password and the second factor: a hashed token, valid 5 minutes. */
export const staffTotpChallenges = pgTable(
  'staff_totp_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_totp_challenges_staff_idx').on(t.staffId)],
);

/** One-time recovery codes: SHA-256 hashes only; each can be used once. */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('staff_recovery_codes_staff_idx').on(t.staffId)],
);
