import { z } from 'zod';

/**
 * The subset of Stripe's objects the platform reads. Not strict: the provider sends many more
 * fields, and new ones over time; unknown fields are dropped.
 */
const metadata = z.record(z.string(), z.string()).nullish();

export const checkoutSessionSchema = z.object({
  id: z.string().min(1),
  object: z.literal('checkout.session'),
  url: z.string().nullable(),
  status: z.enum(['open', 'complete', 'expired']),
  payment_status: z.enum(['paid', 'unpaid', 'no_payment_required']),
  amount_total: z.number().int().nullable(),
  currency: z.string().nullable(),
  client_reference_id: z.string().nullable(),
  expires_at: z.number().int(),
  metadata,
  // A PaymentIntent id, or the object itself when expanded.
  payment_intent: z.union([z.string(), z.object({ id: z.string() }).loose()]).nullable(),
});
export type CheckoutSession = z.infer<typeof checkoutSessionSchema>;

const cardDetails = z.object({ brand: z.string(), last4: z.string().regex(/^\d{4}$/) });
export const chargeSchema = z.object({
  id: z.string(),
  object: z.literal('charge'),
  payment_method_details: z.object({ type: z.string(), card: cardDetails.nullish() }).nullable().default(null),
});

export const paymentIntentSchema = z.object({
  id: z.string().min(1),
  object: z.literal('payment_intent'),
  status: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  metadata,
  latest_charge: z.union([z.string(), chargeSchema]).nullable(),
  last_payment_error: z
    .object({ code: z.string().nullish(), decline_code: z.string().nullish(), type: z.string().nullish() })
    .nullish(),
});
export type PaymentIntent = z.infer<typeof paymentIntentSchema>;

export const eventSchema = z.object({
  id: z.string().min(1).max(255),
  object: z.literal('event'),
  type: z.string().min(1),
  created: z.number().int(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type ProviderEvent = z.infer<typeof eventSchema>;

export const errorSchema = z.object({
  error: z.object({
    type: z.string(),
    code: z.string().nullish(),
    message: z.string().nullish(),
    param: z.string().nullish(),
  }),
});

/** The card's brand and last four digits: all the platform keeps of a card. */
export function cardOf(pi: PaymentIntent): { brand: string; last4: string } | null {
  const charge = pi.latest_charge;
  if (!charge || typeof charge === 'string') return null;
  return charge.payment_method_details?.card ?? null;
}
