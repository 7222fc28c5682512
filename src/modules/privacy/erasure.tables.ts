import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One table's share of an erasure: rows deleted, or kept minimised under the named laws until a date. */
export type ErasedCount = { table: string; rows: number };
export type KeptCount = { table: string; rows: number; rules: string[]; until: string | null };

/**
 * The proof that an erasure (GDPR art. 17) was carried out: which request, who approved which
 * plan (its hash), when, and per table how many rows went and how many stay minimised under which
 * law until when. Counts and codes only — nothing that names the person.
 */
export const erasures = pgTable(
  'erasures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').notNull().unique(),
    approvedBy: uuid('approved_by').notNull(),
    executedAt: timestamp('executed_at', { withTimezone: true }).notNull(),
    planHash: text('plan_hash').notNull(),
    erased: jsonb('erased').$type<ErasedCount[]>().notNull(),
    kept: jsonb('kept').$type<KeptCount[]>().notNull(),
    /** Recipients told of the erasure (GDPR art. 19), by the policy's recipient ids. */
    recipients: text('recipients').array().notNull(),
    suppressed: integer('suppressed').notNull(),
    policyVersion: text('policy_version').notNull(),
  },
  (t) => [check('erasures_suppressed_check', sql`${t.suppressed} >= 0`)],
);

/**
 * Restriction of processing (GDPR art. 18(1)(c) with 17(3)(b)/(e)): the records an erasure had to
 * keep for a law. While a restriction lasts, staff may use the subject's data only for that law's
 * purpose (purpose-bound access checks it). `until` null: until an open claim is settled.
 */
export const restrictions = pgTable(
  'restrictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    erasureId: uuid('erasure_id')
      .notNull()
      .references(() => erasures.id),
    subjectType: text('subject_type').$type<'contact' | 'company'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    tableName: text('table_name').notNull(),
    rule: text('rule').notNull(),
    rows: integer('rows').notNull(),
    until: date('until', { mode: 'string' }),
    restrictedAt: timestamp('restricted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('restrictions_subject_type_check', sql`${t.subjectType} in ('contact', 'company')`),
    index('restrictions_subject_idx').on(t.subjectId),
  ],
);

/**
 * Notices to recipients that data they received was erased or corrected (GDPR art. 19): to which
 * recipient, about how many disclosures, of which categories, when. No personal data: the notice
 * itself names the disclosures by their references.
 */
export const recipientNotices = pgTable(
  'recipient_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id'),
    kind: text('kind').$type<'erasure' | 'rectification'>().notNull(),
    recipient: text('recipient').notNull(),
    categories: text('categories').array().notNull(),
    disclosures: integer('disclosures').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('recipient_notices_kind_check', sql`${t.kind} in ('erasure', 'rectification')`),
    index('recipient_notices_request_idx').on(t.requestId),
  ],
);

/**
 * Refusals of direct marketing that outlive an erased account: a keyed hash (HMAC-SHA256) of the
 * e-mail address and the channels refused — nothing else. A new account or sign-up with the same
 * address is checked against it, so marketing never resumes by accident. `liftedAt`: the person
 * gave consent again or withdrew the objection; the engine then deletes the row.
 */
export const marketingSuppressions = pgTable('marketing_suppressions', {
  emailHash: text('email_hash').primaryKey(),
  channels: text('channels').array().notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  liftedAt: timestamp('lifted_at', { withTimezone: true }),
});
