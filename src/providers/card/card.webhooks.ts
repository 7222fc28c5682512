import { createHmac } from 'node:crypto';
import { newId } from './card.store.ts';

export type WebhookTarget = {
  /** The platform's POST /api/payments/webhook; may be set after start (`setWebhookUrl`). */
  url: string | undefined;
  secret: string;
};

/** Stripe's automatic retries (up to three days in live mode), shortened for a local stand-in. */
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000, 600_000, 3_600_000];

export type Delivery = {
  eventId: string;
  type: string;
  /** The event as sent (JSON). */
  body: string;
  attempts: { status: number | null }[];
  delivered: boolean;
};

/** `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signPayload(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/**
 * Sends events as Stripe does: a JSON POST signed with the endpoint's secret, signed anew at each
 * attempt; retried after each delay while the receiver answers other than 2xx or not at all.
 */
export function createWebhookSender(opts: { target: WebhookTarget; now: () => Date; retryDelaysMs?: number[] }) {
  const delays = opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const timers = new Set<NodeJS.Timeout>();
  const deliveries: Delivery[] = [];

  async function attempt(body: string, d: Delivery): Promise<boolean> {
    if (!opts.target.url) {
      d.attempts.push({ status: null });
      return false;
    }
    try {
      const res = await fetch(opts.target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': signPayload(opts.target.secret, body, opts.now()),
          'user-agent': 'LocalCardProvider/1.0 (Stripe webhook subset)',
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.body?.cancel();
      d.attempts.push({ status: res.status });
      return res.ok;
    } catch {
      d.attempts.push({ status: null });
      return false;
    }
  }

  return {
    deliveries,
    /**
     * Sends an event; resolves after the first attempt (so the local flow is prompt), retrying in
     * the background after that.
     */
    async send(type: string, object: object): Promise<Delivery> {
      const event = {
        id: newId('evt'),
        object: 'event',
        api_version: '2025-03-31.basil',
        created: Math.floor(opts.now().getTime() / 1000),
        livemode: false,
        type,
        data: { object },
      };
      const body = JSON.stringify(event);
      const d: Delivery = { eventId: event.id, type, body, attempts: [], delivered: false };
      deliveries.push(d);
      const run = async (i: number) => {
        d.delivered = await attempt(body, d);
        if (!d.delivered && i < delays.length) {
          const t = setTimeout(() => {
            timers.delete(t);
            void run(i + 1);
          }, delays[i]);
          t.unref();
          timers.add(t);
        }
      };
      await run(0);
      return d;
    },
    /** Sends a delivered event once more, unchanged but freshly signed (as Stripe's "resend"). */
    async resend(eventId: string): Promise<boolean> {
      const d = deliveries.find((x) => x.eventId === eventId);
      if (!d) throw new Error(`no event ${eventId}`);
      return attempt(d.body, d);
    },
    close() {
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
    },
  };
}
export type WebhookSender = ReturnType<typeof createWebhookSender>;
