import { eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { companies, contacts } from '#src/modules/customers/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { usageEvents } from '#src/modules/analytics/index.ts';
import { buildDemoData } from './demo-data.ts';
import { buildCatalogExtras, insertCatalogExtras } from './demo-catalog-extras.ts';
import { buildDemoOrders } from './demo-orders-plan.ts';
import { seedDemoOrders } from './demo-orders.ts';

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
 * Inserts the demo clinics, contacts, catalogue, six years of orders (with their invoices,
 * payments, shipments and vouchers) and usage in one transaction, unless
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
        .values(data.products.map(({ category: _category, ...p }) => p))
        .returning({ id: products.id, articleNumber: products.articleNumber }),
      'articleNumber',
    );
    await insertCatalogExtras(tx, buildCatalogExtras(now, data.products), (a) => need(productIds, a));
    progress(`demo: ${data.products.length} products`);
    await seedDemoOrders(
      tx,
      buildDemoOrders(now, data),
      {
        productId: (a) => need(productIds, a),
        contactId: (e) => need(contactIds, e),
        companyId: (o) => need(companyIds, o),
      },
      progress,
    );
    await insertChunked(
      data.usageEvents.map(({ contactEmail, ...e }) => ({ ...e, contactId: need(contactIds, contactEmail) })),
      (chunk) => tx.insert(usageEvents).values(chunk),
    );
    progress(`demo: ${data.usageEvents.length} usage events`);
  });
  return true;
}
