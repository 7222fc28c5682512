import { declareTable } from '#src/modules/privacy/index.ts';
import { staffSessions, staffUsers } from './identity.tables.ts';
import { securityInventory } from './security-events.data.ts';
import { staffRecoveryCodes, staffTotp, staffTotpChallenges } from './totp.tables.ts';

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
  declareTable(staffTotp, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'staffId', kind: 'staff' },
    other: ['staffId', 'createdAt', 'confirmedAt', 'lastStep'],
    secret: ['secret'],
  }),
  declareTable(staffTotpChallenges, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'staffId', kind: 'staff' },
    other: ['id', 'staffId', 'createdAt'],
    secret: ['tokenHash'],
  }),
  declareTable(staffRecoveryCodes, {
    module: 'identity',
    scope: 'staff',
    subjectKey: { column: 'staffId', kind: 'staff' },
    other: ['id', 'staffId', 'createdAt', 'usedAt'],
    secret: ['codeHash'],
  }),
  ...securityInventory,
];
