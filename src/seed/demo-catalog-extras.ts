import type { Db } from '#src/platform/db/index.ts';
import {
  categories,
  demoImagePath,
  productCategories,
  productImages,
  productLots,
} from '#src/modules/catalog/index.ts';
import { DEMO_CATEGORIES, extraCategories } from './demo-catalog.ts';
import { createRng } from './prng.ts';

/**
 * The demo catalogue's categories, lots and images, computed from "now" and the products alone
 * (deterministic). Each product has 1–3 lots received over the past year; lots of consumables
 * expire 0–3 years after receipt (some already have, to show in the back office); instruments
 * and implants' reusable parts get no expiry.
 */
type SeedProduct = { articleNumber: string; category: string; nameSv: string; nameEn: string };

const DAY = 86_400_000;
const NO_EXPIRY = new Set(['instrument']);

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function buildCatalogExtras(now: Date, products: readonly SeedProduct[]) {
  const rng = createRng(4_711);
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const links = products.flatMap((p) =>
    [p.category, ...extraCategories(p.nameSv)].map((slug) => ({ articleNumber: p.articleNumber, slug })),
  );
  const lots = products.flatMap((p, i) =>
    Array.from({ length: rng.int(1, 3) }, (_, k) => {
      const received = today - rng.int(5, 365) * DAY;
      const expires = NO_EXPIRY.has(p.category) ? null : isoDate(received + rng.int(60, 3 * 365) * DAY);
      const yymm = isoDate(received).slice(2, 7).replace('-', '');
      return {
        articleNumber: p.articleNumber,
        lotNumber: `L${yymm}-${String(i + 1).padStart(4, '0')}${String.fromCharCode(65 + k)}`,
        expiresOn: expires,
        quantity: rng.chance(0.15) ? 0 : rng.int(10, 1_500),
        receivedAt: new Date(received + rng.int(7, 15) * 3_600_000),
      };
    }),
  );
  const images = products.map((p) => ({
    articleNumber: p.articleNumber,
    position: 0,
    path: demoImagePath(p.category, p.articleNumber),
    altSv: p.nameSv,
    altEn: p.nameEn,
  }));
  return { categories: DEMO_CATEGORIES, links, lots, images };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function insertCatalogExtras(
  tx: Tx,
  extras: ReturnType<typeof buildCatalogExtras>,
  productId: (articleNumber: string) => string,
): Promise<void> {
  const rows = await tx
    .insert(categories)
    .values(extras.categories.map((c, position) => ({ ...c, position })))
    .onConflictDoNothing()
    .returning({ id: categories.id, slug: categories.slug });
  const categoryId = new Map(rows.map((r) => [r.slug, r.id]));
  const cat = (slug: string) => {
    const id = categoryId.get(slug);
    if (!id) throw new Error(`demo seed: no category ${slug}`);
    return id;
  };
  await tx
    .insert(productCategories)
    .values(extras.links.map((l) => ({ productId: productId(l.articleNumber), categoryId: cat(l.slug) })));
  await tx
    .insert(productLots)
    .values(extras.lots.map(({ articleNumber, ...l }) => ({ ...l, productId: productId(articleNumber) })));
  await tx
    .insert(productImages)
    .values(extras.images.map(({ articleNumber, ...img }) => ({ ...img, productId: productId(articleNumber) })));
}
