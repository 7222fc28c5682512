/**
 * Stand-ins for the outside services the demo's past orders went through, answering as the real
 * ones did with deterministic ids: the payment service (Stripe Checkout subset) and the carrier
 * platform (nShift). The seed's services call these instead of the network; mail is checked
 * against its template and dropped (the demo's past letters were sent long ago).
 */
import type { MailService } from '#src/platform/mail/index.ts';
import type { CardProviderClient, CarrierClient } from '#src/modules/orders/index.ts';

type Session = Awaited<ReturnType<CardProviderClient['createCheckoutSession']>>;
type Intent = Awaited<ReturnType<CardProviderClient['retrievePaymentIntent']>>;

const seq = (n: number) => String(n).padStart(8, '0');

/** The payment service as the demo's card payments saw it; `pay` is the customer paying on its page. */
export function demoCardProvider(publicUrl: string) {
  const sessions = new Map<string, Session>();
  const intents = new Map<string, Intent>();
  let n = 0;
  const client: CardProviderClient = {
    async createCheckoutSession(input) {
      const id = `cs_demo_${seq(++n)}`;
      const session: Session = {
        id,
        object: 'checkout.session',
        url: `${publicUrl}/demo-betalning/${id}`,
        status: 'open',
        payment_status: 'unpaid',
        amount_total: input.amountOre,
        currency: 'sek',
        client_reference_id: input.orderId,
        expires_at: input.expiresAt ?? 0,
        metadata: { order_id: input.orderId },
        payment_intent: null,
      };
      sessions.set(id, session);
      return session;
    },
    async retrieveCheckoutSession(id) {
      return sessions.get(id)!;
    },
    async expireCheckoutSession(id) {
      const s = { ...sessions.get(id)!, status: 'expired' as const };
      sessions.set(id, s);
      return s;
    },
    async retrievePaymentIntent(id) {
      return intents.get(id)!;
    },
  };
  const event = (type: string, object: Session, at: Date) => ({
    id: `evt_demo_${seq(++n)}`,
    object: 'event' as const,
    type,
    created: Math.floor(at.getTime() / 1000),
    data: { object: object as unknown as Record<string, unknown> },
  });
  return {
    client,
    /** The customer pays with a card (only its brand and last four digits ever reach us). */
    pay(sessionId: string, card: { brand: string; last4: string }, at: Date) {
      const s = sessions.get(sessionId)!;
      const pi = `pi_demo_${seq(++n)}`;
      intents.set(pi, {
        id: pi,
        object: 'payment_intent',
        status: 'succeeded',
        amount: s.amount_total ?? 0,
        currency: 'sek',
        metadata: s.metadata,
        latest_charge: {
          id: `ch_demo_${seq(n)}`,
          object: 'charge',
          payment_method_details: { type: 'card', card: { brand: card.brand, last4: card.last4 } },
        },
      });
      const paid: Session = { ...s, status: 'complete', payment_status: 'paid', payment_intent: pi };
      sessions.set(sessionId, paid);
      return event('checkout.session.completed', paid, at);
    },
    /** The session's hour ran out unpaid. */
    expire(sessionId: string, at: Date) {
      const s: Session = { ...sessions.get(sessionId)!, status: 'expired' };
      sessions.set(sessionId, s);
      return event('checkout.session.expired', s, at);
    },
  };
}

/** The carrier platform: PostNord MyPack Collect bookings with deterministic ids. */
export function demoCarrier(): CarrierClient {
  let n = 0;
  return {
    name: 'nshift',
    serviceId: 'P19',
    async book() {
      n += 1;
      const trackingNumber = `00373500${String(n).padStart(10, '0')}`;
      return {
        carrierShipmentId: String(90_000_000 + n),
        trackingNumber,
        parcelNumber: trackingNumber,
        // The carrier keeps labels for a limited time only: the demo's are gone.
        labelRef: null,
        trackingUrl: `https://tracking.postnord.com/se/?id=${trackingNumber}`,
      };
    },
  };
}

/** Mail that is checked against its template and not sent. */
export const unsentMail: MailService = {
  async queue(template, _to, params) {
    template.schema.parse(params);
  },
};
