import { asc, eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { OrderLineRow, OrderRow, Tx } from './checkout.hooks.ts';
import { orderLines, orders } from './orders.tables.ts';

export type OrderWithLines = OrderRow & { lines: OrderLineRow[] };

/** One order with its lines, or undefined. */
export async function findOrder(db: Db | Tx, id: string): Promise<OrderWithLines | undefined> {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return undefined;
  const lines = await db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, id))
    .orderBy(asc(orderLines.position), asc(orderLines.id));
  return { ...order, lines };
}

/** One order by its number (KS-2026-000001), or undefined. */
export async function findOrderByNumber(db: Db | Tx, orderNumber: string): Promise<OrderWithLines | undefined> {
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.orderNumber, orderNumber));
  return order ? findOrder(db, order.id) : undefined;
}
