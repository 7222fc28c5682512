import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { consentChannels, type ConsentChannel } from './consent-texts.ts';

const channelNames: Record<ConsentChannel, { sv: string; en: string }> = {
  email: { sv: 'e-post', en: 'e-mail' },
  sms: { sv: 'sms', en: 'text message' },
  post: { sv: 'post', en: 'post' },
  social: { sv: 'sociala medier', en: 'social media' },
};
const named = (channels: readonly ConsentChannel[], lang: 'sv' | 'en') =>
  channels.map((c) => channelNames[c][lang]).join(', ');

/**
 * Double opt-in: the link that confirms a sign-up. Sent at once, not queued: before the person
 * confirms nothing about them is stored, not even in the job queue (§8).
 */
export const signupConfirmationLetter = defineLetter({
  id: 'marketing.confirm-signup',
  schema: z.strictObject({
    link: z.url(),
    channels: z.array(z.enum(consentChannels)).min(1),
    /** Until when the link works, as the person reads it (Swedish time). */
    validUntil: z.string().min(1),
  }),
  render(p) {
    return {
      subject: { sv: 'Bekräfta din anmälan', en: 'Confirm your sign-up' },
      sv: [
        {
          p: `Du (eller någon som angav din e-postadress) har anmält dig till erbjudanden och nyheter från Kliniksupport via ${named(p.channels, 'sv')}.`,
        },
        { p: 'Ingenting har sparats ännu. Vi sparar dina uppgifter och ditt samtycke först när du bekräftar:' },
        { link: { href: p.link, label: 'Bekräfta min anmälan' } },
        {
          p: `Länken gäller till ${p.validUntil}. Vill du inte ha våra utskick behöver du inte göra något – då sparas ingenting.`,
        },
      ],
      en: [
        {
          p: `You (or someone who gave your e-mail address) signed up for offers and news from Kliniksupport by ${named(p.channels, 'en')}.`,
        },
        { p: 'Nothing has been saved yet. We save your details and your consent only once you confirm:' },
        { link: { href: p.link, label: 'Confirm my sign-up' } },
        {
          p: `The link works until ${p.validUntil} (Swedish time). If you do not want our mailings, do nothing – then nothing is saved.`,
        },
      ],
    };
  },
});

/** After confirmation: what was registered, and the one-click link to withdraw it. */
export const consentReceiptLetter = defineLetter({
  id: 'marketing.consent-receipt',
  schema: z.strictObject({
    withdrawLink: z.url(),
    channels: z.array(z.enum(consentChannels)).min(1),
  }),
  render(p) {
    return {
      subject: { sv: 'Tack – ditt samtycke är registrerat', en: 'Thank you – your consent is registered' },
      sv: [
        { p: `Du får nu erbjudanden och nyheter från Kliniksupport via ${named(p.channels, 'sv')}.` },
        {
          p: 'Du kan när som helst återkalla ditt samtycke med ett klick. Det gäller direkt, och dina uppgifter raderas snarast och senast inom sex månader.',
        },
        { link: { href: p.withdrawLink, label: 'Återkalla mitt samtycke' } },
      ],
      en: [
        { p: `You will now receive offers and news from Kliniksupport by ${named(p.channels, 'en')}.` },
        {
          p: 'You can withdraw your consent at any time with one click. It takes effect at once, and your details are deleted as soon as possible and within six months at the latest.',
        },
        { link: { href: p.withdrawLink, label: 'Withdraw my consent' } },
      ],
    };
  },
});

export const marketingLetters = [signupConfirmationLetter, consentReceiptLetter] as const;
