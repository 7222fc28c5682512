import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { products, productLots } from '#src/modules/catalog/catalog.tables.ts';
import { orders } from './orders.tables.ts';

/** booked → in_transit → delivered; exception when the carrier reports a problem. */
export type ShipmentStatus = 'booked' | 'in_transit' | 'delivered' | 'exception';

/** One booking with the carrier for one order: its tracking number, label and delivery status. */
export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The carrier platform ('nshift') and the carrier service booked (e.g. 'P19', PostNord MyPack). */
    carrier: text('carrier').notNull(),
    serviceId: text('service_id').notNull(),
    /** The carrier platform's id of the shipment (its webhooks name it). */
    carrierShipmentId: text('carrier_shipment_id').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    trackingUrl: text('tracking_url').notNull(),
    /** Where the carrier's label (PDF) can be fetched; the carrier keeps it for a limited time. */
    labelRef: text('label_ref'),
    status: text('status').$type<ShipmentStatus>().notNull(),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull(),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull(),
    /** The staff member who shipped the order. */
    bookedBy: uuid('booked_by'),
  },
  (t) => [
    unique('shipments_order_unique').on(t.orderId),
    unique('shipments_carrier_id_unique').on(t.carrier, t.carrierShipmentId),
  ],
);

/** Which lot each shipped unit came from (FEFO): what a recall searches. */
export const shipmentLines = pgTable(
  'shipment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => productLots.id),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    index('shipment_lines_lot_idx').on(t.lotId),
    index('shipment_lines_shipment_idx').on(t.shipmentId),
    check('shipment_lines_quantity_check', sql`${t.quantity} > 0`),
  ],
);

/**
 * The supply record of a medical device (MDR art. 25): which clinic received which device and
 * lot, when and at which address — nothing more. Written beside the shipment line and kept under
 * the MDR retention rule after the order and its shipment are deleted under the 5-year rule.
 */
export const deviceSupplies = pgTable(
  'device_supplies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The shipment line it records (null once the shipment is deleted). */
    shipmentLineId: uuid('shipment_line_id').references(() => shipmentLines.id, { onDelete: 'set null' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    udiDi: text('udi_di').notNull(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => productLots.id),
    lotNumber: text('lot_number').notNull(),
    quantity: integer('quantity').notNull(),
    suppliedOn: date('supplied_on', { mode: 'string' }).notNull(),
    recipientOrgNr: text('recipient_org_nr').notNull(),
    recipientName: text('recipient_name').notNull(),
    deliveryStreet: text('delivery_street').notNull(),
    deliveryPostalCode: text('delivery_postal_code').notNull(),
    deliveryCity: text('delivery_city').notNull(),
    deliveryCountry: text('delivery_country').notNull(),
    /** An implant: kept 15 years instead of 10. */
    implantable: boolean('implantable').notNull().default(false),
  },
  (t) => [
    index('device_supplies_lot_idx').on(t.lotId),
    index('device_supplies_line_idx').on(t.shipmentLineId),
    index('device_supplies_supplied_idx').on(t.suppliedOn),
  ],
);

/** Every status event the carrier sent, once (idempotency: a repeated event id changes nothing). */
export const carrierEvents = pgTable(
  'carrier_events',
  {
    eventId: text('event_id').primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    status: text('status').$type<ShipmentStatus>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('carrier_events_shipment_idx').on(t.shipmentId)],
);
