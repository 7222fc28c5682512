import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { CUSTOMER_COOKIE, type CustomerPrincipal } from '#src/modules/customers/index.ts';
import { IdempotencyMismatchError, OutOfStockError, PriceChangedError } from './checkout.errors.ts';
import type { Principal } from './checkout.buyer.ts';
import { checkoutRequestSchema, idempotencyKeySchema } from './checkout.schema.ts';
import type { Checkout } from './checkout.service.ts';
import { orderViewSchema, toOrderView } from './orders.view.ts';

const refusal = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })),
  requestId: z.string(),
  totalIncVatOre: z.int().optional(),
});

export type CheckoutRouteDeps = {
  checkout: Checkout;
  /** The customers module's session check (a signed-in contact, or null). */
  authenticate: (token: string) => Promise<CustomerPrincipal | null>;
};

async function principalOf(req: FastifyRequest, deps: CheckoutRouteDeps): Promise<Principal | null> {
  const token = req.cookies[CUSTOMER_COOKIE];
  if (!token) return null;
  const p = await deps.authenticate(token);
  // A stale cookie is not a guest: the customer meant to order with the account.
  if (!p) throw new AppError('unauthenticated', 'Logga in igen / Sign in again');
  return { contactId: p.contactId, companyId: p.companyId };
}

function refuse(reply: FastifyReply, req: FastifyRequest, err: unknown) {
  if (err instanceof OutOfStockError)
    return reply.code(409).send({
      error: 'out_of_stock',
      message: err.message,
      fields: [{ field: err.field, message: err.message }],
      requestId: req.id,
    });
  if (err instanceof PriceChangedError)
    return reply.code(409).send({
      error: 'price_changed',
      message: err.message,
      fields: [{ field: 'body.expectedTotalIncVatOre', message: err.message }],
      requestId: req.id,
      totalIncVatOre: err.totalIncVatOre,
    });
  if (err instanceof IdempotencyMismatchError)
    return reply.code(422).send({
      error: 'idempotency_key_reused',
      message: err.message,
      fields: [{ field: 'headers.idempotency-key', message: err.message }],
      requestId: req.id,
    });
  throw err;
}

/**
 * POST /api/checkout: places an order, as the signed-in customer (session cookie) or as a guest.
 * 201 with the order when placed; 200 with the same order for a repeat of the same request with
 * the same Idempotency-Key (header `Idempotent-Replayed: true`).
 */
export function registerCheckoutRoutes(app: App, deps: CheckoutRouteDeps) {
  app.post(
    '/api/checkout',
    {
      schema: {
        tags: ['checkout'],
        summary: 'Place an order (account holder or guest), exactly once per Idempotency-Key',
        description:
          'Requires the Idempotency-Key header (a new UUID per order; resend it on retry). Prices are the server’s. 409 out_of_stock names the article; 409 price_changed when expectedTotalIncVatOre differs; 422 when the key was used for a different request.',
        headers: z.looseObject({ 'idempotency-key': idempotencyKeySchema }),
        body: checkoutRequestSchema,
        response: { 200: orderViewSchema, 201: orderViewSchema, 409: refusal, 422: refusal },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const principal = await principalOf(req, deps);
      try {
        const { order, replayed } = await deps.checkout.place(principal, req.headers['idempotency-key'], req.body);
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.code(replayed ? 200 : 201).send(toOrderView(order));
      } catch (err) {
        return refuse(reply, req, err);
      }
    },
  );
}
