import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { supervisoryAuthority as imy } from '#src/modules/policy/index.ts';

const bilingual = z.strictObject({ sv: z.string(), en: z.string() });
const law = z.strictObject({ name: bilingual, until: z.iso.date().nullable() });

const rowsText = (n: number) => ({
  sv: `${n} ${n === 1 ? 'post' : 'poster'}`,
  en: `${n} ${n === 1 ? 'record' : 'records'}`,
});
const untilText = (until: string | null) => ({
  sv: until ? `till och med ${until}` : 'tills anspråket är avgjort',
  en: until ? `until ${until}` : 'until the claim is settled',
});

/**
 * The letter to the person after their erasure (GDPR art. 17, 12(1)): what was erased, what is
 * kept, under which law and until which date (restricted, art. 18), which recipients were told
 * (art. 19), and how to complain to IMY. Titles, counts and laws only — nothing the person wrote.
 */
export const erasureLetter = defineLetter({
  id: 'privacy.erasure-completed',
  schema: z.strictObject({
    requestId: z.uuid(),
    erased: z.array(z.strictObject({ title: bilingual, rows: z.number().int() })),
    kept: z.array(z.strictObject({ title: bilingual, rows: z.number().int(), laws: z.array(law) })),
    recipients: z.array(bilingual),
    suppressed: z.boolean(),
  }),
  render(p) {
    const lang = (l: 'sv' | 'en') => {
      const erased = p.erased.map((e) => `${e.title[l]}: ${rowsText(e.rows)[l]}`);
      const kept = p.kept.map(
        (k) =>
          `${k.title[l]}: ${rowsText(k.rows)[l]} — ${k.laws.map((x) => `${x.name[l]}, ${untilText(x.until)[l]}`).join('; ')}`,
      );
      const sv = l === 'sv';
      return [
        {
          p: sv
            ? 'Vi har raderat dina personuppgifter enligt din begäran (dataskyddsförordningen artikel 17). Ditt kundkonto är avslutat.'
            : 'We have erased your personal data as you asked (GDPR Article 17). Your customer account is closed.',
        },
        { p: sv ? 'Det här har raderats:' : 'This was erased:' },
        { list: erased.length ? erased : [sv ? 'Inga fler uppgifter fanns.' : 'No further data was held.'] },
        ...(kept.length
          ? [
              {
                p: sv
                  ? 'Det här måste vi spara enligt lag. Uppgifterna är begränsade till det lagen kräver och spärrade: vi använder dem bara för lagens ändamål och raderar dem när tiden gått ut.'
                  : 'This we must keep by law. The data is limited to what the law requires and restricted: we use it only for the law’s purpose and delete it when the period ends.',
              },
              { list: kept },
            ]
          : []),
        ...(p.recipients.length
          ? [
              {
                p: sv
                  ? `Vi har meddelat dem som har fått uppgifter om dig av oss (artikel 19): ${p.recipients.map((r) => r.sv).join(', ')}.`
                  : `We have told those who received your data from us (Article 19): ${p.recipients.map((r) => r.en).join(', ')}.`,
              },
            ]
          : []),
        ...(p.suppressed
          ? [
              {
                p: sv
                  ? 'Eftersom du har sagt nej till marknadsföring sparar vi bara en krypterad kontrollsumma av din e-postadress, så att vi inte råkar skicka marknadsföring till dig igen.'
                  : 'Because you said no to marketing, we keep only a keyed checksum of your e-mail address so that we never send you marketing again by accident.',
              },
            ]
          : []),
        { list: [sv ? `Ärende: ${p.requestId}` : `Reference: ${p.requestId}`] },
        {
          p: sv
            ? `Om du inte är nöjd kan du klaga hos ${imy.name} (${imy.shortName}): ${imy.street}, ${imy.postalCode} ${imy.city}, ${imy.email}, ${imy.web}.`
            : `If you are not satisfied you may complain to ${imy.name} (${imy.shortName}): ${imy.street}, ${imy.postalCode} ${imy.city}, Sweden, ${imy.email}, ${imy.web}.`,
        },
      ];
    };
    return {
      subject: { sv: 'Dina personuppgifter är raderade', en: 'Your personal data has been erased' },
      sv: lang('sv'),
      en: lang('en'),
    };
  },
});

/**
 * The notice to a recipient of data (GDPR art. 19): data they received from us about a person was
 * erased (or corrected); they must do the same. The disclosures are named by our references (order
 * and shipment numbers), not by the person's name.
 */
export const recipientNoticeLetter = defineLetter({
  id: 'privacy.recipient-notice',
  schema: z.strictObject({
    kind: z.enum(['erasure', 'rectification']),
    recipient: bilingual,
    references: z.array(z.string()),
    categories: z.array(bilingual),
    on: z.iso.date(),
  }),
  render(p) {
    const erasure = p.kind === 'erasure';
    return {
      subject: {
        sv: erasure
          ? 'Begäran om radering av personuppgifter (GDPR art. 19)'
          : 'Rättelse av personuppgifter (GDPR art. 19)',
        en: erasure ? 'Erasure of personal data (GDPR Art. 19)' : 'Rectification of personal data (GDPR Art. 19)',
      },
      sv: [
        {
          p: erasure
            ? `Den ${p.on} raderade vi på den registrerades begäran personuppgifter som vi tidigare lämnat till er (${p.recipient.sv}). Radera dem även hos er, om ingen lag kräver att ni sparar dem.`
            : `Den ${p.on} rättade vi på den registrerades begäran personuppgifter som vi tidigare lämnat till er (${p.recipient.sv}). Rätta dem även hos er.`,
        },
        { p: `Kategorier: ${p.categories.map((c) => c.sv).join(', ')}` },
        { list: p.references.map((r) => `Vår referens: ${r}`) },
      ],
      en: [
        {
          p: erasure
            ? `On ${p.on}, at the data subject's request, we erased personal data we had disclosed to you (${p.recipient.en}). Please erase it too unless a law requires you to keep it.`
            : `On ${p.on}, at the data subject's request, we corrected personal data we had disclosed to you (${p.recipient.en}). Please correct it too.`,
        },
        { p: `Categories: ${p.categories.map((c) => c.en).join(', ')}` },
        { list: p.references.map((r) => `Our reference: ${r}`) },
      ],
    };
  },
});
