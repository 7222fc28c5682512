import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { findOrder } from './orders.find.ts';
import { orders } from './orders.tables.ts';
import { toOrderSummary, toOrderView, type OrderExtras, type OrderViewEnricher } from './orders.view.ts';

export const HISTORY_PAGE = 50;

/**
 * A company's order history, newest first. Who sees it: every signed-in contact of the company
 * (the company is the buyer; colleagues follow each other's deliveries and invoices). Guest
 * orders, even with the company's org. nr, are not shown: nothing proves that the guest and the
 * account are the same buyer.
 */
export function createOrderHistory(deps: { db: Db; enrichers: readonly OrderViewEnricher[] }) {
  const { db } = deps;

  async function extrasOf(rows: (typeof orders.$inferSelect)[]): Promise<Map<string, OrderExtras>> {
    const all = new Map<string, OrderExtras>();
    for (const enrich of deps.enrichers) {
      for (const [id, extra] of await enrich(rows)) all.set(id, { ...all.get(id), ...extra });
    }
    return all;
  }

  return {
    /** One page; `before` is the last order number of the previous page. */
    async list(companyId: string, before?: { placedAt: Date; orderNumber: string }) {
      const rows = await db
        .select()
        .from(orders)
        .where(
          and(
            eq(orders.companyId, companyId),
            before
              ? or(
                  lt(orders.placedAt, before.placedAt),
                  and(eq(orders.placedAt, before.placedAt), lt(orders.orderNumber, before.orderNumber)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(orders.placedAt), desc(orders.orderNumber))
        .limit(HISTORY_PAGE + 1);
      const page = rows.slice(0, HISTORY_PAGE);
      const extras = await extrasOf(page);
      return {
        orders: page.map((o) => toOrderSummary(o, extras.get(o.id))),
        more: rows.length > HISTORY_PAGE,
      };
    },
    async cursorOf(companyId: string, orderNumber: string) {
      const [o] = await db
        .select({ placedAt: orders.placedAt, orderNumber: orders.orderNumber })
        .from(orders)
        .where(and(eq(orders.companyId, companyId), eq(orders.orderNumber, orderNumber)));
      return o;
    },
    /** The order if it is the company's; undefined otherwise (the caller answers 404 either way). */
    async one(companyId: string, orderNumber: string) {
      const [o] = await db
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.companyId, companyId), eq(orders.orderNumber, orderNumber)));
      if (!o) return undefined;
      const order = (await findOrder(db, o.id))!;
      const extras = await extrasOf([order]);
      return toOrderView(order, extras.get(order.id));
    },
  };
}

export type OrderHistory = ReturnType<typeof createOrderHistory>;
