import type { Bilingual } from './retention.types.ts';
import type { VerificationMethod } from './rights.records.codes.ts';

/** What a verifier knows of the request whose person it verifies: ids only. */
export type VerificationContext = {
  requestId: string;
  contactId: string | null;
  /** When this verification was started (a sign-in must come after it to count). */
  startedAt: Date;
  now: Date;
};

/** The privacy officer's judgement, where the method needs one (a signed letter compared by eye). */
export type OfficerFinding = { outcome?: 'verified' | 'failed' | undefined };

export type VerificationResult = { status: 'pending' | 'verified' | 'failed' };

/**
 * One way of verifying that a request comes from the person it names (GDPR art. 12(2), 12(6)),
 * asking for no more than is needed. `start` gives the provider's reference (an order reference
 * of an e-signature service; none for the officer's own comparison) and what to do; `collect`
 * asks for the outcome. An e-signature provider (BankID RP API v6: `auth` → `orderRef`,
 * `collect` → `complete` with the signed `completionData`) fits the same two steps.
 */
export type IdentityVerifier = {
  id: VerificationMethod;
  label: Bilingual;
  start(ctx: VerificationContext): Promise<{ reference: string | null; instructions: Bilingual }>;
  collect(
    ctx: VerificationContext & { reference: string | null },
    finding: OfficerFinding,
  ): Promise<VerificationResult>;
};

/**
 * `signed_letter`: the officer compares the letter's signature, name and address with what the
 * account holds and records the outcome; nothing is sent anywhere.
 */
export const signedLetterVerifier: IdentityVerifier = {
  id: 'signed_letter',
  label: { sv: 'Undertecknat brev', en: 'Signed letter' },
  async start() {
    return {
      reference: null,
      instructions: {
        sv: 'Jämför brevets namnteckning, namn och adress med uppgifterna i kundkontot och registrera utfallet.',
        en: 'Compare the letter’s signature, name and address with the account’s details and record the outcome.',
      },
    };
  },
  async collect(_ctx, finding) {
    return { status: finding.outcome ?? 'pending' };
  },
};

/**
 * `account_session`: the person signs in to their customer account after the verification was
 * started (a fresh sign-in, password and all). A request made in the account is verified by the
 * sign-in it was made in.
 */
export function accountSessionVerifier(deps: {
  signedInSince(contactId: string, since: Date): Promise<boolean>;
}): IdentityVerifier {
  return {
    id: 'account_session',
    label: { sv: 'Inloggning i kundkontot', en: 'Sign-in to the customer account' },
    async start() {
      return {
        reference: null,
        instructions: {
          sv: 'Be personen logga in på sitt kundkonto; inloggningen efter denna tidpunkt styrker identiteten.',
          en: 'Ask the person to sign in to their customer account; a sign-in after this moment verifies their identity.',
        },
      };
    },
    async collect(ctx, finding) {
      if (finding.outcome === 'failed') return { status: 'failed' };
      if (!ctx.contactId) return { status: 'failed' };
      return { status: (await deps.signedInSince(ctx.contactId, ctx.startedAt)) ? 'verified' : 'pending' };
    },
  };
}
