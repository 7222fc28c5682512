import { declareTable, type PersonalColumn } from './inventory.ts';
import { objections } from './objections.tables.ts';

// A person's objections: kept while the account lives, read before every marketing send (§10).
const choice: PersonalColumn = { category: 'company_data', purposes: ['c.marketing'], retention: 'account_lifetime' };

export const objectionsInventory = [
  declareTable(objections, {
    title: { sv: 'Dina val om marknadsföring och profilering', en: 'Your choices about marketing and profiling' },
    module: 'privacy',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'subjectId', kind: 'contact' },
    personal: { kind: choice, channel: choice, source: choice, recordedAt: choice },
    other: ['id', 'subjectType', 'subjectId'],
  }),
];
