import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { recordDisclosure } from '#src/modules/privacy/index.ts';
import type { CarrierClient } from './carrier/carrier.client.ts';
import { orderLines, orders } from './orders.tables.ts';
import { products } from '#src/modules/catalog/index.ts';
import { deviceSupplies, shipmentLines, shipments, type ShipmentStatus } from './shipments.tables.ts';
import { assignLots } from './shipments.lots.ts';
import { orderShippedLetter } from './shipments.letters.ts';
import { bossDbOfTx } from '#src/platform/db/index.ts';

/** The calendar date in Stockholm, YYYY-MM-DD. */
export const stockholmDate = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);

const SHIPPABLE = new Set(['placed', 'paid']);
const CANCELLABLE = new Set(['awaiting_payment', 'placed', 'paid']);

export type ShipmentsDeps = { db: Db; clock: Clock; carrier: CarrierClient; mail: Pick<MailService, 'queue'> };

/** Shipping and cancelling orders (order administration). */
export function createShipmentsService({ db, clock, carrier, mail }: ShipmentsDeps) {
  return {
    /**
     * Ships an order: assigns lots (FEFO), books the shipment with the carrier, records the
     * disclosure to the carrier, sets the order shipped and queues the shipping e-mail — all in one
     * transaction, so a refused booking leaves the order and the lots untouched.
     */
    async ship(orderId: string, staffId: string) {
      const now = clock.now();
      const today = stockholmDate(now);
      return db.transaction(async (tx) => {
        const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
        if (!order) throw new AppError('not_found', 'Ingen sådan order / No such order');
        if (!SHIPPABLE.has(order.status)) {
          throw new AppError(
            'conflict',
            `Ordern kan inte skickas (${order.status}) / The order cannot be shipped (${order.status})`,
            [{ field: 'status', message: `is ${order.status}` }],
          );
        }
        const lines = await tx
          .select({
            productId: orderLines.productId,
            articleNumber: orderLines.articleNumber,
            quantity: orderLines.quantity,
            medicalDevice: products.medicalDevice,
            udiDi: products.udiDi,
            implantable: products.implantable,
          })
          .from(orderLines)
          .innerJoin(products, eq(products.id, orderLines.productId))
          .where(eq(orderLines.orderId, order.id));
        const assigned = await assignLots(tx, lines, today);
        // Only what the carrier needs to deliver: name, address, phone (policy §7, recipient "carriers").
        const booking = await carrier.book({
          orderNumber: order.orderNumber,
          reference: order.orderNumber,
          receiver: {
            name: order.deliveryName || order.buyerName,
            street: order.deliveryStreet,
            postalCode: order.deliveryPostalCode,
            city: order.deliveryCity,
            country: order.deliveryCountry,
            phone: order.contactPhone,
            contact: order.contactName || null,
          },
          parcels: 1,
          weightKg: 1,
        });
        const [shipment] = await tx
          .insert(shipments)
          .values({
            orderId: order.id,
            carrier: carrier.name,
            serviceId: carrier.serviceId,
            carrierShipmentId: booking.carrierShipmentId,
            trackingNumber: booking.trackingNumber,
            trackingUrl: booking.trackingUrl,
            labelRef: booking.labelRef,
            status: 'booked',
            statusAt: now,
            bookedAt: now,
            bookedBy: staffId,
          })
          .returning();
        for (const { productId, takes } of assigned) {
          const product = lines.find((l) => l.productId === productId)!;
          for (const take of takes) {
            const [line] = await tx
              .insert(shipmentLines)
              .values({ shipmentId: shipment!.id, productId, lotId: take.lotId, quantity: take.quantity })
              .returning({ id: shipmentLines.id });
            if (product.medicalDevice) {
              await tx.insert(deviceSupplies).values({
                shipmentLineId: line!.id,
                productId,
                udiDi: product.udiDi ?? '',
                lotId: take.lotId,
                lotNumber: take.lotNumber,
                quantity: take.quantity,
                suppliedOn: today,
                recipientOrgNr: order.buyerOrgNr,
                recipientName: order.buyerName,
                deliveryStreet: order.deliveryStreet,
                deliveryPostalCode: order.deliveryPostalCode,
                deliveryCity: order.deliveryCity,
                deliveryCountry: order.deliveryCountry,
                // An implant's record is kept 15 years, not 10 (MDR art. 25).
                implantable: product.implantable,
              });
            }
          }
        }
        await tx.update(orders).set({ status: 'shipped' }).where(eq(orders.id, order.id));
        await recordDisclosure(tx, {
          recipient: 'carriers',
          purpose: 'a.orders',
          categories: order.contactPhone ? ['full_name', 'address', 'phone'] : ['full_name', 'address'],
          subjectType: order.contactId ? 'contact' : 'guest',
          subjectId: order.contactId ?? order.id,
          reference: `shipment:${shipment!.id}`,
          at: now,
        });
        // Queued by this transaction: the e-mail exists exactly when the order is shipped (retried by the job).
        if (order.contactEmail) {
          await mail.queue(
            orderShippedLetter,
            order.contactEmail,
            {
              orderNumber: order.orderNumber,
              name: order.contactName || order.buyerName,
              trackingNumber: shipment!.trackingNumber,
              trackingUrl: shipment!.trackingUrl,
            },
            { db: bossDbOfTx(tx) },
          );
        }
        return shipment!;
      });
    },

    /** Cancels an order that has not shipped: its reserved stock goes back to the shelf. */
    async cancel(orderId: string) {
      return db.transaction(async (tx) => {
        const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
        if (!order) throw new AppError('not_found', 'Ingen sådan order / No such order');
        if (!CANCELLABLE.has(order.status)) {
          throw new AppError(
            'conflict',
            `Ordern kan inte avbrytas (${order.status}) / The order cannot be cancelled (${order.status})`,
            [{ field: 'status', message: `is ${order.status}` }],
          );
        }
        const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
        for (const l of lines) {
          await tx
            .update(products)
            .set({ stock: sql`${products.stock} + ${l.quantity}` })
            .where(eq(products.id, l.productId));
        }
        await tx.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, order.id));
        return { id: order.id, status: 'cancelled' as const };
      });
    },
  };
}

export type ShipmentsService = ReturnType<typeof createShipmentsService>;

export type ShipmentView = {
  orderId: string;
  carrier: string;
  trackingNumber: string;
  trackingUrl: string;
  status: ShipmentStatus;
  statusAt: Date;
  bookedAt: Date;
};

/** The shipments of some orders (for the account's order history and the back office). */
export async function shipmentsForOrders(db: Db, orderIds: readonly string[]): Promise<ShipmentView[]> {
  if (orderIds.length === 0) return [];
  return db
    .select({
      orderId: shipments.orderId,
      carrier: shipments.carrier,
      trackingNumber: shipments.trackingNumber,
      trackingUrl: shipments.trackingUrl,
      status: shipments.status,
      statusAt: shipments.statusAt,
      bookedAt: shipments.bookedAt,
    })
    .from(shipments)
    .where(inArray(shipments.orderId, [...orderIds]))
    .orderBy(shipments.bookedAt);
}

/** A shipment by the carrier's id (webhooks). */
export async function shipmentByCarrierId(db: Db, carrier: string, carrierShipmentId: string) {
  const [s] = await db
    .select()
    .from(shipments)
    .where(and(eq(shipments.carrier, carrier), eq(shipments.carrierShipmentId, carrierShipmentId)));
  return s;
}
