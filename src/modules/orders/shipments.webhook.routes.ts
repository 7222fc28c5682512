import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { SIGNATURE_HEADER, verifyCarrierSignature } from './carrier/carrier.signature.ts';
import { applyCarrierEvent, carrierStatuses } from './shipments.events.ts';

const eventSchema = z.strictObject({
  eventId: z.string().min(1).max(100),
  type: z.literal('shipment.status'),
  shipmentId: z.string().min(1).max(100),
  shipmentNo: z.string().max(100).optional(),
  orderNo: z.string().max(100).optional(),
  status: z.enum(['IN_TRANSIT', 'DELIVERED', 'EXCEPTION']),
  occurred: z.iso.datetime({ offset: true }),
});

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

/**
 * POST /api/carrier/webhooks: the carrier's status events. The raw body must carry a valid
 * `Carrier-Signature` made with the shared secret (401 otherwise, before anything is read);
 * events are applied idempotently by their id.
 */
export async function registerCarrierWebhookRoute(
  app: App,
  deps: { db: Db; clock: Clock; carrier: string; secret: string },
): Promise<void> {
  await app.register(async (scope: FastifyInstance) => {
    // The signature covers the bytes sent: keep them before JSON parsing.
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      req.rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError('validation', 'body: not JSON', [{ field: 'body', message: 'not JSON' }]), undefined);
      }
    });
    (scope as unknown as App).post(
      '/api/carrier/webhooks',
      {
        config: { csrf: false },
        preValidation: async (req) => {
          const ok = verifyCarrierSignature({
            secret: deps.secret,
            header: req.headers[SIGNATURE_HEADER] as string | undefined,
            rawBody: req.rawBody ?? '',
            now: deps.clock.now(),
          });
          if (!ok) throw new AppError('unauthenticated', 'Ogiltig signatur / Invalid signature');
        },
        schema: {
          tags: ['carrier'],
          summary: 'Shipment status events from the carrier (signed with the shared webhook secret)',
          body: eventSchema,
          response: {
            200: z.object({ outcome: z.enum(['applied', 'duplicate', 'stale']) }),
          },
        },
      },
      async (req) => {
        const outcome = await applyCarrierEvent(deps, {
          eventId: req.body.eventId,
          carrierShipmentId: req.body.shipmentId,
          status: carrierStatuses[req.body.status],
          occurredAt: new Date(req.body.occurred),
        });
        if (outcome === 'unknown_shipment') throw new AppError('not_found', 'Ingen sådan sändning / No such shipment');
        return { outcome };
      },
    );
  });
}
