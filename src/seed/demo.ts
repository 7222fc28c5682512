import { eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { companies, contacts } from '#src/modules/customers/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { orderLines, orders } from '#src/modules/orders/index.ts';
import { usageEvents } from '#src/modules/analytics/index.ts';
import { buildDemoData } from './demo-data.ts';

const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

const byKey = <K extends string>(rows: ({ id: string } & Record<K, string>)[], key: K) =>
  new Map(rows.map((r) => [r[key], r.id]));

function need<V>(map: Map<string, V>, key: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`demo seed: no row for ${key}`);
  return v;
}

/**
 * Inserts the demo clinics, contacts, catalogue, orders and usage in one transaction, unless
 * the first demo clinic is already there. Returns whether it inserted anything.
 */
export async function seedDemo(db: Db, now: Date, progress: (msg: string) => void): Promise<boolean> {
  const data = buildDemoData(now);
  const marker = data.companies[0]!.orgNr;
  const existing = await db.select({ id: companies.id }).from(companies).where(eq(companies.orgNr, marker));
  if (existing.length > 0) {
    progress('demo data already present');
    return false;
  }
  await db.transaction(async (tx) => {
    const companyIds = byKey(
      await tx.insert(companies).values(data.companies).returning({ id: companies.id, orgNr: companies.orgNr }),
      'orgNr',
    );
    const contactIds = byKey(
      await tx
        .insert(contacts)
        .values(data.contacts.map(({ companyOrgNr, ...c }) => ({ ...c, companyId: need(companyIds, companyOrgNr) })))
        .returning({ id: contacts.id, email: contacts.email }),
      'email',
    );
    progress(`demo: ${data.companies.length} clinics, ${data.contacts.length} contacts`);
    const productIds = byKey(
      await tx
        .insert(products)
        .values(data.products)
        .returning({ id: products.id, articleNumber: products.articleNumber }),
      'articleNumber',
    );
    progress(`demo: ${data.products.length} products`);
    const orderIds = new Map<string, string>();
    await insertChunked(data.orders, async (chunk) => {
      const rows = await tx
        .insert(orders)
        .values(
          chunk.map(({ lines: _lines, companyOrgNr, contactEmail, ...o }) => ({
            ...o,
            companyId: need(companyIds, companyOrgNr),
            contactId: contactEmail ? need(contactIds, contactEmail) : null,
          })),
        )
        .returning({ id: orders.id, orderNumber: orders.orderNumber });
      for (const r of rows) orderIds.set(r.orderNumber, r.id);
    });
    const lines = data.orders.flatMap((o) =>
      o.lines.map(({ articleNumber, ...l }) => ({
        ...l,
        orderId: need(orderIds, o.orderNumber),
        productId: need(productIds, articleNumber),
      })),
    );
    await insertChunked(lines, (chunk) => tx.insert(orderLines).values(chunk));
    progress(`demo: ${data.orders.length} orders, ${lines.length} order lines`);
    await insertChunked(
      data.usageEvents.map(({ contactEmail, ...e }) => ({ ...e, contactId: need(contactIds, contactEmail) })),
      (chunk) => tx.insert(usageEvents).values(chunk),
    );
    progress(`demo: ${data.usageEvents.length} usage events`);
  });
  return true;
}
