import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { verifySignature, WebhookSignatureError } from './card-provider/signature.ts';
import { eventSchema } from './card-provider/types.ts';
import type { CardPayments } from './payments.service.ts';

export type PaymentRouteDeps = { payments: CardPayments; clock: Clock; webhookSecret: string };

const paymentOut = z.object({
  orderStatus: z.string(),
  payment: z
    .object({
      status: z.enum(['open', 'paid', 'expired', 'mismatch']),
      url: z.string().nullable().describe("The provider's payment page while the payment is open"),
      expiresAt: z.string(),
      lastFailureCode: z.string().nullable().describe('Why the latest card attempt was refused, e.g. card_declined'),
    })
    .nullable(),
});

/**
 * Card payments over HTTP: the payment service's webhook (signature checked over the raw body),
 * and for the storefront, starting or resuming the payment of a card order and reading its state.
 * An order's id is a random UUID known only to whoever placed it; no personal data is returned.
 */
export async function registerPaymentRoutes(app: App, deps: PaymentRouteDeps) {
  await app.register(async (scope: App) => {
    // The signature covers the exact bytes sent: keep the body as a string here, parse it after.
    scope.removeContentTypeParser(['application/json']);
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    scope.post(
      '/api/payments/webhook',
      {
        config: { csrf: false },
        schema: {
          tags: ['payments'],
          summary: "The payment service's events (Stripe-Signature: t=…,v1=… HMAC-SHA256 of the raw body)",
          response: {
            200: z.object({ received: z.literal(true), outcome: z.enum(['handled', 'duplicate', 'ignored']) }),
          },
        },
      },
      async (req) => {
        const raw = typeof req.body === 'string' ? req.body : '';
        const header = req.headers['stripe-signature'];
        try {
          verifySignature(
            typeof header === 'string' ? header : undefined,
            raw,
            deps.webhookSecret,
            Math.floor(deps.clock.now().getTime() / 1000),
          );
        } catch (e) {
          if (e instanceof WebhookSignatureError) {
            req.log.warn({ reason: e.reason }, 'payment webhook refused');
            throw new AppError('validation', `stripe-signature: ${e.reason}`, [
              { field: 'stripe-signature', message: e.reason },
            ]);
          }
          throw e;
        }
        const parsed = eventSchema.safeParse(JSON.parse(raw));
        if (!parsed.success)
          throw new AppError('validation', 'body: not an event', [{ field: 'body', message: 'not an event' }]);
        const outcome = await deps.payments.handleEvent(parsed.data);
        req.log.info({ event: parsed.data.id, type: parsed.data.type, outcome }, 'payment event');
        return { received: true as const, outcome };
      },
    );
  });

  const params = z.strictObject({ orderId: z.uuid() });
  const view = async (orderId: string, orderStatus: string) => {
    const p = await deps.payments.paymentOf(orderId);
    return {
      orderStatus,
      payment: p
        ? {
            status: p.status,
            url: p.status === 'open' ? p.sessionUrl : null,
            expiresAt: p.expiresAt.toISOString(),
            lastFailureCode: p.lastFailureCode,
          }
        : null,
    };
  };

  app.post(
    '/api/payments/orders/:orderId/checkout-session',
    {
      schema: {
        tags: ['payments'],
        summary: 'The payment page of a card order awaiting payment: the open session, or a new one after expiry',
        params,
        response: { 201: paymentOut },
      },
    },
    async (req, reply) => {
      const cp = await deps.payments.startCardPayment(req.params.orderId);
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(await view(cp.orderId, 'awaiting_payment'));
    },
  );

  app.get(
    '/api/payments/orders/:orderId',
    {
      schema: {
        tags: ['payments'],
        summary: "A card order's payment state (the storefront polls this after the provider's redirect)",
        params,
        response: { 200: paymentOut },
      },
    },
    async (req, reply) => {
      const status = await deps.payments.orderStatusOf(req.params.orderId);
      if (!status) throw new AppError('not_found', 'Ingen sådan order / No such order');
      reply.header('cache-control', 'no-store');
      return view(req.params.orderId, status);
    },
  );
}
