import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders.tables.ts';

/** 'open' (the customer may pay) | 'paid' | 'expired' | 'mismatch' (paid, but not the order's amount: for finance). */
export type CardPaymentStatus = 'open' | 'paid' | 'expired' | 'mismatch';

/**
 * A card payment of an order through the payment service (one row per checkout session). Holds the
 * provider's references and, once paid, the card's brand and last four digits — never a card number.
 */
export const cardPayments = pgTable(
  'card_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    /** 1 for the order's first session, 2 after the first expired, … (part of the Idempotency-Key). */
    attempt: integer('attempt').notNull(),
    sessionId: text('session_id').notNull(),
    /** Where the customer pays (the provider's hosted page). */
    sessionUrl: text('session_url').notNull(),
    status: text('status').$type<CardPaymentStatus>().notNull(),
    amountOre: integer('amount_ore').notNull(),
    currency: text('currency').notNull(),
    paymentIntentId: text('payment_intent_id'),
    cardBrand: text('card_brand'),
    cardLast4: text('card_last4'),
    /** The provider's code of the latest refusal (card_declined, expired_card, …); no message text. */
    lastFailureCode: text('last_failure_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When the provider stops taking payment on the session (a new attempt may start after). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('card_payments_session_idx').on(t.sessionId),
    uniqueIndex('card_payments_order_attempt_idx').on(t.orderId, t.attempt),
    index('card_payments_intent_idx').on(t.paymentIntentId),
  ],
);

/** Every webhook event handled, by the provider's event id: a replayed or retried event does nothing. */
export const paymentEvents = pgTable('payment_events', {
  eventId: text('event_id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
});
