import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Objections (§10, GDPR art. 21(2)–(3)): a data subject's objection to direct marketing — on one
 * channel or all — or to profiling for personal offers (§6). Absolute and effective at once: every
 * marketing send and every personal offer asks `objectionsOf` first. One row per subject, kind and
 * channel; recording it again changes nothing.
 */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'contact' | 'company' */
    subjectType: text('subject_type').$type<'contact' | 'company'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** 'direct_marketing' | 'profiling' */
    kind: text('kind').$type<'direct_marketing' | 'profiling'>().notNull(),
    /** 'email' | 'sms' | 'post' | 'social' | 'all' (profiling: 'all') */
    channel: text('channel').$type<'email' | 'sms' | 'post' | 'social' | 'all'>().notNull(),
    /** Where it was made: 'account' (privacy center), 'letter', 'unsubscribe_link', 'customer_service' */
    source: text('source').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('objections_subject_kind_channel_idx').on(t.subjectType, t.subjectId, t.kind, t.channel),
    index('objections_subject_idx').on(t.subjectId),
  ],
);
