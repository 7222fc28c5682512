import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { categories, productCategories, productImages, productLots, products } from './catalog.tables.ts';

export type CategoryRow = { slug: string; nameSv: string; nameEn: string };

/** The categories in navigation order, each with its number of products. */
export async function listCategories(db: Db): Promise<(CategoryRow & { productCount: number })[]> {
  return db
    .select({
      slug: categories.slug,
      nameSv: categories.nameSv,
      nameEn: categories.nameEn,
      productCount: count(productCategories.productId),
    })
    .from(categories)
    .leftJoin(productCategories, eq(productCategories.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.slug));
}

export async function findProduct(db: Db, articleNumber: string) {
  const [p] = await db.select().from(products).where(eq(products.articleNumber, articleNumber));
  return p;
}

export const categoriesOf = (db: Db, productId: string): Promise<CategoryRow[]> =>
  db
    .select({ slug: categories.slug, nameSv: categories.nameSv, nameEn: categories.nameEn })
    .from(productCategories)
    .innerJoin(categories, eq(categories.id, productCategories.categoryId))
    .where(eq(productCategories.productId, productId))
    .orderBy(asc(categories.position), asc(categories.slug));

export const imagesOf = (db: Db, productId: string) =>
  db
    .select({ path: productImages.path, altSv: productImages.altSv, altEn: productImages.altEn })
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position));

export const lotsOf = (db: Db, productId: string) =>
  db
    .select({
      id: productLots.id,
      lotNumber: productLots.lotNumber,
      expiresOn: productLots.expiresOn,
      quantity: productLots.quantity,
      receivedAt: productLots.receivedAt,
    })
    .from(productLots)
    .where(eq(productLots.productId, productId))
    .orderBy(sql`${productLots.expiresOn} asc nulls last`, asc(productLots.lotNumber));

export type ExpirySummary = {
  /** Lots with units left that have not expired. */
  lotsInStock: number;
  /** The earliest and latest expiry among them; null when none expires. */
  earliestExpiry: string | null;
  latestExpiry: string | null;
};

/** The expiry picture a buyer needs, without lot numbers: usable lots and their date range. */
export async function expirySummary(db: Db, productId: string, today: string): Promise<ExpirySummary> {
  const [row] = await db
    .select({
      lots: count(),
      earliest: sql<string | null>`min(${productLots.expiresOn})::text`,
      latest: sql<string | null>`max(${productLots.expiresOn})::text`,
    })
    .from(productLots)
    .where(
      sql`${productLots.productId} = ${productId} and ${productLots.quantity} > 0 and (${productLots.expiresOn} is null or ${productLots.expiresOn} >= ${today}::date)`,
    );
  return { lotsInStock: row?.lots ?? 0, earliestExpiry: row?.earliest ?? null, latestExpiry: row?.latest ?? null };
}

/** Everything the public product page shows. */
export async function productDetails(db: Db, articleNumber: string, today: string) {
  const p = await findProduct(db, articleNumber);
  if (!p) return undefined;
  const [cats, images, expiry] = await Promise.all([
    categoriesOf(db, p.id),
    imagesOf(db, p.id),
    expirySummary(db, p.id, today),
  ]);
  return {
    id: p.id,
    articleNumber: p.articleNumber,
    nameSv: p.nameSv,
    nameEn: p.nameEn,
    descriptionSv: p.descriptionSv,
    descriptionEn: p.descriptionEn,
    priceExVatOre: p.priceExVatOre,
    vatRate: p.vatRate,
    vatOre: Math.round((p.priceExVatOre * p.vatRate) / 100),
    stock: p.stock,
    medicalDevice: p.medicalDevice,
    udiDi: p.udiDi,
    implantable: p.implantable,
    categories: cats,
    images,
    expiry,
  };
}
export type ProductDetails = NonNullable<Awaited<ReturnType<typeof productDetails>>>;
