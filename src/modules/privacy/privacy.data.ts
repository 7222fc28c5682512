import { accessLog } from './access-log.tables.ts';
import { declareTable } from './inventory.ts';
import { disclosures } from './disclosures.tables.ts';

// The kernel's own records: who at Kliniksupport accessed whose data, kept for accountability.
export const privacyInventory = [
  declareTable(accessLog, {
    module: 'privacy',
    scope: 'accountability',
    other: [
      'seq',
      'at',
      'actorType',
      'actorId',
      'actorRole',
      'purpose',
      'subjectType',
      'subjectId',
      'categories',
      'action',
      'ip',
      'prevHash',
      'hash',
    ],
  }),
  // §7: every disclosure to a recipient outside Kliniksupport (ids and policy words only).
  declareTable(disclosures, {
    module: 'privacy',
    scope: 'accountability',
    other: ['id', 'at', 'recipient', 'purpose', 'categories', 'subjectType', 'subjectId', 'reference'],
  }),
];
