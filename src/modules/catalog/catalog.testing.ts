import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { categories } from './catalog.tables.ts';
import { categoryIds, writeProduct, type ProductWrite } from './catalog.admin.service.ts';
import { withGs1CheckDigit } from './gtin.ts';

/** Test categories: slug, Swedish and English name. */
export const TEST_CATEGORIES = [
  { slug: 'handskar', nameSv: 'Handskar', nameEn: 'Gloves' },
  { slug: 'forband', nameSv: 'Förband', nameEn: 'Dressings' },
  { slug: 'tandvard', nameSv: 'Tandvård', nameEn: 'Dental care' },
  { slug: 'instrument', nameSv: 'Instrument', nameEn: 'Instruments' },
] as const;

export async function insertTestCategories(db: Db): Promise<void> {
  await db
    .insert(categories)
    .values(TEST_CATEGORIES.map((c, position) => ({ ...c, position })))
    .onConflictDoNothing();
}

let udiSeq = 0;
/** A fresh valid GTIN-14 UDI-DI. */
export const testUdiDi = (): string => withGs1CheckDigit(`0735000${String(++udiSeq).padStart(6, '0')}`);

/** Writes a product (with defaults for what the test does not care about); returns its id. */
export async function insertTestProduct(
  deps: { db: Db; clock: Clock },
  p: Partial<ProductWrite> & { articleNumber: string },
): Promise<string> {
  const medicalDevice = p.medicalDevice ?? false;
  return writeProduct(
    deps.db,
    {
      nameSv: `Produkt ${p.articleNumber}`,
      nameEn: `Product ${p.articleNumber}`,
      descriptionSv: 'Beskrivning',
      descriptionEn: 'Description',
      priceExVatOre: 10_000,
      vatRate: 25,
      stock: 10,
      categories: ['handskar'],
      images: [],
      implantable: false,
      ...p,
      medicalDevice,
      udiDi: p.udiDi ?? (medicalDevice ? testUdiDi() : null),
    },
    await categoryIds(deps.db),
    deps.clock.now(),
  );
}
