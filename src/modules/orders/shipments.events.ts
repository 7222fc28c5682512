import { and, eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { orders } from './orders.tables.ts';
import { carrierEvents, shipments, type ShipmentStatus } from './shipments.tables.ts';

/** nShift's status words → ours. */
export const carrierStatuses = { IN_TRANSIT: 'in_transit', DELIVERED: 'delivered', EXCEPTION: 'exception' } as const;

export type CarrierEvent = {
  eventId: string;
  carrierShipmentId: string;
  status: ShipmentStatus;
  occurredAt: Date;
};

export type EventOutcome = 'applied' | 'duplicate' | 'stale' | 'unknown_shipment';

/**
 * Applies one status event from the carrier, idempotently: an event id seen before changes
 * nothing; an event older than the shipment's current status, or any event after delivery, is
 * recorded but does not move the status back. Delivery marks the order delivered.
 */
export async function applyCarrierEvent(
  deps: { db: Db; clock: Clock; carrier: string },
  event: CarrierEvent,
): Promise<EventOutcome> {
  return deps.db.transaction(async (tx) => {
    const [shipment] = await tx
      .select()
      .from(shipments)
      .where(and(eq(shipments.carrier, deps.carrier), eq(shipments.carrierShipmentId, event.carrierShipmentId)))
      .for('update');
    if (!shipment) return 'unknown_shipment';
    const inserted = await tx
      .insert(carrierEvents)
      .values({
        eventId: event.eventId,
        shipmentId: shipment.id,
        status: event.status,
        occurredAt: event.occurredAt,
        receivedAt: deps.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ eventId: carrierEvents.eventId });
    if (inserted.length === 0) return 'duplicate';
    if (shipment.status === 'delivered' || event.occurredAt < shipment.statusAt) return 'stale';
    await tx
      .update(shipments)
      .set({ status: event.status, statusAt: event.occurredAt })
      .where(eq(shipments.id, shipment.id));
    if (event.status === 'delivered') {
      await tx
        .update(orders)
        .set({ status: 'delivered' })
        .where(and(eq(orders.id, shipment.orderId), eq(orders.status, 'shipped')));
    }
    return 'applied';
  });
}
