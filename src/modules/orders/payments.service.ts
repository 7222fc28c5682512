import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { recordDisclosure } from '#src/modules/privacy/index.ts';
import { postVoucher, voucherSeries } from './bookkeeping.service.ts';
import type { AfterOrderPlacedHook, OrderRow, Tx } from './checkout.hooks.ts';
import { CardProviderError, type CardProviderClient } from './card-provider/client.ts';
import { cardOf, checkoutSessionSchema, paymentIntentSchema, type ProviderEvent } from './card-provider/types.ts';
import { findOrder } from './orders.find.ts';
import { orders } from './orders.tables.ts';
import { cardSaleVoucherLines } from './payments.bookkeeping.ts';
import { cardPayments, paymentEvents } from './payments.tables.ts';

/** How long the customer has to pay on the provider's page (Stripe allows 30 min – 24 h). */
export const SESSION_LIFETIME_SECONDS = 3600;

export type CardPaymentRow = typeof cardPayments.$inferSelect;
export type ReturnUrls = (order: OrderRow) => { successUrl: string; cancelUrl: string };

export type CardPaymentsDeps = {
  db: Db;
  clock: Clock;
  client: CardProviderClient;
  publicUrl: string;
  log: Logger;
  /** Where the provider sends the browser back to; default: the storefront's order confirmation. */
  returnUrls?: ReturnUrls;
};

export type EventOutcome = 'handled' | 'duplicate' | 'ignored';

/** The storefront's default return addresses: the order's confirmation page (no personal data in URLs). */
export const defaultReturnUrls =
  (publicUrl: string): ReturnUrls =>
  (order) => ({
    successUrl: `${publicUrl}/kassa/tack/${encodeURIComponent(order.orderNumber)}?betalning=klar`,
    cancelUrl: `${publicUrl}/kassa/tack/${encodeURIComponent(order.orderNumber)}?betalning=avbruten`,
  });

/** The subject of a disclosure about an order: its contact person, or the guest (by the order id). */
const subjectOf = (order: OrderRow) =>
  order.contactId
    ? ({ subjectType: 'contact', subjectId: order.contactId } as const)
    : ({ subjectType: 'guest', subjectId: order.id } as const);

/**
 * Card payments through the payment service (Stripe Checkout): a session per order (per attempt),
 * and the provider's webhook events handled once each: paid orders, the card's brand and last four
 * digits, the disclosure to the provider (§7) and the card sale's voucher.
 */
export function createCardPayments(deps: CardPaymentsDeps) {
  const { db, clock, client, log } = deps;
  const returnUrls = deps.returnUrls ?? defaultReturnUrls(deps.publicUrl);

  /** A call to the payment service; its failure is a 503 to our caller (the provider retries webhooks). */
  async function provider<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (e) {
      if (!(e instanceof CardProviderError)) throw e;
      log.warn({ status: e.status, type: e.type, code: e.code }, 'payment service call failed');
      throw new AppError('unavailable', 'Betaltjänsten svarar inte just nu / The payment service is unavailable');
    }
  }

  const latestOf = async (orderId: string) =>
    (
      await db
        .select()
        .from(cardPayments)
        .where(eq(cardPayments.orderId, orderId))
        .orderBy(desc(cardPayments.attempt))
        .limit(1)
    )[0];

  /**
   * The checkout session to pay an order on: the open one, or a new one (after commit, never inside
   * the checkout transaction). Idempotent: the provider's Idempotency-Key is the order id (with the
   * attempt after the first), so a retried call never creates a second session for one attempt.
   */
  async function startCardPayment(orderId: string): Promise<CardPaymentRow> {
    const order = await findOrder(db, orderId);
    if (!order) throw new AppError('not_found', 'Ingen sådan order / No such order');
    if (order.paymentMethod !== 'card')
      throw new AppError('conflict', 'Ordern betalas inte med kort / Not a card order');
    const latest = await latestOf(orderId);
    if (latest?.status === 'open' && latest.expiresAt > clock.now()) return latest;
    if (order.status !== 'awaiting_payment' || latest?.status === 'paid') {
      throw new AppError('conflict', 'Ordern väntar inte på betalning / The order is not awaiting payment');
    }
    const attempt = (latest?.attempt ?? 0) + 1;
    const now = clock.now();
    const expiresAt = new Date((Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_SECONDS) * 1000);
    const urls = returnUrls(order);
    const session = await provider(() =>
      client.createCheckoutSession(
        {
          amountOre: order.totalIncVatOre,
          description: `Kliniksupport order ${order.orderNumber}`,
          orderId: order.id,
          successUrl: urls.successUrl,
          cancelUrl: urls.cancelUrl,
          expiresAt: expiresAt.getTime() / 1000,
          locale: 'sv',
        },
        attempt === 1 ? order.id : `${order.id}:${attempt}`,
      ),
    );
    if (!session.url) throw new AppError('unavailable', 'Betaltjänsten gav ingen betalsida / No payment page');
    return db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cardPayments)
        .values({
          orderId: order.id,
          attempt,
          sessionId: session.id,
          sessionUrl: session.url!,
          status: 'open',
          amountOre: order.totalIncVatOre,
          currency: 'SEK',
          createdAt: now,
          expiresAt,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        // A concurrent call for the same attempt got the same session (same Idempotency-Key) first.
        const [same] = await tx.select().from(cardPayments).where(eq(cardPayments.sessionId, session.id));
        if (!same) throw new AppError('conflict', 'Betalningen startades samtidigt / Payment started concurrently');
        return same;
      }
      // §7: the order's number and amount went to the payment service provider (a processor).
      await recordDisclosure(tx, {
        recipient: 'payment_providers',
        purpose: 'a.orders',
        categories: ['payment_details'],
        ...subjectOf(order),
        reference: `order:${order.id}`,
        at: now,
      });
      return row;
    });
  }

  /** Marks an event handled inside the transaction; false if it already was (a replay or retry). */
  async function firstTime(tx: Tx, event: ProviderEvent): Promise<boolean> {
    const [row] = await tx
      .insert(paymentEvents)
      .values({ eventId: event.id, type: event.type, receivedAt: clock.now() })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.eventId });
    return row !== undefined;
  }

  async function completed(event: ProviderEvent): Promise<EventOutcome> {
    const session = checkoutSessionSchema.parse(event.data.object);
    if (session.payment_status !== 'paid' || !session.payment_intent) return record(event, 'ignored');
    const piId = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent.id;
    // Outside the transaction: the card's brand and last four, from the provider.
    const brand = cardOf(await provider(() => client.retrievePaymentIntent(piId)));
    return db.transaction(async (tx) => {
      if (!(await firstTime(tx, event))) return 'duplicate';
      const [cp] = await tx.select().from(cardPayments).where(eq(cardPayments.sessionId, session.id)).for('update');
      if (!cp || cp.status === 'paid') return 'ignored';
      const order = await findOrder(tx, cp.orderId);
      const paidAt = clock.now();
      const amountOk =
        session.amount_total === cp.amountOre &&
        session.currency?.toUpperCase() === cp.currency &&
        order?.totalIncVatOre === cp.amountOre;
      // Only a payment that moves the order from awaiting payment to paid books the sale: a second
      // payment of one order (two sessions paid at once) or a wrong amount is left for finance (refund).
      const moved =
        order && amountOk
          ? await tx
              .update(orders)
              .set({ status: 'paid' })
              .where(and(eq(orders.id, order.id), eq(orders.status, 'awaiting_payment')))
              .returning({ id: orders.id })
          : [];
      const card = { paymentIntentId: piId, cardBrand: brand?.brand ?? null, cardLast4: brand?.last4 ?? null, paidAt };
      if (!order || moved.length === 0) {
        await tx
          .update(cardPayments)
          .set({ status: 'mismatch', ...card })
          .where(eq(cardPayments.id, cp.id));
        log.warn(
          { cardPayment: cp.id, event: event.id },
          'card payment does not match an order awaiting it: left for finance',
        );
        return 'handled';
      }
      await tx
        .update(cardPayments)
        .set({ status: 'paid', ...card })
        .where(eq(cardPayments.id, cp.id));
      await postVoucher(tx, {
        date: paidAt,
        series: voucherSeries.cardPayment,
        text: `Kortbetalning order ${order.orderNumber}`,
        source: { type: 'card_payment', id: cp.id },
        lines: cardSaleVoucherLines(order),
        createdAt: paidAt,
      });
      return 'handled';
    });
  }

  async function expired(event: ProviderEvent): Promise<EventOutcome> {
    const session = checkoutSessionSchema.parse(event.data.object);
    return db.transaction(async (tx) => {
      if (!(await firstTime(tx, event))) return 'duplicate';
      await tx
        .update(cardPayments)
        .set({ status: 'expired' })
        .where(and(eq(cardPayments.sessionId, session.id), eq(cardPayments.status, 'open')));
      return 'handled';
    });
  }

  async function failed(event: ProviderEvent): Promise<EventOutcome> {
    const pi = paymentIntentSchema.parse(event.data.object);
    const orderId = pi.metadata?.order_id;
    const code = pi.last_payment_error?.decline_code ?? pi.last_payment_error?.code ?? 'unknown';
    return db.transaction(async (tx) => {
      if (!(await firstTime(tx, event))) return 'duplicate';
      if (!orderId || !/^[0-9a-f-]{36}$/i.test(orderId)) return 'ignored';
      await tx
        .update(cardPayments)
        .set({ lastFailureCode: code.slice(0, 60), paymentIntentId: pi.id })
        .where(and(eq(cardPayments.orderId, orderId), eq(cardPayments.status, 'open')));
      return 'handled';
    });
  }

  async function record(event: ProviderEvent, outcome: EventOutcome): Promise<EventOutcome> {
    return db.transaction(async (tx) => ((await firstTime(tx, event)) ? outcome : 'duplicate'));
  }

  return {
    startCardPayment,
    /** The checkout's after-commit hook: a card order gets its checkout session at once. */
    afterPlaced: (async (order) => {
      if (order.paymentMethod === 'card') await startCardPayment(order.id);
    }) satisfies AfterOrderPlacedHook,
    /** The order's latest card payment (status, where to pay), or undefined. */
    paymentOf: latestOf,
    /** The order's status, or undefined for no such order. */
    async orderStatusOf(orderId: string): Promise<string | undefined> {
      const [o] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
      return o?.status;
    },
    /** Handles one verified webhook event, at most once per event id. */
    async handleEvent(event: ProviderEvent): Promise<EventOutcome> {
      const [seen] = await db.select().from(paymentEvents).where(eq(paymentEvents.eventId, event.id));
      if (seen) return 'duplicate';
      switch (event.type) {
        case 'checkout.session.completed':
          return completed(event);
        case 'checkout.session.expired':
          return expired(event);
        case 'payment_intent.payment_failed':
          return failed(event);
        default:
          return record(event, 'ignored');
      }
    },
  };
}
export type CardPayments = ReturnType<typeof createCardPayments>;
