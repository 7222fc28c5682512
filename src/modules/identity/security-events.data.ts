import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { securityEvents } from './security-events.tables.ts';
import { throttleCounters } from './throttle.tables.ts';

/** §4e: addresses used to prevent abuse, kept in full for 30 days, then truncated. */
const abuseAddress: PersonalColumn = {
  category: 'ip_address',
  purposes: ['e.abuse_prevention'],
  retention: 'security_ip_30d',
};

// Whose addresses: customers' contact persons signing in or registering, and anyone using a
// public form. (Staff members' events are in the same table, under the employee notice.)
const subjects = ['account_contact', 'guest_customer', 'consenting_prospect'] as const;

export const securityInventory = [
  declareTable(securityEvents, {
    title: { sv: 'Säkerhetshändelser med IP-adress', en: 'Security events with IP address' },
    module: 'identity',
    scope: 'customer',
    subjects: [...subjects],
    subjectKey: { column: 'contactId', kind: 'contact' },
    personal: { ip: abuseAddress },
    other: ['id', 'type', 'at', 'staffId', 'contactId', 'ipTruncatedAt', 'detail'],
  }),
  declareTable(throttleCounters, {
    module: 'identity',
    scope: 'customer',
    subjects: [...subjects],
    // A SHA-256 of e-mail address and IP address: pseudonymous, forgotten after 24 hours idle
    // and purged after 30 days at the latest; it cannot be followed back to a data subject.
    personal: { keyHash: abuseAddress },
    other: ['failures', 'firstFailureAt', 'lastFailureAt', 'blockedUntil'],
  }),
];
