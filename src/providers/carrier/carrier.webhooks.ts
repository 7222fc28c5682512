import { createHmac } from 'node:crypto';
import type { LocalShipment, LocalStatus, LocalStore } from './carrier.store.ts';

export type WebhookTarget = {
  /** Where status events go (the platform's POST /api/carrier/webhooks). */
  url: string;
  secret: string;
  now: () => Date;
};

/** `Carrier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signEvent(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/**
 * Sends one status event, as the carrier platform would: a JSON POST signed with the shared
 * secret. Retried with growing pauses (up to `retries` times) while the receiver does not answer 2xx.
 */
export async function sendStatusEvent(
  target: WebhookTarget,
  store: LocalStore,
  shipment: LocalShipment,
  status: LocalStatus,
  opts: { retries?: number; eventId?: string } = {},
): Promise<{ eventId: string; httpStatus: number | null }> {
  const occurred = target.now().toISOString();
  const eventId = opts.eventId ?? store.newEventId();
  shipment.events.push({ status, occurred });
  const body = JSON.stringify({
    eventId,
    type: 'shipment.status',
    shipmentId: shipment.id,
    shipmentNo: shipment.shipmentNo,
    orderNo: shipment.orderNo,
    status,
    occurred,
  });
  let httpStatus: number | null = null;
  for (let attempt = 0; attempt <= (opts.retries ?? 0); attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 500 * 2 ** attempt).unref());
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'carrier-signature': signEvent(target.secret, body, target.now()),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      httpStatus = res.status;
      await res.body?.cancel();
      if (res.ok) break;
    } catch {
      httpStatus = null;
    }
  }
  return { eventId, httpStatus };
}
