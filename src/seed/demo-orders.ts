/**
 * Plays the demo's six years of orders (demo-orders-plan.ts) through the modules' own services,
 * in time order on a clock the seed moves: the checkout (buyer snapshot, VAT, öresavrundning,
 * the invoice with its OCR reference and sales voucher), card payments (session, the provider's
 * webhook, the card sale's voucher, the disclosure to the payment service), shipping (FEFO lots,
 * supply records of medical devices, the disclosure to the carrier), the carrier's status events
 * and invoice payments (payment vouchers). All inside the seed's transaction.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { productLots, products } from '#src/modules/catalog/index.ts';
import { staffUsers } from '#src/modules/identity/index.ts';
import {
  applyCarrierEvent,
  createCardPayments,
  createCheckout,
  createShipmentsService,
  invoiceOnOrderPlaced,
  invoices,
  registerInvoicePayment,
  stockholmDate,
  type Checkout,
} from '#src/modules/orders/index.ts';
import type { DemoOrders, PlannedOrder } from './demo-orders-plan.ts';
import { demoCardProvider, demoCarrier, unsentMail } from './demo-orders-providers.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type CheckoutRequest = Parameters<Checkout['place']>[2];

/** The seed's clock: each event happens at its own time. */
class SeedClock implements Clock {
  at = new Date(0);
  now(): Date {
    return new Date(this.at.getTime());
  }
}

export type DemoOrderKeys = {
  productId: (articleNumber: string) => string;
  contactId: (email: string) => string;
  companyId: (orgNr: string) => string;
};

async function staffWithRole(tx: Tx, role: string): Promise<string> {
  const [row] = await tx
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(sql`${role} = any(${staffUsers.roles})`)
    .orderBy(staffUsers.email)
    .limit(1);
  if (!row) throw new Error(`demo seed: no staff member with the role ${role}`);
  return row.id;
}

export async function seedDemoOrders(
  tx: Tx,
  plan: DemoOrders,
  keys: DemoOrderKeys,
  progress: (msg: string) => void,
): Promise<void> {
  await tx
    .insert(productLots)
    .values(plan.lots.map(({ articleNumber, ...l }) => ({ ...l, productId: keys.productId(articleNumber) })));

  const clock = new SeedClock();
  const log = createLogger({ level: 'silent' });
  const db = tx as Db;
  const publicUrl = 'http://localhost:3000';
  const card = demoCardProvider(publicUrl);
  const checkout = createCheckout({
    db,
    clock,
    mail: unsentMail,
    hooks: { onOrderPlaced: [invoiceOnOrderPlaced], afterOrderPlaced: [] },
    log,
  });
  const payments = createCardPayments({ db, clock, client: card.client, publicUrl, log });
  const shipping = createShipmentsService({ db, clock, carrier: demoCarrier(), mail: unsentMail });
  const shipper = await staffWithRole(tx, 'order_administration');
  const finance = await staffWithRole(tx, 'finance');

  const orderId = new Map<PlannedOrder, string>();
  const sessionId = new Map<PlannedOrder, string>();
  const carrierId = new Map<PlannedOrder, string>();
  const id = (o: PlannedOrder) => orderId.get(o)!;

  const place = async (o: PlannedOrder) => {
    const req: CheckoutRequest = { lines: o.lines, paymentMethod: o.paymentMethod };
    let principal = null;
    if (o.buyer.kind === 'account') {
      principal = { contactId: keys.contactId(o.buyer.contactEmail), companyId: keys.companyId(o.buyer.companyOrgNr) };
    } else {
      req.buyer = o.buyer.guest;
    }
    const { order } = await checkout.place(principal, o.key, req);
    orderId.set(o, order.id);
  };
  const ship = async (o: PlannedOrder) => {
    const shipment = await shipping.ship(id(o), shipper);
    carrierId.set(o, shipment.carrierShipmentId);
    // The shelf is refilled as goods leave: stock on hand is reduced only by orders not yet shipped.
    for (const l of o.lines) {
      await tx
        .update(products)
        .set({ stock: sql`${products.stock} + ${l.quantity}` })
        .where(eq(products.id, keys.productId(l.articleNumber)));
    }
  };
  const status = (o: PlannedOrder, s: 'in_transit' | 'delivered', at: Date) =>
    applyCarrierEvent(
      { db, clock, carrier: 'nshift' },
      { eventId: `demo-${carrierId.get(o)}-${s}`, carrierShipmentId: carrierId.get(o)!, status: s, occurredAt: at },
    );
  const payInvoice = async (o: PlannedOrder, share: 'full' | 'half' | 'rest', at: Date) => {
    const [inv] = await tx
      .select()
      .from(invoices)
      .where(eq(invoices.orderId, id(o)));
    if (!inv) throw new Error(`demo seed: order ${o.key} has no invoice`);
    const amountOre =
      share === 'full'
        ? inv.totalIncVatOre
        : share === 'half'
          ? Math.round(inv.totalIncVatOre / 200) * 100
          : inv.totalIncVatOre - inv.paidOre;
    await registerInvoicePayment(db, {
      ocr: inv.ocr,
      amountOre,
      paidOn: stockholmDate(at),
      registeredBy: finance,
      now: at,
    });
  };

  type Step = { at: Date; run: () => Promise<unknown> };
  const steps: Step[] = [];
  for (const o of plan.orders) {
    const step = (at: Date | undefined, run: () => Promise<unknown>) => at && steps.push({ at, run });
    step(o.placedAt, () => place(o));
    if (o.paymentMethod === 'card') {
      step(new Date(o.placedAt.getTime() + 30_000), async () => {
        sessionId.set(o, (await payments.startCardPayment(id(o))).sessionId);
      });
      const c = o.card;
      if (c?.paidAt) step(c.paidAt, () => payments.handleEvent(card.pay(sessionId.get(o)!, c, c.paidAt!)));
      if (c?.expiredAt) step(c.expiredAt, () => payments.handleEvent(card.expire(sessionId.get(o)!, c.expiredAt!)));
    }
    step(o.cancelledAt, () => shipping.cancel(id(o)));
    step(o.shippedAt, () => ship(o));
    step(o.inTransitAt, () => status(o, 'in_transit', o.inTransitAt!));
    step(o.deliveredAt, () => status(o, 'delivered', o.deliveredAt!));
    for (const p of o.invoicePayments) step(p.paidAt, () => payInvoice(o, p.share, p.paidAt));
  }
  // Stable sort: what happens at the same instant keeps the plan's order.
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const s of steps) {
    clock.at = s.at;
    await s.run();
  }
  progress(`demo: ${plan.orders.length} orders over six years, ${plan.lots.length} shipped lots`);
}
