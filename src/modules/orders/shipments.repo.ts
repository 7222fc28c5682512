import { and, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { orderLines, orders, type OrderStatus } from './orders.tables.ts';
import { productLots } from '#src/modules/catalog/index.ts';
import { shipmentLines, shipments } from './shipments.tables.ts';

export type OrderListQuery = {
  status?: OrderStatus | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset: the placedAt and id of the last row of the previous page. */
  before?: { placedAt: Date; id: string } | undefined;
  limit: number;
};

/** Orders for the back office, newest first. */
export async function listOrders(db: Db, q: OrderListQuery) {
  const where: SQL[] = [];
  if (q.status) where.push(eq(orders.status, q.status));
  if (q.from) where.push(gte(orders.placedAt, q.from));
  if (q.to) where.push(lt(orders.placedAt, q.to));
  if (q.before) {
    where.push(
      or(
        lt(orders.placedAt, q.before.placedAt),
        and(eq(orders.placedAt, q.before.placedAt), lt(orders.id, q.before.id)),
      )!,
    );
  }
  return db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      accountUsed: orders.accountUsed,
      contactId: orders.contactId,
      buyerName: orders.buyerName,
      deliveryCity: orders.deliveryCity,
      totalIncVatOre: orders.totalIncVatOre,
      placedAt: orders.placedAt,
    })
    .from(orders)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(q.limit);
}

/** One order with its lines and shipments (with the lots each shipped unit came from). */
export async function loadOrderDetails(db: Db, orderId: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return null;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(orderLines.id);
  const ships = await db.select().from(shipments).where(eq(shipments.orderId, orderId));
  const shipped = ships.length
    ? await db
        .select({
          shipmentId: shipmentLines.shipmentId,
          productId: shipmentLines.productId,
          lotId: shipmentLines.lotId,
          quantity: shipmentLines.quantity,
          lotNumber: productLots.lotNumber,
          expiresOn: productLots.expiresOn,
        })
        .from(shipmentLines)
        .innerJoin(productLots, eq(productLots.id, shipmentLines.lotId))
        .where(
          inArray(
            shipmentLines.shipmentId,
            ships.map((s) => s.id),
          ),
        )
    : [];
  return { order, lines, shipments: ships, shipmentLines: shipped };
}
