import { accessLog } from './access-log.tables.ts';
import { declareTable } from './inventory.ts';

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
];
