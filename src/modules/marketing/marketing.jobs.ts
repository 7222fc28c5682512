import { z } from 'zod';
import { defineJob } from '#src/platform/jobs/index.ts';
import { renderLetter, type Mailer, type Sender } from '#src/platform/mail/index.ts';
import type { ConsentLedger } from './consents.service.ts';
import { consentReceiptLetter } from './marketing.letters.ts';
import { withdrawLink } from './signup.service.ts';

const RECEIPT_JOB = 'marketing.consent-receipt';

/**
 * The receipt after a confirmation, with the one-click withdrawal link. The queued payload is the
 * prospect's id only: the address is read and the link minted when the job runs, so no usable
 * link waits in the queue, and a prospect who withdrew or was deleted meanwhile gets nothing.
 */
export const consentReceiptQueue = defineJob({
  name: RECEIPT_JOB,
  schema: z.strictObject({ prospectId: z.uuid() }),
  retryLimit: 14,
  handler: async () => {
    throw new Error(`${RECEIPT_JOB} is worked by the job that marketingModule() registers`);
  },
});

export type ReceiptJobDeps = {
  ledger: ConsentLedger | undefined;
  mailer: Pick<Mailer, 'send'> | undefined;
  sender: Sender;
  publicUrl: string;
};

export const consentReceiptJob = (deps: ReceiptJobDeps) =>
  defineJob({
    ...consentReceiptQueue,
    async handler(data, { log }) {
      if (!deps.mailer || !deps.ledger) throw new Error('no mailer in this process');
      const p = await deps.ledger.prospectForReceipt(data.prospectId);
      if (!p) {
        log.info('no receipt: the consent was withdrawn or deleted meanwhile');
        return;
      }
      const content = consentReceiptLetter.render(
        {
          withdrawLink: withdrawLink(deps.publicUrl, deps.ledger.withdrawTokenFor(data.prospectId)),
          channels: p.channels,
        },
        { publicUrl: deps.publicUrl },
      );
      await deps.mailer.send({ to: p.email, ...renderLetter(content, deps.sender, deps.publicUrl) });
      log.info('consent receipt sent');
    },
  });
