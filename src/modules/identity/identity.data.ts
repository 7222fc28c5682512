import { declareTable } from '#src/modules/privacy/index.ts';
import { staffSessions, staffUsers } from './identity.tables.ts';
import { securityInventory } from './security-events.data.ts';

// Staff accounts hold Kliniksupport's employees' data, outside the customer policy.
export const identityInventory = [
  declareTable(staffUsers, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'id', kind: 'staff' },
    other: ['id', 'email', 'displayName', 'roles', 'mustChangePassword', 'createdAt', 'disabledAt'],
    secret: ['passwordHash'],
  }),
  declareTable(staffSessions, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'staffId', kind: 'staff' },
    other: ['id', 'staffId', 'createdAt', 'lastSeenAt'],
    secret: ['tokenHash'],
  }),
  ...securityInventory,
];
