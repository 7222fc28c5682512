import { declareTable } from '#src/modules/privacy/index.ts';
import { staffSessions, staffUsers } from './identity.tables.ts';

// Staff accounts hold Kliniksupport's employees' data, outside the customer policy.
export const identityInventory = [
  declareTable(staffUsers, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'id', kind: 'staff' },
    other: ['id', 'email', 'displayName', 'roles', 'passwordHash', 'mustChangePassword', 'createdAt', 'disabledAt'],
  }),
  declareTable(staffSessions, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'staffId', kind: 'staff' },
    other: ['id', 'tokenHash', 'staffId', 'createdAt', 'lastSeenAt'],
  }),
];
