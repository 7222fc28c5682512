import { createHash } from 'node:crypto';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { validationError } from '#src/platform/errors/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { isReverseCharge, resolveBuyer, type Principal } from './checkout.buyer.ts';
import { IdempotencyMismatchError, OutOfStockError, PriceChangedError } from './checkout.errors.ts';
import type { CheckoutHooks, Tx } from './checkout.hooks.ts';
import { orderConfirmationLetter } from './checkout.letters.ts';
import { priceCart } from './checkout.pricing.ts';
import type { CheckoutRequest } from './checkout.schema.ts';
import { bossDbOfTx } from '#src/platform/db/index.ts';
import { findOrder, type OrderWithLines } from './orders.find.ts';
import { orderLines, orderNumberSequences, orders } from './orders.tables.ts';

export type CheckoutDeps = { db: Db; clock: Clock; mail: MailService; hooks: CheckoutHooks; log: Logger };
export type CheckoutOutcome = { order: OrderWithLines; replayed: boolean };

/** Keys sorted at every level: the same request always hashes alike. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;

export const requestHashOf = (req: CheckoutRequest): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(req)))
    .digest('hex');

/** The calendar year in Sweden (an order placed 31 December 23:30 UTC belongs to the new year). */
const swedishYear = (d: Date): number =>
  Number(new Intl.DateTimeFormat('sv-SE', { year: 'numeric', timeZone: 'Europe/Stockholm' }).format(d));

export const formatOrderNumber = (year: number, n: number) => `KS-${year}-${String(n).padStart(6, '0')}`;

export function createCheckout(deps: CheckoutDeps) {
  const { db, clock, mail, hooks, log } = deps;

  async function existing(scope: string, key: string, hash: string, q: Db | Tx = db) {
    const [row] = await q
      .select({ id: orders.id, requestHash: orders.requestHash })
      .from(orders)
      .where(and(eq(orders.idempotencyScope, scope), eq(orders.idempotencyKey, key)));
    if (!row) return undefined;
    if (row.requestHash !== hash) throw new IdempotencyMismatchError();
    return row.id;
  }

  async function after(order: OrderWithLines) {
    for (const hook of hooks.afterOrderPlaced) {
      try {
        await hook(order, order.lines);
      } catch (err) {
        log.error({ err: { message: (err as Error).message }, orderId: order.id }, 'after-order hook failed');
      }
    }
  }

  /**
   * Places an order once per (caller, Idempotency-Key): a repeat with the same request returns
   * the same order, whether the first is still running (it waits for it) or finished long ago,
   * even in a process that died after the commit; a different request with the key is refused.
   */
  async function place(principal: Principal | null, key: string, req: CheckoutRequest): Promise<CheckoutOutcome> {
    const scope = principal ? `contact:${principal.contactId}` : 'guest';
    const hash = requestHashOf(req);
    const done = await existing(scope, key, hash);
    if (done) return replay(done);
    const buyer = await resolveBuyer(db, principal, req);
    const reverseCharge = isReverseCharge(buyer);

    const placed = await db.transaction(async (tx) => {
      // One request per key at a time; the second waits here and then finds the first's order.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`checkout:${scope}:${key}`}, 0))`);
      const raced = await existing(scope, key, hash, tx);
      if (raced) return { replayed: true as const, id: raced };

      const wanted = req.lines.map((l) => l.articleNumber);
      const found = await tx
        .select({
          id: products.id,
          articleNumber: products.articleNumber,
          nameSv: products.nameSv,
          priceExVatOre: products.priceExVatOre,
          vatRate: products.vatRate,
        })
        .from(products)
        .where(inArray(products.articleNumber, wanted));
      const byArticle = new Map(found.map((p) => [p.articleNumber, p]));
      const items = req.lines.map((l, i) => {
        const p = byArticle.get(l.articleNumber);
        if (!p) throw validationError(`body.lines.${i}.articleNumber`, `no article ${l.articleNumber}`);
        return { ...l, product: p, field: `body.lines.${i}.quantity` };
      });
      const price = priceCart(
        items.map((it) => ({
          unitPriceExVatOre: it.product.priceExVatOre,
          vatRate: it.product.vatRate,
          quantity: it.quantity,
        })),
        { reverseCharge },
      );
      if (req.expectedTotalIncVatOre !== undefined && req.expectedTotalIncVatOre !== price.totalIncVatOre)
        throw new PriceChangedError(price.totalIncVatOre);

      // Reserve stock: a conditional decrement, in product-id order (no deadlock between checkouts).
      for (const it of [...items].sort((a, b) => (a.product.id < b.product.id ? -1 : 1))) {
        const reserved = await tx
          .update(products)
          .set({ stock: sql`${products.stock} - ${it.quantity}` })
          .where(and(eq(products.id, it.product.id), gte(products.stock, it.quantity)))
          .returning({ id: products.id });
        if (reserved.length === 0) throw new OutOfStockError(it.articleNumber, it.field);
      }

      const now = clock.now();
      const year = swedishYear(now);
      const [seq] = await tx
        .insert(orderNumberSequences)
        .values({ year, last: 1 })
        .onConflictDoUpdate({ target: orderNumberSequences.year, set: { last: sql`${orderNumberSequences.last} + 1` } })
        .returning({ last: orderNumberSequences.last });

      const [order] = await tx
        .insert(orders)
        .values({
          ...buyer,
          orderNumber: formatOrderNumber(year, seq!.last),
          status: req.paymentMethod === 'card' ? 'awaiting_payment' : 'placed',
          paymentMethod: req.paymentMethod,
          totalExVatOre: price.goodsExVatOre,
          vatOre: price.vatOre,
          shippingExVatOre: price.shippingExVatOre,
          shippingVatOre: price.shippingVatOre,
          roundingOre: price.roundingOre,
          totalIncVatOre: price.totalIncVatOre,
          reverseCharge,
          idempotencyKey: key,
          idempotencyScope: scope,
          requestHash: hash,
          placedAt: now,
        })
        .returning();
      const lines = await tx
        .insert(orderLines)
        .values(
          items.map((it, i) => ({
            orderId: order!.id,
            position: i + 1,
            productId: it.product.id,
            articleNumber: it.product.articleNumber,
            name: it.product.nameSv,
            quantity: it.quantity,
            unitPriceExVatOre: it.product.priceExVatOre,
            vatRate: it.product.vatRate,
            lineVatOre: price.lines[i]!.lineVatOre,
          })),
        )
        .returning();

      for (const hook of hooks.onOrderPlaced) await hook(tx, order!, lines);

      await mail.queue(
        orderConfirmationLetter,
        order!.contactEmail,
        {
          orderNumber: order!.orderNumber,
          paymentMethod: req.paymentMethod,
          reverseCharge,
          lines: lines.map((l, i) => ({
            name: l.name,
            articleNumber: l.articleNumber,
            quantity: l.quantity,
            lineExVatOre: price.lines[i]!.lineExVatOre,
          })),
          shippingExVatOre: price.shippingExVatOre,
          vatOre: price.vatOre,
          roundingOre: price.roundingOre,
          totalIncVatOre: price.totalIncVatOre,
        },
        { db: bossDbOfTx(tx) },
      );
      return { replayed: false as const, id: order!.id };
    });

    if (placed.replayed) return replay(placed.id);
    // Acknowledged only now, after the commit.
    const order = (await findOrder(db, placed.id))!;
    await after(order);
    return { order, replayed: false };
  }

  async function replay(id: string): Promise<CheckoutOutcome> {
    const order = (await findOrder(db, id))!;
    await after(order); // after-commit hooks are idempotent (e.g. the card session of this order)
    return { order, replayed: true };
  }

  return { place };
}

export type Checkout = ReturnType<typeof createCheckout>;
