import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { supervisoryAuthority as imy } from '#src/modules/policy/index.ts';
import { kindLabel, requestKinds } from './rights.types.ts';
import { erasureLetter, recipientNoticeLetter } from './erasure.letters.ts';
import { extensionLetter, supplementaryInformationLetter } from './rights.notices.ts';

export const reminderStages = ['due_soon', 'overdue'] as const;
export type ReminderStage = (typeof reminderStages)[number];

/**
 * A reminder to the privacy officer's mailbox that a data subject request is due within a week,
 * or overdue. The request's id, kind and due date only: no name, no address, nothing the person wrote.
 */
export const rightsReminderLetter = defineLetter({
  id: 'privacy.rights-request-reminder',
  schema: z.strictObject({
    requestId: z.uuid(),
    kind: z.enum(requestKinds),
    due: z.iso.date(),
    stage: z.enum(reminderStages),
  }),
  render(p, { publicUrl }) {
    const kind = kindLabel(p.kind);
    const overdue = p.stage === 'overdue';
    return {
      subject: {
        sv: overdue ? `Försenad begäran: svar skulle ha lämnats ${p.due}` : `Begäran ska besvaras senast ${p.due}`,
        en: overdue ? `Overdue request: the answer was due on ${p.due}` : `Request due on ${p.due}`,
      },
      sv: [
        {
          p: overdue
            ? `En begäran från en registrerad skulle ha besvarats senast ${p.due} (GDPR art. 12.3) och är fortfarande öppen.`
            : `En begäran från en registrerad ska besvaras senast ${p.due} (GDPR art. 12.3).`,
        },
        { list: [`Begäran: ${p.requestId}`, `Slag: ${kind.sv}`, `Svar senast: ${p.due}`] },
        { link: { href: `${publicUrl}/admin`, label: 'Öppna kön i administrationen' } },
      ],
      en: [
        {
          p: overdue
            ? `A data subject request was due on ${p.due} (GDPR art. 12(3)) and is still open.`
            : `A data subject request must be answered by ${p.due} (GDPR art. 12(3)).`,
        },
        { list: [`Request: ${p.requestId}`, `Kind: ${kind.en}`, `Due: ${p.due}`] },
      ],
    };
  },
});

/**
 * The acknowledgement to the person: the request is registered, when the answer is due (GDPR art.
 * 12(3)), and — always for a complaint (§11), otherwise as a reminder of the right — how to
 * complain to the supervisory authority.
 */
export const rightsAcknowledgementLetter = defineLetter({
  id: 'privacy.rights-request-received',
  schema: z.strictObject({ requestId: z.uuid(), kind: z.enum(requestKinds), due: z.iso.date() }),
  render(p, { publicUrl }) {
    const kind = kindLabel(p.kind);
    const complaint = p.kind === 'complaint';
    const imyLine = {
      sv: `Du kan också klaga hos tillsynsmyndigheten ${imy.name} (${imy.shortName}): ${imy.street}, ${imy.postalCode} ${imy.city}, ${imy.email}, ${imy.phone}, ${imy.web}.`,
      en: `You may also complain to the supervisory authority, ${imy.name} (${imy.shortName}, the Swedish Authority for Privacy Protection): ${imy.street}, ${imy.postalCode} ${imy.city}, Sweden, ${imy.email}, ${imy.phoneE164}, ${imy.web}.`,
    };
    return {
      subject: {
        sv: complaint ? 'Vi har tagit emot ditt klagomål' : `Vi har tagit emot din begäran: ${kind.sv}`,
        en: complaint ? 'We have received your complaint' : `We have received your request: ${kind.en}`,
      },
      sv: [
        {
          p: complaint
            ? `Tack för att du hör av dig. Vi har registrerat ditt klagomål på hur vi behandlar dina personuppgifter och svarar senast ${p.due}.`
            : `Vi har registrerat din begäran (${kind.sv}) och svarar senast ${p.due}, en månad efter att vi tog emot den (dataskyddsförordningen artikel 12.3).`,
        },
        { list: [`Ärende: ${p.requestId}`, `Svar senast: ${p.due}`] },
        { p: imyLine.sv },
        { link: { href: `${publicUrl}/konto`, label: 'Följ ärendet under Min integritet' } },
      ],
      en: [
        {
          p: complaint
            ? `Thank you for contacting us. We have registered your complaint about how we process your personal data and will answer by ${p.due}.`
            : `We have registered your request (${kind.en}) and will answer by ${p.due}, one month after we received it (GDPR Article 12(3)).`,
        },
        { list: [`Reference: ${p.requestId}`, `Answer due: ${p.due}`] },
        { p: imyLine.en },
      ],
    };
  },
});

export const rightsLetters = [
  rightsReminderLetter,
  rightsAcknowledgementLetter,
  erasureLetter,
  recipientNoticeLetter,
  supplementaryInformationLetter,
  extensionLetter,
] as const;
