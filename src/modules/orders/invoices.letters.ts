import { z } from 'zod';
import { defineLetter } from '#src/platform/mail/index.ts';
import { money } from './invoice-pdf.labels.ts';
import { seller } from './invoices.seller.ts';

/** Days after the due date at which a reminder goes out, one per stage. */
export const REMINDER_STAGES = [7, 21] as const;

/** A payment reminder: what is owed on which invoice, and how to pay it. Swedish first, then English. */
export const invoiceReminderLetter = defineLetter({
  id: 'orders.invoice-reminder',
  schema: z.object({
    invoiceNumber: z.string(),
    ocr: z.string(),
    dueDate: z.iso.date(),
    balanceOre: z.number().int().positive(),
    stage: z.number().int().positive(),
  }),
  render(p) {
    const final = p.stage === REMINDER_STAGES.at(-1);
    return {
      subject: {
        sv: `${final ? 'Andra påminnelse' : 'Påminnelse'}: faktura ${p.invoiceNumber}`,
        en: `${final ? 'Second reminder' : 'Reminder'}: invoice ${p.invoiceNumber}`,
      },
      sv: [
        { p: `Vi har ännu inte fått full betalning för faktura ${p.invoiceNumber}, som förföll ${p.dueDate}.` },
        {
          list: [`Att betala: ${money(p.balanceOre, 'sv')} kr`, `Bankgiro: ${seller.bankgiro}`, `OCR-nummer: ${p.ocr}`],
        },
        {
          p: 'Om du redan har betalat kan du bortse från den här påminnelsen. Har du frågor om fakturan, svara på detta mejl eller ring oss.',
        },
      ],
      en: [
        { p: `We have not yet received full payment of invoice ${p.invoiceNumber}, which was due on ${p.dueDate}.` },
        {
          list: [
            `Amount due: SEK ${money(p.balanceOre, 'en')}`,
            `Bankgiro: ${seller.bankgiro}`,
            `OCR reference: ${p.ocr}`,
          ],
        },
        {
          p: 'If you have already paid, please disregard this reminder. If you have questions about the invoice, reply to this e-mail or call us.',
        },
      ],
    };
  },
});
