import type { AddressInfo } from 'node:net';
import fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createLocalStore, type LocalShipment, type LocalStatus } from './carrier.store.ts';
import { sendStatusEvent, type WebhookTarget } from './carrier.webhooks.ts';
import { labelPdf } from './carrier.label.ts';

export type LocalCarrierOptions = {
  /** The API key clients must send as `Authorization: Bearer <key>`. */
  apiKey: string;
  webhook: WebhookTarget;
  /** Development: in transit after this many ms, delivered after twice that. 0: only on the test trigger. */
  autoAdvanceMs?: number;
};

const SERVICES = new Set(['P19', 'P15', 'PUE', 'DHLPAL', 'BPA']);
type Problem = { message: string; messageCode: string; field: string; location: string; type: 'error' };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** nShift's validation of the fields this stand-in knows; answered as a 422 status list. */
function validate(body: unknown): { problems: Problem[]; shipment: Record<string, unknown> } {
  const shipment = ((body as { shipment?: unknown } | null)?.shipment ?? {}) as Record<string, unknown>;
  const receiver = (shipment.receiver ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const need = (v: unknown, field: string, location: string) => {
    if (!str(v)) problems.push({ message: 'Value missing', messageCode: 'Missing', field, location, type: 'error' });
  };
  need(receiver.name, 'Receiver_Name', 'receiver.name');
  need(receiver.address1, 'Receiver_Address1', 'receiver.address1');
  need(receiver.zipcode, 'Receiver_Zipcode', 'receiver.zipcode');
  need(receiver.city, 'Receiver_City', 'receiver.city');
  need(receiver.country, 'Receiver_Country', 'receiver.country');
  if (str(receiver.country) === 'SE' && str(receiver.zipcode) && !/^\d{5}$/.test(str(receiver.zipcode))) {
    problems.push({
      message: 'Not valid postal code',
      messageCode: 'ZipCode',
      field: 'Address_Zipcode',
      location: 'receiver.zipcode',
      type: 'error',
    });
  }
  const service = str((shipment.service as { id?: unknown } | undefined)?.id);
  if (!SERVICES.has(service)) {
    problems.push({
      message: 'Unknown service',
      messageCode: 'Service',
      field: 'Service_Id',
      location: 'service.id',
      type: 'error',
    });
  }
  if (!Array.isArray(shipment.parcels) || shipment.parcels.length === 0) {
    problems.push({
      message: 'No parcels',
      messageCode: 'Missing',
      field: 'Parcels',
      location: 'parcels',
      type: 'error',
    });
  }
  return { problems, shipment };
}

/**
 * A local stand-in for nShift Delivery's REST API (the subset the platform's carrier adapter
 * uses): `POST /rs-extapi/v1/shipments` books and "prints", the label PDF is served at its
 * `href`, and status events go to the platform's webhook, signed with the shared secret —
 * on a timer in development, or at once through `POST /test/shipments/:id/events`.
 */
export async function localCarrierPlugin(app: FastifyInstance, opts: LocalCarrierOptions): Promise<void> {
  const store = createLocalStore();
  const timers = new Set<NodeJS.Timeout>();
  app.addHook('onClose', async () => timers.forEach((t) => clearTimeout(t)));

  const authorized = (req: FastifyRequest, reply: FastifyReply) => {
    if (req.headers.authorization === `Bearer ${opts.apiKey}`) return true;
    void reply.code(401).send({ code: 'UNAUTHORIZED', message: 'Invalid or expired token' });
    return false;
  };
  const baseOf = (req: FastifyRequest) => `${req.protocol}://${req.host}${req.url.split('/rs-extapi/')[0]}`;
  const info = (s: LocalShipment, base: string) => ({
    href: `${base}/rs-extapi/v1/shipments/${s.id}`,
    id: s.id,
    status: 'PRINTED',
    shipmentNo: s.shipmentNo,
    orderNo: s.orderNo,
    reference: s.reference,
    serviceId: s.serviceId,
    parcelCount: 1,
    rcvCity: s.receiverCity,
    created: s.created,
    parcels: [{ parcelNo: s.parcelNo, reference: null }],
    pdfs: [{ id: `${s.id}1`, description: 'Label', href: `${base}/rs-extapi/v1/shipments/${s.id}/pdfs/${s.id}1` }],
    previousPdfs: [],
  });
  const advance = (s: LocalShipment, status: LocalStatus, afterMs: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      void sendStatusEvent(opts.webhook, store, s, status, { retries: 5 });
    }, afterMs);
    t.unref();
    timers.add(t);
  };

  app.post('/rs-extapi/v1/shipments', { schema: { hide: true } }, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const { problems, shipment } = validate(req.body);
    if (problems.length) return reply.code(422).send(problems);
    const receiver = shipment.receiver as Record<string, string>;
    const s = store.add({
      orderNo: str(shipment.orderNo),
      reference: str(shipment.senderReference),
      serviceId: str((shipment.service as { id: string }).id),
      receiverCity: receiver.city!,
      created: opts.webhook.now().toISOString(),
    });
    if (opts.autoAdvanceMs) {
      advance(s, 'IN_TRANSIT', opts.autoAdvanceMs);
      advance(s, 'DELIVERED', opts.autoAdvanceMs * 2);
    }
    return reply.code(201).send([info(s, baseOf(req))]);
  });

  app.get<{ Params: { id: string; pdfId: string } }>(
    '/rs-extapi/v1/shipments/:id/pdfs/:pdfId',
    { schema: { hide: true } },
    async (req, reply) => {
      if (!authorized(req, reply)) return reply;
      const s = store.get(req.params.id);
      if (!s || req.params.pdfId !== `${s.id}1`) return reply.code(404).send();
      return reply.type('application/pdf').send(labelPdf(s.shipmentNo, s.parcelNo, s.receiverCity));
    },
  );

  app.get<{ Params: { shipmentNo: string } }>('/track/:shipmentNo', { schema: { hide: true } }, async (req, reply) => {
    const s = store.byShipmentNo(req.params.shipmentNo);
    const last = s?.events.at(-1)?.status ?? (s ? 'BOOKED' : 'UNKNOWN');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="sv"><title>Spårning / Tracking</title><h1>Försändelse / Shipment ${s ? s.shipmentNo : '–'}</h1><p>Status: ${last}</p><p>Lokal transportör för utveckling / Local carrier for development</p></html>`,
      );
  });

  app.post<{ Params: { id: string } }>('/test/shipments/:id/events', { schema: { hide: true } }, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const s = store.get(req.params.id);
    if (!s) return reply.code(404).send({ code: 'NOT_FOUND', message: 'No such shipment' });
    const body = (req.body ?? {}) as { status?: unknown; eventId?: unknown };
    const status = body.status;
    if (status !== 'IN_TRANSIT' && status !== 'DELIVERED' && status !== 'EXCEPTION') {
      return reply.code(400).send({ code: 'ILLEGAL', message: 'status: IN_TRANSIT, DELIVERED or EXCEPTION' });
    }
    const eventId = typeof body.eventId === 'string' && body.eventId ? body.eventId : undefined;
    return sendStatusEvent(opts.webhook, store, s, status, eventId ? { eventId } : {});
  });
}

/** The local carrier on a port of its own (tests; or beside the platform). */
export async function startLocalCarrier(
  opts: LocalCarrierOptions & { host?: string; port?: number },
): Promise<{ apiUrl: string; baseUrl: string; close(): Promise<void> }> {
  const app = fastify({ logger: false });
  await app.register(localCarrierPlugin, opts);
  await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return { apiUrl: `${baseUrl}/rs-extapi/v1`, baseUrl, close: () => app.close() };
}
