import { createHash } from 'node:crypto';

export const consentChannels = ['email', 'sms', 'post', 'social'] as const;
export type ConsentChannel = (typeof consentChannels)[number];

/** The policy's purpose a marketing consent is given for (§4c, basis `consent` for prospects). */
export const CONSENT_PURPOSE = 'c.marketing' as const;

export type ConsentText = {
  /** Stable and never reused: a changed wording is a new version. */
  version: string;
  purpose: typeof CONSENT_PURPOSE;
  channel: ConsentChannel;
  sv: string;
  en: string;
  /** SHA-256 (hex) of the canonical text (see `consentTextHash`): what the ledger records. */
  sha256: string;
};

/**
 * What a person saw, exactly: `{"en":…,"sv":…}` as UTF-8 JSON with the keys in that order. The
 * ledger keeps the version and this hash beside every consent, so either proves the wording.
 */
export function consentTextHash(t: { sv: string; en: string }): string {
  return createHash('sha256')
    .update(JSON.stringify({ en: t.en, sv: t.sv }), 'utf8')
    .digest('hex');
}

const how: Record<ConsentChannel, { sv: string; en: string }> = {
  email: { sv: 'e-post', en: 'e-mail' },
  sms: { sv: 'sms', en: 'text message (SMS)' },
  post: { sv: 'post', en: 'post' },
  social: { sv: 'sociala medier', en: 'social media' },
};

const text = (channel: ConsentChannel, version: string): ConsentText => {
  const sv =
    `Jag samtycker till att Kliniksupport Sverige AB sparar mina kontaktuppgifter (e-postadress, och namn och företag om jag anger dem) ` +
    `och skickar mig erbjudanden och nyheter om produkter och tjänster för kliniker via ${how[channel].sv}. ` +
    `Uppgifterna sparas först när jag bekräftar via länken i e-postmeddelandet, och raderas senast fem år efter att de samlades in. ` +
    `Jag kan när som helst återkalla samtycket med länken i varje utskick eller på mitt konto; då raderas uppgifterna snarast och senast inom sex månader.`;
  const en =
    `I consent to Kliniksupport Sverige AB keeping my contact details (e-mail address, and name and company if I give them) ` +
    `and sending me offers and news about products and services for clinics by ${how[channel].en}. ` +
    `The details are saved only once I confirm through the link in the e-mail, and are deleted at the latest five years after they were collected. ` +
    `I can withdraw my consent at any time with the link in every mailing or in my account; the details are then deleted as soon as possible and within six months at the latest.`;
  return { version, purpose: CONSENT_PURPOSE, channel, sv, en, sha256: consentTextHash({ sv, en }) };
};

/**
 * Every consent text ever shown, oldest first. Never edit a published text: add a new version
 * (consent-texts.test.ts pins the hashes of the published ones).
 */
export const consentTexts: readonly ConsentText[] = [
  text('email', 'marketing-email-2026-12'),
  text('sms', 'marketing-sms-2026-12'),
  text('post', 'marketing-post-2026-12'),
  text('social', 'marketing-social-2026-12'),
];

/** The text shown today for a channel: the last version of it. */
export function currentConsentText(channel: ConsentChannel): ConsentText {
  const t = consentTexts.filter((c) => c.channel === channel).at(-1);
  if (!t) throw new Error(`no consent text for ${channel}`);
  return t;
}

export function consentTextByVersion(version: string): ConsentText | undefined {
  return consentTexts.find((c) => c.version === version);
}
