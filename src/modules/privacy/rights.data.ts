import { declareTable } from './inventory.ts';
import { rightsRequestPauses, rightsRequestReminders, rightsRequests } from './rights.tables.ts';
import { rightsRequestAttachments, rightsRequestLetters, rightsRequestVerifications } from './rights.records.tables.ts';

/**
 * The register of data subject requests: the controller's proof that each request was handled in
 * time (art. 5(2), 12(3)). Ids, dates and codes, no names or free text; shown to the person in
 * their account and register extract.
 */
export const rightsInventory = [
  declareTable(rightsRequests, {
    module: 'privacy',
    scope: 'accountability',
    subjectKey: { column: 'contactId', kind: 'contact' },
    other: [
      'id',
      'kind',
      'contactId',
      'companyId',
      'channel',
      'receivedAt',
      'status',
      'registeredBy',
      'extendedAt',
      'extensionReason',
      'completedAt',
      'refusalReason',
      'language',
    ],
  }),
  declareTable(rightsRequestPauses, {
    module: 'privacy',
    scope: 'accountability',
    other: ['id', 'requestId', 'pausedAt', 'resumedAt', 'reason'],
  }),
  // Which reminders went to the privacy officer's mailbox: request id, stage and due date.
  declareTable(rightsRequestReminders, {
    module: 'privacy',
    scope: 'none',
    other: ['requestId', 'stage', 'dueDate', 'queuedAt'],
  }),
];

/**
 * A request's records: the scanned letter (a path in the files folder and what the file is), how
 * identity was verified (a personnummer only as a keyed hash, a secret never handed out), and
 * the letters sent (kind, language, codes).
 */
export const rightsRecordsInventory = [
  declareTable(rightsRequestAttachments, {
    module: 'privacy',
    scope: 'accountability',
    via: { column: 'requestId', parent: rightsRequests },
    other: ['id', 'requestId', 'path', 'mediaType', 'bytes', 'sha256', 'uploadedAt', 'uploadedBy', 'requestClosedAt'],
  }),
  declareTable(rightsRequestVerifications, {
    module: 'privacy',
    scope: 'accountability',
    via: { column: 'requestId', parent: rightsRequests },
    other: ['id', 'requestId', 'method', 'status', 'reference', 'startedAt', 'startedBy', 'completedAt', 'completedBy'],
    secret: ['personnummerHash'],
  }),
  declareTable(rightsRequestLetters, {
    module: 'privacy',
    scope: 'accountability',
    via: { column: 'requestId', parent: rightsRequests },
    other: ['id', 'requestId', 'kind', 'language', 'delivery', 'items', 'sentAt', 'sentBy'],
  }),
];
