import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { rightsRequests } from './rights.tables.ts';
import { requestLanguages, type RequestLanguage } from './rights.codes.ts';
import {
  letterDeliveries,
  letterKinds,
  scanMediaTypes,
  verificationMethods,
  verificationStatuses,
  type LetterDelivery,
  type LetterKind,
  type ScanMediaType,
  type VerificationMethod,
  type VerificationStatus,
} from './rights.records.codes.ts';

const codes = (list: readonly string[]) => sql.raw(list.map((c) => `'${c}'`).join(', '));

/**
 * The scanned letter of a written request (policy §10: "en skriftligt undertecknad begäran"), in
 * the files folder under `path`; the row holds no name, no file name, only what the file is. The
 * scan goes when the request is closed (`requestClosedAt`, set with the answer) under the
 * retention rule `case_until_closed`, unless a legal hold keeps it (rights.retention.ts).
 */
export const rightsRequestAttachments = pgTable(
  'rights_request_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => rightsRequests.id, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    mediaType: text('media_type').$type<ScanMediaType>().notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    requestClosedAt: timestamp('request_closed_at', { withTimezone: true }),
  },
  (t) => [
    check('rights_request_attachments_type_check', sql`${t.mediaType} in (${codes(scanMediaTypes)})`),
    index('rights_request_attachments_request_idx').on(t.requestId),
    index('rights_request_attachments_closed_idx').on(t.requestClosedAt),
  ],
);

/**
 * How the person's identity was verified (GDPR art. 12(6)): the method (an IdentityVerifier's id),
 * its state, the provider's reference, who recorded the outcome and when. A personnummer, when
 * one was given, only as a keyed hash (HMAC-SHA256): it can be compared, never read back.
 */
export const rightsRequestVerifications = pgTable(
  'rights_request_verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => rightsRequests.id, { onDelete: 'cascade' }),
    method: text('method').$type<VerificationMethod>().notNull(),
    status: text('status').$type<VerificationStatus>().notNull().default('pending'),
    reference: text('reference'),
    personnummerHash: text('personnummer_hash'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    startedBy: uuid('started_by'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The staff member who recorded the outcome; null when the account's sign-in verified it. */
    completedBy: uuid('completed_by'),
  },
  (t) => [
    check('rights_request_verifications_method_check', sql`${t.method} in (${codes(verificationMethods)})`),
    check('rights_request_verifications_status_check', sql`${t.status} in (${codes(verificationStatuses)})`),
    check('rights_request_verifications_done_check', sql`(${t.status} = 'pending') = (${t.completedAt} is null)`),
    index('rights_request_verifications_request_idx').on(t.requestId),
  ],
);

/**
 * Every letter sent to the person about a request: its kind, language, how it went and when it was
 * queued (in the transaction of the step it belongs to). No text: a letter is rendered from its
 * codes (`items`: what was asked for; the extension's reason is the request's).
 */
export const rightsRequestLetters = pgTable(
  'rights_request_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => rightsRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<LetterKind>().notNull(),
    language: text('language').$type<RequestLanguage>().notNull(),
    delivery: text('delivery').$type<LetterDelivery>().notNull(),
    items: text('items')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    sentBy: uuid('sent_by'),
  },
  (t) => [
    check('rights_request_letters_kind_check', sql`${t.kind} in (${codes(letterKinds)})`),
    check('rights_request_letters_language_check', sql`${t.language} in (${codes(requestLanguages)})`),
    check('rights_request_letters_delivery_check', sql`${t.delivery} in (${codes(letterDeliveries)})`),
    index('rights_request_letters_request_idx').on(t.requestId),
  ],
);
