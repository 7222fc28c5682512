import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  openStatuses,
  requestChannels,
  requestKinds,
  requestLanguages,
  requestStatuses,
  type RequestChannel,
  type RequestKind,
  type RequestLanguage,
  type RequestStatus,
} from './rights.codes.ts';
import type { ExtensionReason, PauseReason, RefusalReason } from './rights.types.ts';

/** `'a', 'b'`: a list of codes for a check constraint. */
const codes = (list: readonly string[]) => sql.raw(list.map((c) => `'${c}'`).join(', '));

/**
 * The register of data subject requests (policy §10, §11; GDPR art. 12): what was asked, by whom
 * (a contact's or a company's id), how it came in, when, and how it was handled. Ids and codes
 * only, no names or free text: the register is the controller's proof that each request was
 * answered in time (art. 5(2)), so it has no foreign keys — it outlives an account that is
 * terminated or erased.
 */
export const rightsRequests = pgTable(
  'rights_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<RequestKind>().notNull(),
    contactId: uuid('contact_id'),
    companyId: uuid('company_id'),
    channel: text('channel').$type<RequestChannel>().notNull(),
    /** When the request arrived (for a letter: the day it was received, 00:00 UTC). The deadline counts from it. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    status: text('status').$type<RequestStatus>().notNull().default('received'),
    /** The staff member who registered a letter; null for a request made in the account. */
    registeredBy: uuid('registered_by'),
    extendedAt: timestamp('extended_at', { withTimezone: true }),
    extensionReason: text('extension_reason').$type<ExtensionReason>(),
    /** When the request was answered: completed, or refused. */
    completedAt: timestamp('completed_at', { withTimezone: true }),
    refusalReason: text('refusal_reason').$type<RefusalReason>(),
    /** The language the person wrote in and is answered in. */
    language: text('language').$type<RequestLanguage>().notNull().default('sv'),
  },
  (t) => [
    check('rights_requests_subject_check', sql`${t.contactId} is not null or ${t.companyId} is not null`),
    check('rights_requests_kind_check', sql`${t.kind} in (${codes(requestKinds)})`),
    check('rights_requests_channel_check', sql`${t.channel} in (${codes(requestChannels)})`),
    check('rights_requests_status_check', sql`${t.status} in (${codes(requestStatuses)})`),
    check('rights_requests_language_check', sql`${t.language} in (${codes(requestLanguages)})`),
    check('rights_requests_extension_check', sql`(${t.extendedAt} is null) = (${t.extensionReason} is null)`),
    check(
      'rights_requests_closed_check',
      sql`(${t.status} in ('completed', 'refused')) = (${t.completedAt} is not null)`,
    ),
    check('rights_requests_refusal_check', sql`(${t.status} = 'refused') = (${t.refusalReason} is not null)`),
    index('rights_requests_status_idx').on(t.status, t.receivedAt),
    index('rights_requests_contact_idx').on(t.contactId),
    index('rights_requests_company_idx').on(t.companyId),
    // One open request of a kind per person from the account (a second click does not make two).
    uniqueIndex('rights_requests_open_account_idx')
      .on(t.contactId, t.kind)
      .where(sql`channel = 'account' and status in (${codes(openStatuses)})`),
  ],
);

/** The clock stands still while the controller waits for the person (identity, supplementary information). */
export const rightsRequestPauses = pgTable(
  'rights_request_pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => rightsRequests.id, { onDelete: 'cascade' }),
    pausedAt: timestamp('paused_at', { withTimezone: true }).notNull(),
    resumedAt: timestamp('resumed_at', { withTimezone: true }),
    reason: text('reason').$type<PauseReason>().notNull(),
  },
  (t) => [
    index('rights_request_pauses_request_idx').on(t.requestId),
    // At most one open pause per request.
    uniqueIndex('rights_request_pauses_open_idx')
      .on(t.requestId)
      .where(sql`resumed_at is null`),
  ],
);

/**
 * The reminders to the privacy officer, one per request, stage and due date (a due date moved by a
 * pause or an extension gets reminders of its own), recorded in the transaction that queues the mail.
 */
export const rightsRequestReminders = pgTable(
  'rights_request_reminders',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => rightsRequests.id, { onDelete: 'cascade' }),
    stage: text('stage').$type<'due_soon' | 'overdue'>().notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.stage, t.dueDate] })],
);
