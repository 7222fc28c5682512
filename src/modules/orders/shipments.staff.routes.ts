import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { mayRoleUse, type PurposeId, type RoleId } from '#src/modules/policy/index.ts';
import { catalogInventory } from '#src/modules/catalog/index.ts';
import type { PurposeAccess, StaffActor, SubjectRef, TableInventory } from '#src/modules/privacy/index.ts';
import { ordersInventory } from './orders.data.ts';
import { deliveriesInventory } from './shipments.data.ts';
import { listOrders, loadOrderDetails } from './shipments.repo.ts';
import type { ShipmentsService } from './shipments.service.ts';

const table = (list: readonly TableInventory[], name: string) => list.find((t) => t.table === name)!;
const tables = {
  order: table(ordersInventory, 'orders'),
  lines: table(ordersInventory, 'order_lines'),
  shipments: table(deliveriesInventory, 'shipments'),
  shipmentLines: table(deliveriesInventory, 'shipment_lines'),
  lots: table(catalogInventory, 'product_lots'),
};
const list = { order: tables.order };

const statusSchema = z.enum(['awaiting_payment', 'placed', 'paid', 'shipped', 'delivered', 'cancelled']);
const purposeSchema = z.enum(['a.orders', 'g.legal_obligations']).default('a.orders');
const loose = z.record(z.string(), z.unknown());

export type OrdersStaffAuth = {
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
};

export const subjectOfOrder = (o: { id: string; contactId: string | null }): SubjectRef =>
  (o.contactId ? { type: 'contact', id: o.contactId } : { type: 'guest', id: o.id }) as SubjectRef;

/** Changing an order (ship, cancel) takes a role that may write for purpose a.orders (policy §9). */
function assertMayHandleOrders(actor: StaffActor) {
  const ok = actor.roles.some((r) => mayRoleUse(r as RoleId, 'a.orders', [], 'write').ok);
  if (!ok || !actor.roles.includes('order_administration')) {
    throw new AppError('forbidden', 'Kräver rollen orderadministration / Requires the order administration role');
  }
}

/** Order administration in the back office: need-to-know reads (access log) and shipping. */
export function registerOrdersStaffRoutes(
  app: App,
  deps: { db: Db; access: PurposeAccess; auth: OrdersStaffAuth; shipments: ShipmentsService },
) {
  const { db, access, auth } = deps;

  app.get(
    '/api/staff/orders',
    {
      preHandler: auth.requireActiveStaff,
      schema: {
        tags: ['staff', 'orders'],
        summary: 'Orders, newest first, for purpose a.orders (each order read is in the access log)',
        querystring: z.strictObject({
          status: statusSchema.optional(),
          from: z.iso.date().optional().describe('Placed on or after this date (YYYY-MM-DD)'),
          to: z.iso.date().optional().describe('Placed before the end of this date (YYYY-MM-DD)'),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          beforePlacedAt: z.iso.datetime({ offset: true }).optional(),
          beforeId: z.uuid().optional(),
        }),
        response: { 200: z.object({ items: z.array(loose) }) },
      },
    },
    async (req, reply) => {
      const actor = auth.actorOf(req);
      access.roleForPurpose(actor, 'a.orders');
      const q = req.query;
      const to = q.to ? new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000) : undefined;
      const rows = await listOrders(db, {
        status: q.status,
        from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
        to,
        before: q.beforePlacedAt && q.beforeId ? { placedAt: new Date(q.beforePlacedAt), id: q.beforeId } : undefined,
        limit: q.limit,
      });
      // All at once: the log writes the entries of one page together (group commit).
      const read = await Promise.all(
        rows.map((row) =>
          access.read({ actor, purpose: 'a.orders', subject: subjectOfOrder(row), tables: list }, async () => ({
            order: row,
          })),
        ),
      );
      const items = read.flatMap((one) => (one?.order ? [one.order] : []));
      reply.header('cache-control', 'no-store');
      return { items };
    },
  );

  app.get(
    '/api/staff/orders/:orderId',
    {
      preHandler: auth.requireActiveStaff,
      schema: {
        tags: ['staff', 'orders'],
        summary: 'One order with its lines and shipments, for a purpose (fields follow the role: need-to-know)',
        params: z.strictObject({ orderId: z.uuid() }),
        querystring: z.strictObject({ purpose: purposeSchema }),
        response: {
          200: z.object({
            order: loose,
            lines: z.array(loose),
            shipments: z.array(loose),
            shipmentLines: z.array(loose),
            lots: z.array(loose),
          }),
        },
      },
    },
    async (req, reply) => {
      const actor = auth.actorOf(req);
      const purpose: PurposeId = req.query.purpose;
      access.roleForPurpose(actor, purpose);
      const details = await loadOrderDetails(db, req.params.orderId);
      if (!details) throw new AppError('not_found', 'Ingen sådan order / No such order');
      const result = await access.read(
        { actor, purpose, subject: subjectOfOrder(details.order), tables },
        async () => ({
          order: details.order,
          lines: details.lines,
          shipments: details.shipments,
          shipmentLines: details.shipmentLines.map(({ lotNumber: _n, expiresOn: _e, ...l }) => l),
          lots: details.shipmentLines.map((l) => ({ id: l.lotId, lotNumber: l.lotNumber, expiresOn: l.expiresOn })),
        }),
      );
      reply.header('cache-control', 'no-store');
      return result as never;
    },
  );

  app.post(
    '/api/staff/orders/:orderId/ship',
    {
      preHandler: auth.requireActiveStaff,
      schema: {
        tags: ['staff', 'orders'],
        summary: 'Ship an order: assign lots (FEFO), book the carrier, e-mail the buyer',
        params: z.strictObject({ orderId: z.uuid() }),
        response: {
          200: z.object({
            id: z.uuid(),
            trackingNumber: z.string(),
            trackingUrl: z.string(),
            status: z.string(),
            labelRef: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const actor = auth.actorOf(req);
      assertMayHandleOrders(actor);
      const s = await deps.shipments.ship(req.params.orderId, actor.staffId);
      return {
        id: s.id,
        trackingNumber: s.trackingNumber,
        trackingUrl: s.trackingUrl,
        status: s.status,
        labelRef: s.labelRef,
      };
    },
  );

  app.post(
    '/api/staff/orders/:orderId/cancel',
    {
      preHandler: auth.requireActiveStaff,
      schema: {
        tags: ['staff', 'orders'],
        summary: 'Cancel an order that has not shipped; its stock is put back',
        params: z.strictObject({ orderId: z.uuid() }),
        response: { 200: z.object({ id: z.uuid(), status: z.literal('cancelled') }) },
      },
    },
    async (req) => {
      assertMayHandleOrders(auth.actorOf(req));
      return deps.shipments.cancel(req.params.orderId);
    },
  );
}
