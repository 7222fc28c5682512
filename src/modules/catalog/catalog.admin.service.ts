import { and, eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { categories, productCategories, productImages, productLots, products } from './catalog.tables.ts';
import { categoriesOf, findProduct, imagesOf, lotsOf } from './catalog.details.ts';
import type { LotInput, LotUpdate, ProductInput, ProductUpdate } from './catalog.schemas.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Writer = Db | Tx;

/**
 * Product fields plus categories; `images` undefined leaves the product's images as they are, and
 * `implantable` undefined (a CSV file without the column) leaves the flag of an existing device as
 * it is: a new product, or one that is no longer a medical device, is then not an implant.
 */
export type ProductWrite = Omit<ProductInput, 'images' | 'implantable'> & {
  images?: ProductInput['images'] | undefined;
  implantable?: boolean | undefined;
};

/** Slug → id of every category; unknown slugs are reported by the caller. */
export async function categoryIds(db: Writer): Promise<Map<string, string>> {
  const rows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

const unknownCategory = (slug: string, field = 'body.categories') =>
  new AppError('validation', `${field}: okänd kategori ${slug} / unknown category ${slug}`, [
    { field, message: `okänd kategori ${slug} / unknown category ${slug}` },
  ]);

/** Inserts or updates one product by article number, with its categories (and images if given). */
export async function writeProduct(tx: Writer, p: ProductWrite, ids: Map<string, string>, now: Date): Promise<string> {
  const values = {
    nameSv: p.nameSv,
    nameEn: p.nameEn,
    descriptionSv: p.descriptionSv,
    descriptionEn: p.descriptionEn,
    priceExVatOre: p.priceExVatOre,
    vatRate: p.vatRate,
    stock: p.stock,
    medicalDevice: p.medicalDevice,
    udiDi: p.medicalDevice ? p.udiDi : null,
  };
  const implantable = p.implantable ?? (p.medicalDevice ? undefined : false);
  const [row] = await tx
    .insert(products)
    .values({ articleNumber: p.articleNumber, createdAt: now, ...values, implantable: implantable ?? false })
    .onConflictDoUpdate({
      target: products.articleNumber,
      set: { ...values, ...(implantable === undefined ? {} : { implantable }), updatedAt: now },
    })
    .returning({ id: products.id });
  const productId = row!.id;
  await tx.delete(productCategories).where(eq(productCategories.productId, productId));
  await tx.insert(productCategories).values(
    [...new Set(p.categories)].map((slug) => {
      const categoryId = ids.get(slug);
      if (!categoryId) throw unknownCategory(slug);
      return { productId, categoryId };
    }),
  );
  if (p.images) {
    await tx.delete(productImages).where(eq(productImages.productId, productId));
    if (p.images.length) {
      await tx.insert(productImages).values(p.images.map((img, position) => ({ productId, position, ...img })));
    }
  }
  return productId;
}

export function createCatalogAdmin({ db, clock }: { db: Db; clock: Clock }) {
  async function productOrThrow(articleNumber: string) {
    const p = await findProduct(db, articleNumber);
    if (!p) throw new AppError('not_found', 'Produkten finns inte / No such product');
    return p;
  }

  /** Everything staff edit: the product, its category slugs, images and every lot. */
  async function get(articleNumber: string) {
    const p = await productOrThrow(articleNumber);
    const [cats, images, lots] = await Promise.all([categoriesOf(db, p.id), imagesOf(db, p.id), lotsOf(db, p.id)]);
    return {
      articleNumber: p.articleNumber,
      nameSv: p.nameSv,
      nameEn: p.nameEn,
      descriptionSv: p.descriptionSv,
      descriptionEn: p.descriptionEn,
      priceExVatOre: p.priceExVatOre,
      vatRate: p.vatRate,
      stock: p.stock,
      medicalDevice: p.medicalDevice,
      udiDi: p.udiDi,
      implantable: p.implantable,
      categories: cats.map((c) => c.slug),
      images,
      lots: lots.map((l) => ({ ...l, receivedAt: l.receivedAt.toISOString() })),
    };
  }

  async function create(input: ProductInput) {
    await db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: products.id })
        .from(products)
        .where(eq(products.articleNumber, input.articleNumber));
      if (taken) {
        throw new AppError('conflict', 'body.articleNumber: finns redan / already exists', [
          { field: 'body.articleNumber', message: 'finns redan / already exists' },
        ]);
      }
      await writeProduct(tx, input, await categoryIds(tx), clock.now());
    });
    return get(input.articleNumber);
  }

  async function update(articleNumber: string, input: ProductUpdate) {
    await productOrThrow(articleNumber);
    await db.transaction(async (tx) =>
      writeProduct(tx, { ...input, articleNumber }, await categoryIds(tx), clock.now()),
    );
    return get(articleNumber);
  }

  async function addLot(articleNumber: string, lot: LotInput) {
    const p = await productOrThrow(articleNumber);
    const [dup] = await db
      .select({ id: productLots.id })
      .from(productLots)
      .where(and(eq(productLots.productId, p.id), eq(productLots.lotNumber, lot.lotNumber)));
    if (dup) {
      throw new AppError('conflict', 'body.lotNumber: finns redan för produkten / already exists for the product', [
        { field: 'body.lotNumber', message: 'finns redan för produkten / already exists for the product' },
      ]);
    }
    const receivedAt = lot.receivedAt ? new Date(lot.receivedAt) : clock.now();
    const [row] = await db
      .insert(productLots)
      .values({
        productId: p.id,
        lotNumber: lot.lotNumber,
        expiresOn: lot.expiresOn,
        quantity: lot.quantity,
        receivedAt,
      })
      .returning({ id: productLots.id });
    return { id: row!.id };
  }

  async function updateLot(articleNumber: string, lotId: string, change: LotUpdate) {
    const p = await productOrThrow(articleNumber);
    const rows = await db
      .update(productLots)
      .set({ expiresOn: change.expiresOn, quantity: change.quantity })
      .where(and(eq(productLots.id, lotId), eq(productLots.productId, p.id)))
      .returning({ id: productLots.id });
    if (!rows.length) throw new AppError('not_found', 'Lotten finns inte / No such lot');
  }

  return { get, create, update, addLot, updateLot };
}
export type CatalogAdmin = ReturnType<typeof createCatalogAdmin>;
