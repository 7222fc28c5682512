import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { productLots, products } from '#src/modules/catalog/index.ts';
import { orders } from './orders.tables.ts';
import type { Tx } from './checkout.hooks.ts';
import { shipmentLines, shipments } from './shipments.tables.ts';
import { recallNotices, recalls } from './recalls.tables.ts';

/** A customer who received units of the lot, gathered over all their orders (one per e-mail address). */
export type AffectedCustomer = {
  email: string;
  contactId: string | null;
  orderIds: string[];
  recipientName: string;
  buyerName: string;
  orderNumbers: string[];
  quantity: number;
};

/**
 * Everyone who received units of a lot, from the shipment lines (the supply records) and the
 * buyer snapshot on each order — never live customer data. Marketing choices play no part.
 */
export async function customersWhoReceived(db: Pick<Db, 'select'>, lotId: string): Promise<AffectedCustomer[]> {
  const rows = await db
    .select({
      orderId: orders.id,
      orderNumber: orders.orderNumber,
      contactId: orders.contactId,
      email: orders.contactEmail,
      contactName: orders.contactName,
      buyerName: orders.buyerName,
      quantity: shipmentLines.quantity,
    })
    .from(shipmentLines)
    .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(eq(shipmentLines.lotId, lotId))
    .orderBy(asc(orders.placedAt), asc(orders.orderNumber));
  const byEmail = new Map<string, AffectedCustomer>();
  for (const r of rows) {
    const key = r.email.trim().toLowerCase();
    if (!key) continue;
    const c = byEmail.get(key) ?? {
      email: r.email.trim(),
      contactId: null,
      orderIds: [],
      recipientName: r.contactName || r.buyerName,
      buyerName: r.buyerName,
      orderNumbers: [],
      quantity: 0,
    };
    c.contactId ??= r.contactId;
    if (!c.orderIds.includes(r.orderId)) c.orderIds.push(r.orderId);
    if (!c.orderNumbers.includes(r.orderNumber)) c.orderNumbers.push(r.orderNumber);
    c.quantity += r.quantity;
    byEmail.set(key, c);
  }
  return [...byEmail.values()];
}

export async function findLot(db: Pick<Db, 'select'>, productId: string, lotId: string) {
  const [lot] = await db
    .select({
      lotId: productLots.id,
      lotNumber: productLots.lotNumber,
      productId: products.id,
      articleNumber: products.articleNumber,
      nameSv: products.nameSv,
      nameEn: products.nameEn,
    })
    .from(productLots)
    .innerJoin(products, eq(products.id, productLots.productId))
    .where(and(eq(productLots.id, lotId), eq(productLots.productId, productId)));
  if (!lot)
    throw new AppError('not_found', 'Ingen sådan sats för produkten / No such lot of the product', [
      { field: 'lotId', message: 'not a lot of this product' },
    ]);
  return lot;
}

/**
 * Records a recall and one notice per affected customer, and queues each notice's e-mail in the
 * same transaction (the notices exist exactly when their mail jobs do).
 */
export async function createRecall(
  deps: { db: Db; clock: Clock; queueNotice: (tx: Tx, noticeId: string) => Promise<void> },
  input: { productId: string; lotId: string; reasonSv: string; reasonEn: string; staffId: string },
) {
  return deps.db.transaction(async (tx) => {
    await findLot(tx, input.productId, input.lotId);
    const now = deps.clock.now();
    const [recall] = await tx
      .insert(recalls)
      .values({
        productId: input.productId,
        lotId: input.lotId,
        reasonSv: input.reasonSv,
        reasonEn: input.reasonEn,
        createdAt: now,
        createdBy: input.staffId,
      })
      .returning();
    const affected = await customersWhoReceived(tx, input.lotId);
    const notices = affected.length
      ? await tx
          .insert(recallNotices)
          .values(
            affected.map((c) => ({
              recallId: recall!.id,
              contactId: c.contactId,
              email: c.email,
              recipientName: c.recipientName,
              buyerName: c.buyerName,
              orderNumbers: c.orderNumbers,
              quantity: c.quantity,
              createdAt: now,
              mailStatus: 'queued' as const,
            })),
          )
          .returning()
      : [];
    for (const n of notices) await deps.queueNotice(tx, n.id);
    return { recall: recall!, notices, affected };
  });
}

/** A recall with each notice's delivery, for the back office. */
export async function recallStatus(db: Db, recallId: string) {
  const [recall] = await db
    .select({
      id: recalls.id,
      createdAt: recalls.createdAt,
      reasonSv: recalls.reasonSv,
      reasonEn: recalls.reasonEn,
      productId: recalls.productId,
      lotId: recalls.lotId,
      lotNumber: productLots.lotNumber,
      articleNumber: products.articleNumber,
      nameSv: products.nameSv,
      nameEn: products.nameEn,
    })
    .from(recalls)
    .innerJoin(productLots, eq(productLots.id, recalls.lotId))
    .innerJoin(products, eq(products.id, recalls.productId))
    .where(eq(recalls.id, recallId));
  if (!recall) return null;
  const notices = await db
    .select()
    .from(recallNotices)
    .where(eq(recallNotices.recallId, recallId))
    .orderBy(asc(recallNotices.email));
  return { recall, notices };
}

/** The recalls made, newest first, with how many notices are sent. */
export async function listRecalls(db: Db) {
  return db
    .select({
      id: recalls.id,
      createdAt: recalls.createdAt,
      lotNumber: productLots.lotNumber,
      articleNumber: products.articleNumber,
      nameSv: products.nameSv,
      nameEn: products.nameEn,
      notices: sql<number>`(select count(*)::int from ${recallNotices} where ${recallNotices.recallId} = ${recalls.id})`,
      sent: sql<number>`(select count(*)::int from ${recallNotices} where ${recallNotices.recallId} = ${recalls.id} and ${recallNotices.mailStatus} = 'sent')`,
    })
    .from(recalls)
    .innerJoin(productLots, eq(productLots.id, recalls.lotId))
    .innerJoin(products, eq(products.id, recalls.productId))
    .orderBy(desc(recalls.createdAt));
}

/** The lots of a product and how many units of each have shipped (to choose what to recall). */
export async function lotsOfProduct(db: Db, productId: string) {
  return db
    .select({
      id: productLots.id,
      lotNumber: productLots.lotNumber,
      expiresOn: productLots.expiresOn,
      inStock: productLots.quantity,
      shipped: sql<number>`coalesce(sum(${shipmentLines.quantity}), 0)::int`,
    })
    .from(productLots)
    .leftJoin(shipmentLines, eq(shipmentLines.lotId, productLots.id))
    .where(eq(productLots.productId, productId))
    .groupBy(productLots.id)
    .orderBy(asc(productLots.lotNumber));
}
