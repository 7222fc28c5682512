import { z } from 'zod';
import { phoneSchema } from '#src/modules/customers/index.ts';
import { euCountries } from './checkout.vat.ts';

/** An article number as the catalogue writes it. */
export const articleNumberSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/, 'must be an article number');

export const cartLinesSchema = z
  .array(z.strictObject({ articleNumber: articleNumberSchema, quantity: z.int().min(1).max(999) }))
  .min(1, 'the cart is empty')
  .max(100)
  .refine(
    (lines) => new Set(lines.map((l) => l.articleNumber.toUpperCase())).size === lines.length,
    'each article once (add up the quantities)',
  );

const country = z.enum(euCountries as [string, ...string[]]);
const text = (max: number) => z.string().trim().min(1).max(max);

const address = z.strictObject({
  street: text(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9 -]{2,10}$/, 'must be a postal code')
    .transform((v) => v.replace(/\s/g, '')),
  city: text(100),
});

const delivery = address.extend({ name: text(200), country: country.default('SE') });

/** The buyer of a guest checkout; an account holder's buyer comes from the account. */
export const guestBuyerSchema = z.strictObject({
  companyName: text(200),
  /** Swedish organisationsnummer (checked); for a company in another EU country its national number, if any. */
  orgNr: z.string().trim().max(30).default(''),
  /** EU VAT number: outside Sweden with a valid-format number the order is reverse charged. */
  vatNumber: z.string().trim().max(20).nullable().default(null),
  country: country.default('SE'),
  contactName: text(200),
  email: z
    .email()
    .max(254)
    .transform((v) => v.toLowerCase()),
  phone: phoneSchema.nullable().default(null),
  billing: address,
  /**
   * The guest's answer to "Vill du få erbjudanden från oss?": true = "Nej, jag vill inte få
   * marknadsföring". Required: the choice is offered clearly at checkout (Marknadsföringslagen).
   */
  marketingRefused: z.boolean(),
});

export const checkoutRequestSchema = z.strictObject({
  lines: cartLinesSchema,
  paymentMethod: z.enum(['invoice', 'card']),
  /** Required for a guest; must be absent when signed in (the account is the buyer). */
  buyer: guestBuyerSchema.optional(),
  /** Where to deliver; the billing address (the company's for an account) when absent. */
  delivery: delivery.optional(),
  /**
   * The total the customer was shown (öre). If prices changed since, the order is refused with
   * 409 price_changed rather than charged differently.
   */
  expectedTotalIncVatOre: z.int().min(0).optional(),
});

export type CheckoutRequest = z.output<typeof checkoutRequestSchema>;
export type GuestBuyer = z.output<typeof guestBuyerSchema>;

/** A cart to price (the cart and checkout pages show what the server will charge). */
export const quoteRequestSchema = z.strictObject({
  lines: cartLinesSchema,
  country: country.default('SE'),
  vatNumber: z.string().trim().max(20).nullable().default(null),
});

/** The Idempotency-Key header: 8–255 visible ASCII characters (a UUID is what the web client sends). */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{8,255}$/, 'must be 8–255 visible ASCII characters, e.g. a UUID');
