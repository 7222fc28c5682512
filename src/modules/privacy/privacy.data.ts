import { accessLog } from './access-log.tables.ts';
import { declareTable } from './inventory.ts';
import { disclosures } from './disclosures.tables.ts';
import { legalHolds, retentionActions, retentionFileQueue, retentionRuns } from './retention.tables.ts';
import { rightsInventory, rightsRecordsInventory } from './rights.data.ts';

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
  // The retention engine's proof of deletion: counts, dates, rules and hashed ids, no personal data.
  declareTable(retentionRuns, {
    module: 'privacy',
    scope: 'none',
    other: ['id', 'startedAt', 'heartbeatAt', 'finishedAt', 'asOf', 'trigger', 'status', 'policyVersion'],
  }),
  declareTable(retentionActions, {
    module: 'privacy',
    scope: 'none',
    other: [
      'id',
      'runId',
      'at',
      'target',
      'rule',
      'action',
      'rows',
      'related',
      'files',
      'idHashes',
      'earliestAnchor',
      'latestAnchor',
      'policyVersion',
    ],
  }),
  // Paths of files whose rows are gone, until the files are removed (paths are ids, not names).
  declareTable(retentionFileQueue, { module: 'privacy', scope: 'none', other: ['path', 'queuedAt'] }),
  // An open legal claim about a company or contact: ids, a reason code and who placed it.
  declareTable(legalHolds, {
    module: 'privacy',
    scope: 'accountability',
    other: ['id', 'subjectType', 'subjectId', 'reason', 'placedAt', 'placedBy', 'releasedAt', 'releasedBy'],
  }),
  // The register of data subject requests (rights.data.ts).
  ...rightsInventory,
  ...rightsRecordsInventory,
];
