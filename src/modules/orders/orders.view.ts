import { z } from 'zod';
import type { OrderRow } from './checkout.hooks.ts';
import type { OrderWithLines } from './orders.find.ts';

const money = z.int();

/** What other parts of the orders module add to an order in the customer's view (H3 invoice, H5 shipments). */
export const invoiceSlotSchema = z.looseObject({ invoiceNumber: z.string(), pdfUrl: z.string() });
export const shipmentSlotSchema = z.looseObject({ trackingUrl: z.string().nullable().optional() });
export type OrderExtras = {
  invoice?: z.infer<typeof invoiceSlotSchema> | null;
  shipments?: z.infer<typeof shipmentSlotSchema>[];
};
/** Fills the slots for a page of orders (by order id); registered by the modules that own them. */
export type OrderViewEnricher = (orders: OrderRow[]) => Promise<Map<string, OrderExtras>>;

const address = z.object({ street: z.string(), postalCode: z.string(), city: z.string() });

export const orderSummarySchema = z.object({
  /** The order's id: what the card payment routes (/api/payments/orders/:orderId) take. */
  id: z.uuid(),
  orderNumber: z.string(),
  status: z.string(),
  placedAt: z.iso.datetime(),
  paymentMethod: z.enum(['invoice', 'card']),
  accountUsed: z.boolean(),
  contactName: z.string(),
  totalExVatOre: money,
  totalIncVatOre: money,
  invoice: invoiceSlotSchema.nullable().optional(),
  shipments: z.array(shipmentSlotSchema).optional(),
});

export const orderViewSchema = orderSummarySchema.extend({
  reverseCharge: z.boolean(),
  /** Printed on the invoice and confirmation when reverseCharge is true. */
  reverseChargeText: z.string().nullable(),
  buyer: z.object({ orgNr: z.string(), name: z.string(), vatNumber: z.string().nullable(), country: z.string() }),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  billing: address,
  delivery: address.extend({ name: z.string(), country: z.string() }),
  lines: z.array(
    z.object({
      articleNumber: z.string(),
      name: z.string(),
      quantity: z.int(),
      unitPriceExVatOre: money,
      vatRate: z.int(),
      lineExVatOre: money,
      lineVatOre: money,
    }),
  ),
  totals: z.object({
    goodsExVatOre: money,
    shippingExVatOre: money,
    shippingVatOre: money,
    vatByRate: z.array(z.object({ rate: z.int(), baseOre: money, vatOre: money })),
    vatOre: money,
    roundingOre: money,
    totalIncVatOre: money,
  }),
});

export type OrderSummary = z.infer<typeof orderSummarySchema>;
export type OrderView = z.infer<typeof orderViewSchema>;

export const REVERSE_CHARGE_TEXT = 'Omvänd betalningsskyldighet / Reverse charge';

export function toOrderSummary(o: OrderRow, extras: OrderExtras = {}): OrderSummary {
  return {
    id: o.id,
    orderNumber: o.orderNumber,
    status: o.status,
    placedAt: o.placedAt.toISOString(),
    paymentMethod: o.paymentMethod,
    accountUsed: o.accountUsed,
    contactName: o.contactName,
    totalExVatOre: o.totalExVatOre,
    totalIncVatOre: o.totalIncVatOre,
    ...extras,
  };
}

/** The whole order, with VAT per rate rebuilt from the lines (shipping is at 25 %). */
export function toOrderView(o: OrderWithLines, extras: OrderExtras = {}): OrderView {
  const byRate = new Map<number, { baseOre: number; vatOre: number }>();
  const add = (rate: number, base: number, vat: number) => {
    const r = byRate.get(rate) ?? { baseOre: 0, vatOre: 0 };
    byRate.set(rate, { baseOre: r.baseOre + base, vatOre: r.vatOre + vat });
  };
  for (const l of o.lines) add(l.vatRate, l.unitPriceExVatOre * l.quantity, l.lineVatOre);
  if (o.shippingExVatOre > 0) add(25, o.shippingExVatOre, o.shippingVatOre);
  return {
    ...toOrderSummary(o, extras),
    reverseCharge: o.reverseCharge,
    reverseChargeText: o.reverseCharge ? REVERSE_CHARGE_TEXT : null,
    buyer: { orgNr: o.buyerOrgNr, name: o.buyerName, vatNumber: o.buyerVatNumber, country: o.buyerCountry },
    contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone },
    billing: { street: o.billingStreet, postalCode: o.billingPostalCode, city: o.billingCity },
    delivery: {
      name: o.deliveryName,
      street: o.deliveryStreet,
      postalCode: o.deliveryPostalCode,
      city: o.deliveryCity,
      country: o.deliveryCountry,
    },
    lines: o.lines.map((l) => ({
      articleNumber: l.articleNumber,
      name: l.name,
      quantity: l.quantity,
      unitPriceExVatOre: l.unitPriceExVatOre,
      vatRate: l.vatRate,
      lineExVatOre: l.unitPriceExVatOre * l.quantity,
      lineVatOre: l.lineVatOre,
    })),
    totals: {
      goodsExVatOre: o.totalExVatOre,
      shippingExVatOre: o.shippingExVatOre,
      shippingVatOre: o.shippingVatOre,
      vatByRate: [...byRate.entries()].sort((a, b) => b[0] - a[0]).map(([rate, r]) => ({ rate, ...r })),
      vatOre: o.vatOre,
      roundingOre: o.roundingOre,
      totalIncVatOre: o.totalIncVatOre,
    },
  };
}
