import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import { renderLetter, type Mailer } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';
import { recallNotices } from './recalls.tables.ts';
import { recallStatus } from './recalls.service.ts';
import { recallNoticeLetter } from './shipments.letters.ts';

export type RecallJobDeps = { db: Db; clock: Clock; mailer?: Mailer | undefined; publicUrl: string };

/**
 * Sends one recall notice by e-mail and records its delivery on the notice (attempts, sent and
 * when). Retried with backoff by the job queue; a notice already sent is not sent again.
 */
export const recallNoticeJob = (deps: RecallJobDeps) =>
  defineJob({
    name: 'orders.recall-notice',
    schema: z.object({ noticeId: z.uuid() }),
    retryLimit: 14,
    async handler({ noticeId }, { log }) {
      const [notice] = await deps.db.select().from(recallNotices).where(eq(recallNotices.id, noticeId));
      if (!notice || notice.mailStatus === 'sent') return;
      if (!deps.mailer) throw new Error('no mailer in this process');
      const status = await recallStatus(deps.db, notice.recallId);
      if (!status) return;
      const { recall } = status;
      await deps.db
        .update(recallNotices)
        .set({ mailAttempts: sql`${recallNotices.mailAttempts} + 1` })
        .where(eq(recallNotices.id, noticeId));
      const params = recallNoticeLetter.schema.parse({
        name: notice.recipientName,
        productSv: recall.nameSv,
        productEn: recall.nameEn,
        articleNumber: recall.articleNumber,
        lotNumber: recall.lotNumber,
        reasonSv: recall.reasonSv,
        reasonEn: recall.reasonEn,
        orderNumbers: notice.orderNumbers,
        quantity: notice.quantity,
        inAccount: notice.contactId !== null,
      });
      const letter = renderLetter(recallNoticeLetter.render(params, deps), controller, deps.publicUrl);
      await deps.mailer.send({ to: notice.email, ...letter });
      await deps.db
        .update(recallNotices)
        .set({ mailStatus: 'sent', mailSentAt: deps.clock.now() })
        .where(eq(recallNotices.id, noticeId));
      log.info({ template: recallNoticeLetter.id }, 'recall notice sent');
    },
  });
