import type { Duration, LegalBasisDef, LegalBasisKind } from './policy.types.ts';

/** GDPR article 6(1): the legal bases the policy uses. */
export const legalBases = {
  consent: { article: '6(1)(a)', label: { sv: 'Samtycke', en: 'Consent' } },
  contract: { article: '6(1)(b)', label: { sv: 'Avtal', en: 'Contract' } },
  legal_obligation: { article: '6(1)(c)', label: { sv: 'Rättslig förpliktelse', en: 'Legal obligation' } },
  legitimate_interest: { article: '6(1)(f)', label: { sv: 'Berättigat intresse', en: 'Legitimate interest' } },
} as const satisfies Record<LegalBasisKind, LegalBasisDef>;

/** GDPR art. 12(3): answer within one month; extendable by two more months if complex or many. */
export const responseDeadline = {
  within: { months: 1 },
  extension: { months: 2 },
  article: 'art. 12(3)',
} as const satisfies { within: Duration; extension: Duration; article: string };
