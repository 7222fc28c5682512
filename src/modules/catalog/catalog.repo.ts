import { and, asc, count, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { products } from './catalog.tables.ts';

export type ProductListQuery = {
  q?: string | undefined;
  category?: string | undefined;
  after?: string | undefined;
  limit: number;
};

const columns = {
  id: products.id,
  articleNumber: products.articleNumber,
  nameSv: products.nameSv,
  nameEn: products.nameEn,
  category: products.category,
  priceExVatOre: products.priceExVatOre,
  vatRate: products.vatRate,
  stock: products.stock,
  medicalDevice: products.medicalDevice,
};

export type ProductSummary = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };

/** One page of the catalogue, ordered by article number, keyset-paginated (`after` = last article number). */
export async function listProducts(db: Db, q: ProductListQuery): Promise<{ items: ProductSummary[]; total: number }> {
  const where: SQL[] = [];
  if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(ilike(products.nameSv, pattern), ilike(products.nameEn, pattern), ilike(products.articleNumber, pattern))!,
    );
  }
  if (q.category) where.push(eq(products.category, q.category));
  const filter = where.length ? and(...where) : undefined;
  const pageFilter = q.after ? and(filter, gt(products.articleNumber, q.after)) : filter;
  const [items, totals] = await Promise.all([
    db.select(columns).from(products).where(pageFilter).orderBy(asc(products.articleNumber)).limit(q.limit),
    db.select({ n: count() }).from(products).where(filter),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}
