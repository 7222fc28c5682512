import { sql } from 'drizzle-orm';
import { declareTable, type PersonalColumn } from './inventory.ts';
import { declareRetention } from './retention.types.ts';
import { erasures, marketingSuppressions, recipientNotices, restrictions } from './erasure.tables.ts';

// A refusal of marketing that outlives an erased account: kept while the refusal stands (§10).
const refusal: PersonalColumn = {
  category: 'email',
  purposes: ['c.marketing'],
  retention: 'do_not_market_while_wanted',
};

/**
 * Erasure's own records: the proof of each erasure, the restrictions of what was kept, the
 * notices to recipients (accountability, art. 5(2): counts, codes and ids only), and the
 * suppression list (a keyed hash of an address, not linkable to anyone without the address).
 */
export const erasureInventory = [
  declareTable(erasures, {
    module: 'privacy',
    scope: 'accountability',
    other: [
      'id',
      'requestId',
      'approvedBy',
      'executedAt',
      'planHash',
      'erased',
      'kept',
      'recipients',
      'suppressed',
      'policyVersion',
    ],
  }),
  declareTable(restrictions, {
    module: 'privacy',
    scope: 'accountability',
    other: ['id', 'erasureId', 'subjectType', 'subjectId', 'tableName', 'rule', 'rows', 'until', 'restrictedAt'],
  }),
  declareTable(recipientNotices, {
    module: 'privacy',
    scope: 'accountability',
    other: ['id', 'requestId', 'kind', 'recipient', 'categories', 'disclosures', 'notifiedAt'],
  }),
  declareTable(marketingSuppressions, {
    module: 'privacy',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { emailHash: refusal, channels: refusal },
    other: ['recordedAt', 'liftedAt'],
  }),
];

/** A lifted refusal (the person asked for marketing again) is deleted at the next sweep. */
export const suppressionRetention = [
  declareRetention({
    id: 'privacy.suppressions',
    module: 'privacy',
    rule: 'do_not_market_while_wanted',
    table: marketingSuppressions,
    key: marketingSuppressions.emailHash,
    anchor: marketingSuppressions.liftedAt,
    where: sql`${marketingSuppressions.liftedAt} is not null`,
    action: 'delete',
    what: { sv: 'Spärrar mot marknadsföring som hävts', en: 'Lifted marketing suppressions' },
  }),
];
