import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { usageEvents } from './analytics.tables.ts';

const usage: PersonalColumn = {
  category: 'usage_history',
  purposes: ['d.improvement', '6.personal_offers', 'g.legal_obligations'],
  retention: 'history_5y',
};

export const analyticsInventory = [
  declareTable(usageEvents, {
    title: { sv: 'Användarhistorik (sökningar och besök)', en: 'Usage history (searches and visits)' },
    module: 'analytics',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'contactId', kind: 'contact' },
    personal: { kind: usage, subject: usage, occurredAt: usage },
    other: ['id', 'contactId'],
  }),
];
