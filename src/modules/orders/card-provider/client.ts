import type { z } from 'zod';
import { encodeForm, type FormValue } from './form.ts';
import {
  checkoutSessionSchema,
  errorSchema,
  paymentIntentSchema,
  type CheckoutSession,
  type PaymentIntent,
} from './types.ts';

/** A refusal or failure of the payment service, with Stripe's error type and code (no personal data). */
export class CardProviderError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  constructor(status: number, type: string, code: string | null, message: string) {
    super(`payment service: ${status} ${type}${code ? ` (${code})` : ''}: ${message}`);
    this.name = 'CardProviderError';
    this.status = status;
    this.type = type;
    this.code = code;
  }
}

export type CreateSessionInput = {
  /** The amount to pay in öre (SEK minor units), goods + shipping + VAT + rounding. */
  amountOre: number;
  /** What the line reads on the payment page and the card statement: an order number, no names. */
  description: string;
  orderId: string;
  successUrl: string;
  cancelUrl: string;
  /** Unix seconds; Stripe allows 30 minutes to 24 hours after creation. */
  expiresAt?: number;
  locale?: 'sv' | 'en' | 'auto';
};

export type CardProviderClient = ReturnType<typeof createCardProviderClient>;

/**
 * The payment service's API (Stripe's Checkout Sessions and PaymentIntents, the subset the
 * platform uses), over fetch: form-encoded requests, Bearer key, Idempotency-Key on creation.
 */
export function createCardProviderClient(opts: { apiUrl: string | undefined; apiKey: string; timeoutMs?: number }) {
  const base = opts.apiUrl?.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST',
    path: string,
    params: Record<string, FormValue> = {},
    idempotencyKey?: string,
  ): Promise<z.infer<S>> {
    if (!base) throw new CardProviderError(0, 'api_connection_error', null, 'no payment service configured');
    const body = encodeForm(params);
    const url = method === 'GET' && body ? `${base}${path}?${body}` : `${base}${path}`;
    const headers: Record<string, string> = { authorization: `Bearer ${opts.apiKey}` };
    if (method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        ...(method === 'POST' ? { body } : {}),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      });
    } catch (e) {
      throw new CardProviderError(0, 'api_connection_error', null, (e as Error).message);
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = errorSchema.safeParse(json);
      throw err.success
        ? new CardProviderError(
            res.status,
            err.data.error.type,
            err.data.error.code ?? null,
            err.data.error.message ?? '',
          )
        : new CardProviderError(res.status, 'api_error', null, 'unexpected answer');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CardProviderError(res.status, 'api_error', null, `unexpected ${path} answer`);
    return parsed.data;
  }

  return {
    /** POST /v1/checkout/sessions: one payment of `amountOre` SEK öre by card; idempotent per key. */
    createCheckoutSession(input: CreateSessionInput, idempotencyKey: string): Promise<CheckoutSession> {
      return call(
        checkoutSessionSchema,
        'POST',
        '/v1/checkout/sessions',
        {
          mode: 'payment',
          payment_method_types: ['card'],
          line_items: [
            {
              quantity: 1,
              price_data: { currency: 'sek', unit_amount: input.amountOre, product_data: { name: input.description } },
            },
          ],
          success_url: input.successUrl,
          cancel_url: input.cancelUrl,
          client_reference_id: input.orderId,
          metadata: { order_id: input.orderId },
          payment_intent_data: { metadata: { order_id: input.orderId } },
          expires_at: input.expiresAt,
          locale: input.locale ?? 'sv',
        },
        idempotencyKey,
      );
    },
    /** GET /v1/checkout/sessions/:id */
    retrieveCheckoutSession(id: string): Promise<CheckoutSession> {
      return call(checkoutSessionSchema, 'GET', `/v1/checkout/sessions/${encodeURIComponent(id)}`);
    },
    /** POST /v1/checkout/sessions/:id/expire: the customer can no longer pay on it. */
    expireCheckoutSession(id: string): Promise<CheckoutSession> {
      return call(checkoutSessionSchema, 'POST', `/v1/checkout/sessions/${encodeURIComponent(id)}/expire`);
    },
    /** GET /v1/payment_intents/:id with the latest charge expanded (the card's brand and last four). */
    retrievePaymentIntent(id: string): Promise<PaymentIntent> {
      return call(paymentIntentSchema, 'GET', `/v1/payment_intents/${encodeURIComponent(id)}`, {
        expand: ['latest_charge'],
      });
    },
  };
}
