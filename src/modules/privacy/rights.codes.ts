/**
 * The codes of the request register, without imports: the schema file (rights.tables.ts) uses
 * them for its check constraints, and drizzle-kit loads schema files alone.
 */

/** What a data subject asks for (policy §10, §11; GDPR art. 7(3), 15–18, 20, 21, 77). */
export const requestKinds = [
  'access',
  'rectification',
  'erasure',
  'objection',
  'restriction',
  'portability',
  'consent_withdrawal',
  'complaint',
] as const;
export type RequestKind = (typeof requestKinds)[number];

/** `account`: made by a signed-in customer. `letter`: a written, signed letter registered by the privacy officer. */
export const requestChannels = ['account', 'letter'] as const;
export type RequestChannel = (typeof requestChannels)[number];

export const requestStatuses = ['received', 'awaiting_identity', 'in_progress', 'completed', 'refused'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const openStatuses = ['received', 'awaiting_identity', 'in_progress'] as const satisfies RequestStatus[];

export const requestLanguages = ['sv', 'en'] as const;
export type RequestLanguage = (typeof requestLanguages)[number];
