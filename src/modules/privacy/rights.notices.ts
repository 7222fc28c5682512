import { z } from 'zod';
import { defineLetter, type Bilingual, type LetterContent } from '#src/platform/mail/index.ts';
import { supervisoryAuthority as imy } from '#src/modules/policy/index.ts';
import { supplementaryItems, type SupplementaryItem } from './rights.records.codes.ts';
import { codesOf, extensionReasons, kindLabel, requestKinds, requestLanguages } from './rights.types.ts';

/** What the person is asked to send (GDPR art. 12(6)): no more than is needed to act on the request. */
export const supplementaryItemLabels = {
  signed_request: {
    sv: 'en undertecknad begäran (din namnteckning)',
    en: 'a signed request (your signature)',
  },
  account_sign_in: {
    sv: 'att du loggar in på ditt kundkonto, så att inloggningen styrker att begäran kommer från dig',
    en: 'that you sign in to your customer account, so that the sign-in shows the request comes from you',
  },
  which_account: {
    sv: 'vilken e-postadress eller vilket företag (organisationsnummer) begäran gäller',
    en: 'which e-mail address or company (organisation number) the request concerns',
  },
  scope: {
    sv: 'vilka uppgifter eller vilken tidsperiod begäran gäller',
    en: 'which data or which period the request concerns',
  },
} as const satisfies Record<SupplementaryItem, Bilingual>;

/** A subject in the request's language only; the body always in Swedish, then English. */
const subjectIn = (language: 'sv' | 'en', s: Bilingual): Bilingual => ({ sv: s[language], en: s[language] });

const imyLine: Bilingual = {
  sv: `Du kan klaga hos ${imy.name} (${imy.shortName}), ${imy.web}.`,
  en: `You may complain to ${imy.name} (${imy.shortName}, the Swedish Authority for Privacy Protection), ${imy.web}.`,
};

/**
 * We need more from the person before we can act on their request: what (codes), and that the
 * month stands still until they answer. Ids and codes only.
 */
export const supplementaryInformationLetter = defineLetter({
  id: 'privacy.rights-request-supplementary',
  schema: z.strictObject({
    requestId: z.uuid(),
    kind: z.enum(requestKinds),
    language: z.enum(requestLanguages),
    items: z.array(z.enum(supplementaryItems)).min(1),
  }),
  render(p, { publicUrl }): LetterContent {
    const kind = kindLabel(p.kind);
    const items = p.items.map((i) => supplementaryItemLabels[i]);
    return {
      subject: subjectIn(p.language, {
        sv: `Vi behöver mer från dig för din begäran: ${kind.sv}`,
        en: `We need more from you for your request: ${kind.en}`,
      }),
      sv: [
        { p: `Vi har tagit emot din begäran (${kind.sv}). För att kunna behandla den behöver vi:` },
        { list: items.map((i) => i.sv) },
        {
          p: 'Tiden för vårt svar (en månad, dataskyddsförordningen artikel 12.3) står still tills vi har fått det. Svara på det här brevet eller skriv till oss.',
        },
        { list: [`Ärende: ${p.requestId}`] },
        { p: imyLine.sv },
        { link: { href: `${publicUrl}/konto`, label: 'Logga in på ditt kundkonto' } },
      ],
      en: [
        { p: `We have received your request (${kind.en}). To handle it we need:` },
        { list: items.map((i) => i.en) },
        {
          p: 'The time for our answer (one month, GDPR Article 12(3)) stands still until we have it. Reply to this letter or write to us.',
        },
        { list: [`Reference: ${p.requestId}`] },
        { p: imyLine.en },
      ],
    };
  },
});

/** The deadline is extended by two months (art. 12(3)): why, and the new due date, within the first month. */
export const extensionLetter = defineLetter({
  id: 'privacy.rights-request-extended',
  schema: z.strictObject({
    requestId: z.uuid(),
    kind: z.enum(requestKinds),
    language: z.enum(requestLanguages),
    reason: z.enum(codesOf(extensionReasons)),
    due: z.iso.date(),
  }),
  render(p): LetterContent {
    const kind = kindLabel(p.kind);
    const reason = extensionReasons[p.reason];
    return {
      subject: subjectIn(p.language, {
        sv: `Vi behöver mer tid för din begäran: svar senast ${p.due}`,
        en: `We need more time for your request: answer by ${p.due}`,
      }),
      sv: [
        {
          p: `Vi behöver förlänga tiden för vårt svar på din begäran (${kind.sv}) med två månader, som dataskyddsförordningen artikel 12.3 tillåter. Skäl: ${reason.sv}.`,
        },
        { list: [`Ärende: ${p.requestId}`, `Svar senast: ${p.due}`] },
        { p: imyLine.sv },
      ],
      en: [
        {
          p: `We need to extend the time for our answer to your request (${kind.en}) by two months, as GDPR Article 12(3) allows. Reason: ${reason.en}.`,
        },
        { list: [`Reference: ${p.requestId}`, `Answer due: ${p.due}`] },
        { p: imyLine.en },
      ],
    };
  },
});
