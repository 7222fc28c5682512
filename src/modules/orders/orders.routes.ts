import type { preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { OrderHistory } from './orders.history.ts';
import { orderSummarySchema, orderViewSchema } from './orders.view.ts';

const orderNumberSchema = z.string().regex(/^[A-Z0-9-]{3,40}$/, 'must be an order number');

/** The signed-in customer's order history: the company's orders (see orders.history.ts). */
export function registerOrderHistoryRoutes(
  app: App,
  deps: { history: OrderHistory; requireCustomer: preHandlerAsyncHookHandler },
) {
  const noStore = async (_req: unknown, reply: { header(k: string, v: string): unknown }) => {
    reply.header('cache-control', 'no-store');
  };

  app.get(
    '/api/customers/me/orders',
    {
      preHandler: deps.requireCustomer,
      onRequest: noStore,
      schema: {
        tags: ['orders'],
        summary: 'The company’s orders, newest first, 50 a page',
        querystring: z.strictObject({ after: orderNumberSchema.optional() }),
        response: { 200: z.object({ orders: z.array(orderSummarySchema), more: z.boolean() }) },
      },
    },
    async (req) => {
      const companyId = req.customer!.companyId;
      const after = req.query.after ? await deps.history.cursorOf(companyId, req.query.after) : undefined;
      if (req.query.after && !after) throw new AppError('not_found', 'Ingen sådan order / No such order');
      return deps.history.list(companyId, after);
    },
  );

  app.get(
    '/api/customers/me/orders/:orderNumber',
    {
      preHandler: deps.requireCustomer,
      onRequest: noStore,
      schema: {
        tags: ['orders'],
        summary: 'One of the company’s orders with its lines, VAT per rate and buyer details',
        params: z.strictObject({ orderNumber: orderNumberSchema }),
        response: { 200: orderViewSchema },
      },
    },
    async (req) => {
      const order = await deps.history.one(req.customer!.companyId, req.params.orderNumber);
      if (!order) throw new AppError('not_found', 'Ingen sådan order / No such order');
      return order;
    },
  );
}
