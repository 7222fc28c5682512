import { randomBytes } from 'node:crypto';

/** The local provider's objects, in memory, in Stripe's shapes (the subset the platform reads). */
export type Session = {
  id: string;
  object: 'checkout.session';
  url: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid';
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  success_url: string;
  cancel_url: string | null;
  expires_at: number;
  created: number;
  livemode: false;
  mode: 'payment';
  locale: string;
  metadata: Record<string, string>;
  payment_intent: string | null;
  /** Not Stripe's: what the page shows, and the PaymentIntent's metadata. */
  line_name: string;
  pi_metadata: Record<string, string>;
};

export type Charge = {
  id: string;
  object: 'charge';
  amount: number;
  currency: string;
  paid: boolean;
  status: 'succeeded' | 'failed';
  payment_method_details: { type: 'card'; card: { brand: string; last4: string } };
};

export type PaymentIntent = {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: 'requires_payment_method' | 'succeeded' | 'canceled';
  metadata: Record<string, string>;
  latest_charge: string | null;
  last_payment_error: { type: 'card_error'; code: string; decline_code: string | null; message: string } | null;
  created: number;
};

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

export function createStore() {
  return {
    sessions: new Map<string, Session>(),
    intents: new Map<string, PaymentIntent>(),
    charges: new Map<string, Charge>(),
    /** Idempotency-Key → the request body it was first used with and the session it created. */
    idempotency: new Map<string, { body: string; sessionId: string }>(),
  };
}
export type Store = ReturnType<typeof createStore>;

/** A PaymentIntent as the API returns it, its latest charge expanded when asked. */
export function intentView(store: Store, pi: PaymentIntent, expand: readonly string[]) {
  if (!expand.includes('latest_charge') || !pi.latest_charge) return pi;
  return { ...pi, latest_charge: store.charges.get(pi.latest_charge) ?? null };
}

/** A session as the API returns it (internal fields left out), its PaymentIntent expanded when asked. */
export function sessionView(store: Store, s: Session, expand: readonly string[]) {
  const { line_name: _n, pi_metadata: _m, ...view } = s;
  if (!expand.some((e) => e.startsWith('payment_intent')) || !s.payment_intent) return view;
  const pi = store.intents.get(s.payment_intent);
  return {
    ...view,
    payment_intent: pi
      ? intentView(store, pi, expand.includes('payment_intent.latest_charge') ? ['latest_charge'] : [])
      : null,
  };
}
