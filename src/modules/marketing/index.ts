/**
 * The marketing module: the consent ledger with double opt-in, prospects, and the consent check
 * marketing code must ask (`hasConsent`). Channel preferences, the do-not-market register and
 * campaigns are still to come.
 */
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Mailer, Sender } from '#src/platform/mail/index.ts';
import type { AppModule } from '#src/platform/module/index.ts';
import { createConsentLedger } from './consents.service.ts';
import { consentReceiptJob } from './marketing.jobs.ts';
import { createSealer } from './marketing.tokens.ts';

export { prospects, consents } from './marketing.tables.ts';
export { marketingInventory } from './marketing.data.ts';
export { marketingRetention } from './marketing.retention.ts';
export { marketingLetters, signupConfirmationLetter, consentReceiptLetter } from './marketing.letters.ts';
export {
  consentTexts,
  consentChannels,
  currentConsentText,
  consentTextByVersion,
  consentTextHash,
  type ConsentChannel,
  type ConsentText,
} from './consent-texts.ts';
export {
  hasConsent,
  createConsentLedger,
  type ConsentLedger,
  type ConsentSubject,
  type ConfirmResult,
} from './consents.service.ts';
export { createSignup, confirmLink, withdrawLink, type Signup } from './signup.service.ts';
export { createSealer, type Sealer } from './marketing.tokens.ts';
export { consentReceiptQueue } from './marketing.jobs.ts';
export { registerMarketingRoutes, type MarketingRouteDeps } from './marketing.routes.ts';
export { registerConsentRoutes, type ConsentRouteDeps } from './consents.routes.ts';
export type { MarketingFailure } from './marketing.errors.ts';

export type MarketingModuleDeps = {
  db: Db;
  clock: Clock;
  mailer?: Mailer | undefined;
  sender: Sender;
  publicUrl: string;
  /** MARKETING_TOKEN_KEY; absent where the modules are only listed (the receipt job then fails and is retried elsewhere). */
  tokenKey?: Buffer | undefined;
};

/** The marketing module's job (the consent receipt with its withdrawal link) and the clauses it enforces. */
export const marketingModule = (deps: MarketingModuleDeps): AppModule => ({
  name: 'marketing',
  jobs: [
    consentReceiptJob({
      ledger: deps.tokenKey
        ? createConsentLedger({ db: deps.db, clock: deps.clock, sealer: createSealer(deps.tokenKey) })
        : undefined,
      mailer: deps.mailer,
      sender: deps.sender,
      publicUrl: deps.publicUrl,
    }),
  ],
  enforces: [
    {
      clause: 'purpose:c.marketing',
      what: 'Consent ledger: prospects registered only on double opt-in (nothing stored before), each consent with the exact text version and its SHA-256, source, time and method; hasConsent() for marketing code',
    },
    {
      clause: 'right:withdraw_consent',
      what: 'Withdrawal as easy as giving: a one-click link in every receipt mail and a button in the account, effective at once',
    },
  ],
});
