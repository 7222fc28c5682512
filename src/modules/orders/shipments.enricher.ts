import type { Db } from '#src/platform/db/index.ts';
import type { OrderExtras, OrderViewEnricher } from './orders.view.ts';
import { shipmentsForOrders } from './shipments.service.ts';

/**
 * The shipments slot of the customer's order view (GET /api/customers/me/orders[/:orderNumber]):
 * for each order its deliveries — carrier, tracking number, status and the tracking page.
 */
export function shipmentsEnricher(db: Db): OrderViewEnricher {
  return async (orders) => {
    const out = new Map<string, OrderExtras>();
    for (const s of await shipmentsForOrders(
      db,
      orders.map((o) => o.id),
    )) {
      const list = out.get(s.orderId)?.shipments ?? [];
      list.push({
        carrier: s.carrier,
        trackingNumber: s.trackingNumber,
        trackingUrl: s.trackingUrl,
        status: s.status,
        statusAt: s.statusAt.toISOString(),
      });
      out.set(s.orderId, { shipments: list });
    }
    return out;
  };
}
