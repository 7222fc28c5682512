import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One sweep of the retention engine (a daily job, or `kliniksupport retention run`). A run that
 * was killed stays `running` with an old heartbeat; the next run finishes its work.
 */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** The instant the rules were applied at (the clock, or `--as-of`). */
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    /** 'job' | 'cli' | 'test' */
    trigger: text('trigger').notNull(),
    status: text('status').$type<'running' | 'finished' | 'failed'>().notNull(),
    policyVersion: text('policy_version').notNull(),
  },
  (t) => [index('retention_runs_started_idx').on(t.startedAt)],
);

/**
 * The proof of deletion: one row per batch, written in the batch's own transaction, so it exists
 * exactly when the deletion does. Counts, dates, the rule and policy version, and the ids as
 * SHA-256 hashes (`<target>:<id>`): someone holding an id can check that its row was deleted,
 * nobody can read an id back. No personal data.
 */
export const retentionActions = pgTable(
  'retention_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => retentionRuns.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    target: text('target').notNull(),
    rule: text('rule').notNull(),
    /** 'delete' | 'minimize' */
    action: text('action').notNull(),
    rows: integer('rows').notNull(),
    /** Rows deleted with them in other tables, by table. */
    related: jsonb('related').$type<Record<string, number>>().notNull(),
    files: integer('files').notNull(),
    idHashes: text('id_hashes').array().notNull(),
    earliestAnchor: timestamp('earliest_anchor', { withTimezone: true }).notNull(),
    latestAnchor: timestamp('latest_anchor', { withTimezone: true }).notNull(),
    policyVersion: text('policy_version').notNull(),
  },
  (t) => [index('retention_actions_run_idx').on(t.runId), index('retention_actions_at_idx').on(t.at)],
);

/**
 * Files whose rows are deleted: queued in the deleting transaction, removed from the files
 * folder after commit. A sweep killed in between removes them on its next run, so no file
 * outlives its row.
 */
export const retentionFileQueue = pgTable('retention_file_queue', {
  path: text('path').primaryKey(),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
});

/**
 * An open legal claim about a customer (a dispute, a claim being collected, an authority's
 * request), placed by the privacy officer or finance: while it is open the retention engine keeps
 * the customer's records that the claim concerns (statutory rule `legal_claim`, GDPR art. 17(3)(e)).
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'company' | 'contact' */
    subjectType: text('subject_type').$type<'company' | 'contact'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** 'dispute' | 'collection' | 'authority' */
    reason: text('reason').$type<'dispute' | 'collection' | 'authority'>().notNull(),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    placedBy: uuid('placed_by'),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by'),
  },
  (t) => [index('legal_holds_subject_idx').on(t.subjectType, t.subjectId)],
);
