import { rights, type RightId } from '#src/modules/policy/index.ts';
import type { RequestKind } from './rights.codes.ts';

export * from './rights.codes.ts';

/** The right of the policy each kind of request exercises. */
export const rightOfKind = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  objection: 'objection',
  restriction: 'restriction',
  portability: 'portability',
  consent_withdrawal: 'withdraw_consent',
  complaint: 'complaint',
} as const satisfies Record<RequestKind, RightId>;

/** The kind's title, from the policy's right. */
export const kindLabel = (kind: RequestKind) => rights.find((r) => r.id === rightOfKind[kind])!.title;

type Coded<T extends string> = Record<T, { sv: string; en: string }>;

/** Why the clock stops: the controller waits for the person (GDPR art. 11(2), 12(6)). */
export const pauseReasons = {
  identity: { sv: 'Vi väntar på uppgifter som styrker din identitet', en: 'We are waiting for proof of your identity' },
  supplementary_information: {
    sv: 'Vi väntar på kompletterande uppgifter från dig',
    en: 'We are waiting for supplementary information from you',
  },
} as const satisfies Coded<string>;
export type PauseReason = keyof typeof pauseReasons;

/** Why the deadline is extended by two months (GDPR art. 12(3)): no personal data, codes only. */
export const extensionReasons = {
  complexity: { sv: 'Begäran är komplicerad', en: 'The request is complex' },
  number_of_requests: { sv: 'Vi har fått många begäranden', en: 'We have received a large number of requests' },
} as const satisfies Coded<string>;
export type ExtensionReason = keyof typeof extensionReasons;

/** Why a request is refused (GDPR art. 11(2), 12(2), 12(5), 17(3), 21(1)); the person may complain to IMY. */
export const refusalReasons = {
  identity_not_established: {
    sv: 'Vi har inte kunnat fastställa din identitet',
    en: 'We could not establish your identity',
  },
  manifestly_unfounded: { sv: 'Begäran är uppenbart ogrundad', en: 'The request is manifestly unfounded' },
  excessive: { sv: 'Begäran är orimlig', en: 'The request is excessive' },
  legal_exemption: {
    sv: 'En lag eller ett rättsligt anspråk hindrar oss',
    en: 'A law or a legal claim prevents us',
  },
} as const satisfies Coded<string>;
export type RefusalReason = keyof typeof refusalReasons;

/** The codes of a table of labels, for `z.enum`. */
export const codesOf = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
