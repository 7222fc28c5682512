import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Jobs, JobDefinition } from '#src/platform/jobs/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { PurposeAccess, StaffActor, TableInventory } from '#src/modules/privacy/index.ts';
import { ordersInventory } from './orders.data.ts';
import { deliveriesInventory } from './shipments.data.ts';
import {
  createRecall,
  customersWhoReceived,
  findLot,
  listRecalls,
  lotsOfProduct,
  recallStatus,
} from './recalls.service.ts';
import { bossDbOfTx } from '#src/platform/db/index.ts';
import type { Tx } from './checkout.hooks.ts';
import { subjectOfOrder, type OrdersStaffAuth } from './shipments.staff.routes.ts';

const ordersTable = ordersInventory.find((t) => t.table === 'orders') as TableInventory;
const noticesTable = deliveriesInventory.find((t) => t.table === 'recall_notices') as TableInventory;
const PURPOSE = 'g.legal_obligations' as const;

/** Recalls (§4g) are order administration's: the role that handles recalls and serves legal obligations. */
function assertMayRecall(access: PurposeAccess, actor: StaffActor) {
  if (!actor.roles.includes('order_administration')) {
    throw new AppError('forbidden', 'Kräver rollen orderadministration / Requires the order administration role');
  }
  access.roleForPurpose(actor, PURPOSE);
}

const customerOut = z.object({
  contactEmail: z.string().optional(),
  contactName: z.string().optional(),
  buyerName: z.string().optional(),
  orderNumbers: z.array(z.string()),
  quantity: z.number().int(),
  inAccount: z.boolean(),
});

export function registerRecallRoutes(
  app: App,
  deps: {
    db: Db;
    clock: Clock;
    access: PurposeAccess;
    auth: OrdersStaffAuth;
    jobs: Pick<Jobs, 'send'>;
    noticeJob: JobDefinition<z.ZodObject<{ noticeId: z.ZodUUID }>>;
  },
) {
  const { db, access, auth } = deps;
  const guard = { preHandler: auth.requireActiveStaff };

  app.get(
    '/api/staff/recalls/lots',
    {
      ...guard,
      schema: {
        tags: ['staff', 'recalls'],
        summary: 'The lots of a product, with units in stock and shipped',
        querystring: z.strictObject({ productId: z.uuid() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                lotNumber: z.string(),
                expiresOn: z.string().nullable(),
                inStock: z.number(),
                shipped: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      assertMayRecall(access, auth.actorOf(req));
      return { items: await lotsOfProduct(db, req.query.productId) };
    },
  );

  app.post(
    '/api/staff/recalls/preview',
    {
      ...guard,
      schema: {
        tags: ['staff', 'recalls'],
        summary: 'Who received a lot (from the shipment lines): the customers a recall would reach',
        body: z.strictObject({ productId: z.uuid(), lotId: z.uuid() }),
        response: { 200: z.object({ count: z.number().int(), customers: z.array(customerOut) }) },
      },
    },
    async (req, reply) => {
      const actor = auth.actorOf(req);
      assertMayRecall(access, actor);
      await findLot(db, req.body.productId, req.body.lotId);
      const customers = [];
      for (const c of await customersWhoReceived(db, req.body.lotId)) {
        const read = await access.read(
          {
            actor,
            purpose: PURPOSE,
            subject: subjectOfOrder({ id: c.orderIds[0]!, contactId: c.contactId }),
            tables: { customer: ordersTable },
          },
          async () => ({
            customer: {
              contactEmail: c.email,
              contactName: c.recipientName,
              buyerName: c.buyerName,
              orderNumber: c.orderNumbers[0],
            },
          }),
        );
        const { orderNumber: _o, ...fields } = read?.customer ?? {};
        customers.push({
          ...fields,
          orderNumbers: c.orderNumbers,
          quantity: c.quantity,
          inAccount: c.contactId !== null,
        });
      }
      reply.header('cache-control', 'no-store');
      return { count: customers.length, customers: customers as z.infer<typeof customerOut>[] };
    },
  );

  app.post(
    '/api/staff/recalls',
    {
      ...guard,
      schema: {
        tags: ['staff', 'recalls'],
        summary: 'Recall a lot: a notice to every customer who received it, by e-mail and in their account',
        body: z.strictObject({
          productId: z.uuid(),
          lotId: z.uuid(),
          reasonSv: z.string().trim().min(5).max(2000),
          reasonEn: z.string().trim().min(5).max(2000),
        }),
        response: { 201: z.object({ id: z.uuid(), notices: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const actor = auth.actorOf(req);
      assertMayRecall(access, actor);
      // Each notice's e-mail job is written by the recall's own transaction.
      const queueNotice = async (tx: Tx, noticeId: string) => {
        await deps.jobs.send(deps.noticeJob, { noticeId }, { singletonKey: noticeId, db: bossDbOfTx(tx) });
      };
      const { recall, notices } = await createRecall(
        { db, clock: deps.clock, queueNotice },
        { ...req.body, staffId: actor.staffId },
      );
      return reply.code(201).send({ id: recall.id, notices: notices.length });
    },
  );

  app.get(
    '/api/staff/recalls',
    {
      ...guard,
      schema: {
        tags: ['staff', 'recalls'],
        summary: 'Recalls made, newest first',
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async (req) => {
      assertMayRecall(access, auth.actorOf(req));
      return { items: await listRecalls(db) };
    },
  );

  app.get(
    '/api/staff/recalls/:recallId',
    {
      ...guard,
      schema: {
        tags: ['staff', 'recalls'],
        summary: 'A recall and the delivery of each notice (queued or sent, attempts, when)',
        params: z.strictObject({ recallId: z.uuid() }),
        response: {
          200: z.object({
            recall: z.record(z.string(), z.unknown()),
            notices: z.array(z.record(z.string(), z.unknown())),
          }),
        },
      },
    },
    async (req, reply) => {
      const actor = auth.actorOf(req);
      assertMayRecall(access, actor);
      const status = await recallStatus(db, req.params.recallId);
      if (!status) throw new AppError('not_found', 'Ingen sådan återkallelse / No such recall');
      const notices = [];
      for (const n of status.notices) {
        const read = await access.read(
          {
            actor,
            purpose: PURPOSE,
            subject: n.contactId ? { type: 'contact', id: n.contactId } : ({ type: 'guest', id: n.id } as never),
            tables: { notice: noticesTable },
          },
          async () => ({ notice: n }),
        );
        if (read?.notice) notices.push({ ...read.notice, inAccount: n.contactId !== null });
      }
      reply.header('cache-control', 'no-store');
      return { recall: status.recall, notices };
    },
  );
}
