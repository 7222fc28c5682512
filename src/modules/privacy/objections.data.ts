import { declareTable, type PersonalColumn } from './inventory.ts';
import { objections } from './objections.tables.ts';

// A person's objections: kept while the account lives, read before every marketing send (§10).
const choice: PersonalColumn = { category: 'company_data', purposes: ['c.marketing'], retention: 'account_lifetime' };

export const objectionsInventory = [
  declareTable(objections, {
    module: 'privacy',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'subjectId', kind: 'contact' },
    personal: { kind: choice, channel: choice, source: choice, recordedAt: choice },
    other: ['id', 'subjectType', 'subjectId'],
  }),
];
