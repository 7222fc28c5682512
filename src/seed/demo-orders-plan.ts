/**
 * What happens to each demo order over the past six years, computed from "now" and the demo
 * clinics, contacts and products alone (deterministic): when it is placed and by whom, how it is
 * paid, when it ships and is delivered, and when its invoice is paid. demo-orders.ts plays these
 * events through the modules' own services; this file does no I/O.
 */
import type { DemoData } from './demo-data.ts';
import { buildGuestBuyers, EU_GUEST, type GuestBuyer } from './demo-orders-buyers.ts';
import { planLots, type PlannedLot } from './demo-orders-lots.ts';
import { createRng, type Rng } from './prng.ts';

export const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Years of order history; year 0 is the oldest. */
export const DEMO_ORDER_YEARS = 6;
const YEAR = 365 * DAY;

export type PlannedBuyer =
  { kind: 'account'; contactEmail: string; companyOrgNr: string } | { kind: 'guest'; guest: GuestBuyer };

export type PlannedOrder = {
  /** The checkout's Idempotency-Key. */
  key: string;
  placedAt: Date;
  buyer: PlannedBuyer;
  paymentMethod: 'invoice' | 'card';
  lines: { articleNumber: string; quantity: number }[];
  /** Card orders: the card used, and whether the customer paid or let the session expire. */
  card?: { brand: string; last4: string; paidAt?: Date; expiredAt?: Date };
  cancelledAt?: Date;
  shippedAt?: Date;
  inTransitAt?: Date;
  deliveredAt?: Date;
  /** Invoice orders: payments received (the whole invoice, or half and later the rest). */
  invoicePayments: { paidAt: Date; share: 'full' | 'half' | 'rest' }[];
};

const CARDS = [
  { brand: 'visa', last4: '4242' },
  { brand: 'mastercard', last4: '4444' },
  { brand: 'visa', last4: '1881' },
  { brand: 'mastercard', last4: '5100' },
] as const;

/** A working day's hour in Sweden (roughly: 07–16 UTC), `days` before `t0`. */
const officeHours = (rng: Rng, t0: number, days: number) =>
  Math.floor((t0 - days * DAY) / DAY) * DAY + rng.int(7 * 60, 16 * 60) * 60_000;

export function buildDemoOrders(now: Date, data: Pick<DemoData, 'companies' | 'contacts' | 'products'>) {
  const rng = createRng(0x0bde_2026);
  const t0 = now.getTime();
  const latest = t0 - 60_000;
  const { guests, refusing } = buildGuestBuyers(rng, new Set(data.companies.map((c) => c.orgNr)));
  // Goods that were always on the shelf (an order of the demo must never run out of stock).
  const stocked = data.products.filter((p) => p.stock >= 50);
  const contactsByEmail = [...data.contacts].sort((a, b) => (a.email < b.email ? -1 : 1));
  const account = (c: (typeof data.contacts)[number]): PlannedBuyer => ({
    kind: 'account',
    contactEmail: c.email,
    companyOrgNr: c.companyOrgNr,
  });
  const pickLines = (max = 4) =>
    rng.sample(stocked, rng.int(1, max)).map((p) => ({ articleNumber: p.articleNumber, quantity: rng.int(1, 10) }));

  const orders: PlannedOrder[] = [];
  /** Plays out an order's life from its placing up to now. */
  const add = (
    placedAt: number,
    buyer: PlannedBuyer,
    paymentMethod: 'invoice' | 'card',
    lines: PlannedOrder['lines'],
    opts: { expire?: boolean; unpaid?: boolean } = {},
  ) => {
    const at = Math.min(placedAt, latest);
    const o: PlannedOrder = {
      key: `demo-order-${String(orders.length + 1).padStart(4, '0')}`,
      placedAt: new Date(at),
      buyer,
      paymentMethod,
      lines,
      invoicePayments: [],
    };
    orders.push(o);
    let ready = at;
    if (paymentMethod === 'card') {
      const card = rng.pick(CARDS);
      if (opts.expire) {
        o.card = { ...card, expiredAt: new Date(at + HOUR + 60_000) };
        // Staff cancel an unpaid order the next working day; a fresh one still awaits payment.
        if (at + 26 * HOUR < t0) o.cancelledAt = new Date(at + 26 * HOUR);
        return o;
      }
      ready = at + rng.int(1, 8) * 60_000;
      if (ready >= t0) return o;
      o.card = { ...card, paidAt: new Date(ready) };
    }
    const shipped = ready + rng.int(18, 50) * HOUR;
    if (shipped < t0 - HOUR) {
      o.shippedAt = new Date(shipped);
      const transit = shipped + rng.int(3, 8) * HOUR;
      if (transit < t0) o.inTransitAt = new Date(transit);
      const delivered = shipped + rng.int(20, 70) * HOUR;
      if (delivered < t0) o.deliveredAt = new Date(delivered);
    }
    if (paymentMethod === 'invoice' && !opts.unpaid) {
      const paid = at + rng.int(8, 40) * DAY + rng.int(0, 8) * HOUR;
      const old = t0 - at > 120 * DAY;
      if (paid < t0 && (old || !rng.chance(0.08))) {
        if (rng.chance(0.04)) {
          o.invoicePayments.push({ paidAt: new Date(paid), share: 'half' });
          const rest = paid + 14 * DAY;
          if (rest < t0 || old) o.invoicePayments.push({ paidAt: new Date(Math.min(rest, latest)), share: 'rest' });
        } else {
          o.invoicePayments.push({ paidAt: new Date(paid), share: 'full' });
        }
      }
    }
    return o;
  };

  // The trade grows a little every year.
  for (let year = 0; year < DEMO_ORDER_YEARS; year++) {
    const count = 9 + 3 * year;
    for (let i = 0; i < count; i++) {
      const daysAgo = (DEMO_ORDER_YEARS - year) * 365 - rng.int(1, 365);
      const placedAt = officeHours(rng, t0, Math.max(daysAgo, 0));
      const registered = data.contacts.filter((c) => c.createdAt.getTime() < placedAt - DAY);
      const guest = registered.length === 0 || rng.chance(0.12);
      const buyer: PlannedBuyer = guest ? { kind: 'guest', guest: rng.pick(guests) } : account(rng.pick(registered));
      const method = rng.chance(guest ? 0.5 : 0.2) ? 'card' : 'invoice';
      add(placedAt, buyer, method, pickLines(), { expire: method === 'card' && daysAgo > 3 && rng.chance(0.05) });
    }
  }

  // The orders a demo shows on purpose.
  const device = stocked.find((p) => p.implantable) ?? stocked.find((p) => p.medicalDevice)!;
  const [first, second, third, fourth] = contactsByEmail;
  const specials: PlannedOrder[] = [
    add(officeHours(rng, t0, 200), { kind: 'guest', guest: EU_GUEST }, 'invoice', pickLines(3)),
    add(officeHours(rng, t0, 75), { kind: 'guest', guest: refusing }, 'card', pickLines(2)),
    // An implant whose lot reached two clinics: ready for a recall drill (supply records kept 15 years).
    add(officeHours(rng, t0, 40), account(first!), 'invoice', [{ articleNumber: device.articleNumber, quantity: 4 }]),
    add(officeHours(rng, t0, 18), account(second!), 'invoice', [
      { articleNumber: device.articleNumber, quantity: 2 },
      ...pickLines(2).filter((l) => l.articleNumber !== device.articleNumber),
    ]),
    // In progress: shipped two days ago; placed this morning; paid by card and waiting to ship.
    add(t0 - 2 * DAY - 3 * HOUR, account(third!), 'invoice', pickLines(3)),
    add(t0 - 10 * HOUR, account(first!), 'invoice', pickLines(2), { unpaid: true }),
    add(t0 - 6 * HOUR, account(fourth ?? first!), 'card', pickLines(2)),
    // Card orders whose payment page expired unpaid: one cancelled the next day, one still awaiting payment.
    add(officeHours(rng, t0, 400), account(third!), 'card', pickLines(1), { expire: true }),
    add(t0 - 3 * HOUR, account(second!), 'card', pickLines(1), { expire: true }),
  ];
  orders.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime() || (a.key < b.key ? -1 : 1));
  const lots = planLots({ now, orders, products: data.products, start: t0 - DEMO_ORDER_YEARS * YEAR, recall: device });
  return { orders, lots, specials, recallArticle: device.articleNumber };
}

export type DemoOrders = ReturnType<typeof buildDemoOrders>;
export type { PlannedLot };
