import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { kindLabel, requestKinds } from './rights.types.ts';

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

export const rightsLetters = [rightsReminderLetter] as const;
