import type { preHandlerAsyncHookHandler } from 'fastify';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { productLots, products } from '#src/modules/catalog/index.ts';
import { recallNotices, recalls } from './recalls.tables.ts';

const noticeOut = z.object({
  id: z.uuid(),
  kind: z.literal('recall'),
  createdAt: z.date(),
  readAt: z.date().nullable(),
  articleNumber: z.string(),
  productSv: z.string(),
  productEn: z.string(),
  lotNumber: z.string(),
  reasonSv: z.string(),
  reasonEn: z.string(),
  orderNumbers: z.array(z.string()),
  quantity: z.number().int(),
  /** Sent to meet a legal obligation (product safety), not marketing: marketing choices do not apply. */
  legalObligation: z.literal(true),
});

/** The account's notices: recall notices addressed to the signed-in contact person. */
export function registerNoticeRoutes(
  app: App,
  deps: { db: Db; clock: Clock; requireCustomer: preHandlerAsyncHookHandler },
) {
  const { db } = deps;
  app.get(
    '/api/customers/me/notices',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'recalls'],
        summary: 'Notices to me (product recalls), newest first',
        response: { 200: z.object({ items: z.array(noticeOut) }) },
      },
    },
    async (req, reply) => {
      const rows = await db
        .select({
          id: recallNotices.id,
          createdAt: recallNotices.createdAt,
          readAt: recallNotices.readAt,
          articleNumber: products.articleNumber,
          productSv: products.nameSv,
          productEn: products.nameEn,
          lotNumber: productLots.lotNumber,
          reasonSv: recalls.reasonSv,
          reasonEn: recalls.reasonEn,
          orderNumbers: recallNotices.orderNumbers,
          quantity: recallNotices.quantity,
        })
        .from(recallNotices)
        .innerJoin(recalls, eq(recalls.id, recallNotices.recallId))
        .innerJoin(products, eq(products.id, recalls.productId))
        .innerJoin(productLots, eq(productLots.id, recalls.lotId))
        .where(eq(recallNotices.contactId, req.customer!.contactId))
        .orderBy(desc(recallNotices.createdAt));
      reply.header('cache-control', 'no-store');
      return { items: rows.map((r) => ({ ...r, kind: 'recall' as const, legalObligation: true as const })) };
    },
  );

  app.post(
    '/api/customers/me/notices/:noticeId/read',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'recalls'],
        summary: 'Mark a notice read',
        params: z.strictObject({ noticeId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const done = await db
        .update(recallNotices)
        .set({ readAt: deps.clock.now() })
        .where(
          and(
            eq(recallNotices.id, req.params.noticeId),
            eq(recallNotices.contactId, req.customer!.contactId),
            isNull(recallNotices.readAt),
          ),
        )
        .returning({ id: recallNotices.id });
      if (done.length === 0) {
        const [mine] = await db
          .select({ id: recallNotices.id })
          .from(recallNotices)
          .where(and(eq(recallNotices.id, req.params.noticeId), eq(recallNotices.contactId, req.customer!.contactId)));
        if (!mine) throw new AppError('not_found', 'Inget sådant meddelande / No such notice');
      }
      return reply.code(204).send(null);
    },
  );
}
