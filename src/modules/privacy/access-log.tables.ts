import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every read or change of personal data by staff, append-only: a trigger refuses UPDATE,
 * DELETE and TRUNCATE (migration 0001), and each entry carries the hash of the one before.
 */
export const accessLog = pgTable(
  'access_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    purpose: text('purpose').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    categories: text('categories').array().notNull(),
    action: text('action').notNull(),
    /** The staff member's address (staff data, not the customer's). */
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('access_log_subject_idx').on(t.subjectType, t.subjectId, t.seq)],
);
