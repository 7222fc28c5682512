/**
 * The codes of a request's records (scans, identity verification, letters), without imports:
 * the schema file uses them for its check constraints, and drizzle-kit loads schema files alone.
 */

/** What a scanned letter may be: told by its first bytes, never by a name or a declared type. */
export const scanMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanMediaType = (typeof scanMediaTypes)[number];

/** The identity verifiers there are (rights.identity.ts); BankID is to come. */
export const verificationMethods = ['signed_letter', 'account_session'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

export const verificationStatuses = ['pending', 'verified', 'failed'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

/** The letters the person gets about a request. */
export const letterKinds = ['acknowledgement', 'supplementary_information', 'extension'] as const;
export type LetterKind = (typeof letterKinds)[number];

/** `email` to the contact person's address; `post` when there is none (the officer prints and posts it). */
export const letterDeliveries = ['email', 'post'] as const;
export type LetterDelivery = (typeof letterDeliveries)[number];

/** What the person may be asked to supplement (GDPR art. 12(6)): no more than is needed. */
export const supplementaryItems = ['signed_request', 'account_sign_in', 'which_account', 'scope'] as const;
export type SupplementaryItem = (typeof supplementaryItems)[number];
