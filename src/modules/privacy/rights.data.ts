import { declareTable } from './inventory.ts';
import { rightsRequestPauses, rightsRequestReminders, rightsRequests } from './rights.tables.ts';

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
