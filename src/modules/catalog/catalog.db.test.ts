import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { productLots } from './catalog.tables.ts';
import { insertTestCategories, insertTestProduct } from './catalog.testing.ts';

type Item = {
  articleNumber: string;
  nameSv: string;
  priceExVatOre: number;
  vatRate: number;
  vatOre: number;
  stock: number;
  medicalDevice: boolean;
  categories: string[];
  image: string | null;
};
type Page = { items: Item[]; total: number; nextCursor: string | null };

describe('public catalogue API: search, filters, keyset pagination, details', () => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const page = async (url: string): Promise<Page> => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };
  /** Every item of a listing, following nextCursor page by page. */
  async function all(query: string, limit = 4): Promise<Item[]> {
    const out: Item[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const p: Page = await page(
        `/api/catalog/products?${query}&limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      );
      out.push(...p.items);
      after = p.nextCursor;
      if (!after) return out;
    }
    throw new Error('pagination does not end');
  }

  beforeAll(async () => {
    t = await createTestApp();
    const deps = { db: t.database.db, clock: t.clock };
    await insertTestCategories(t.database.db);
    await insertTestProduct(deps, {
      articleNumber: 'KS-1001',
      nameSv: 'Nitrilhandskar puderfria, M',
      nameEn: 'Nitrile gloves powder-free, M',
      priceExVatOre: 8_900,
      medicalDevice: true,
      categories: ['handskar', 'tandvard'],
      images: [{ path: '/api/catalog/images/demo/handskar/KS-1001.svg', altSv: 'Handskar', altEn: 'Gloves' }],
    });
    await insertTestProduct(deps, {
      articleNumber: 'KS-1002',
      nameSv: 'Kompresser 10 × 10 cm',
      nameEn: 'Swabs 10 × 10 cm',
      priceExVatOre: 3_800,
      vatRate: 12,
      stock: 0,
      categories: ['forband'],
    });
    await insertTestProduct(deps, {
      articleNumber: 'KS-1003',
      nameSv: 'Rabatt 100% sprit',
      nameEn: 'Alcohol 100% pure',
      priceExVatOre: 4_950,
      vatRate: 6,
      categories: ['forband'],
    });
    // Filler with repeated prices, so sorting by price has ties to break.
    for (let i = 0; i < 14; i++) {
      await insertTestProduct(deps, {
        articleNumber: `KS-2${String(i).padStart(3, '0')}`,
        nameSv: `Pincett nr ${String.fromCharCode(90 - i)}`,
        nameEn: `Forceps no ${i}`,
        priceExVatOre: 1_000 * (1 + (i % 3)),
        stock: i % 4 === 0 ? 0 : 5,
        categories: ['instrument'],
      });
    }
  });
  afterAll(async () => t.close());

  it('lists in article-number order, prices excluding VAT with the VAT amount', async () => {
    const p = await page('/api/catalog/products?limit=3');
    expect(p.total).toBe(17);
    expect(p.items.map((i) => i.articleNumber)).toEqual(['KS-1001', 'KS-1002', 'KS-1003']);
    expect(p.items.map((i) => [i.priceExVatOre, i.vatRate, i.vatOre])).toEqual([
      [8_900, 25, 2_225],
      [3_800, 12, 456],
      [4_950, 6, 297],
    ]);
    expect(p.items[0]!.categories).toEqual(['handskar', 'tandvard']);
    expect(p.items[0]!.image).toBe('/api/catalog/images/demo/handskar/KS-1001.svg');
    expect(p.items[1]!.image).toBeNull();
    expect(p.nextCursor).toEqual(expect.any(String));
  });

  it('pages through everything with the cursor, each item once, in every sort order', async () => {
    const everything = await all('sort=article', 100);
    expect(everything).toHaveLength(17);
    for (const sort of ['article', 'name_sv', 'name_en', 'price_asc', 'price_desc']) {
      const items = await all(`sort=${sort}`, 4);
      const ids = items.map((i) => i.articleNumber);
      expect(new Set(ids).size, sort).toBe(17);
      const key = (i: Item) => (sort === 'price_asc' || sort === 'price_desc' ? i.priceExVatOre : 0);
      for (let k = 1; k < items.length; k++) {
        const [a, b] = [items[k - 1]!, items[k]!];
        if (sort === 'price_asc') expect(key(a) <= key(b), sort).toBe(true);
        if (sort === 'price_desc') expect(key(a) >= key(b), sort).toBe(true);
        if (key(a) === key(b) && sort.startsWith('price')) expect(a.articleNumber < b.articleNumber).toBe(true);
      }
    }
    const bySv = await all('sort=name_sv', 5);
    expect(bySv[0]!.nameSv).toBe('Kompresser 10 × 10 cm');
  });

  it('searches Swedish names, English names and article numbers, case-insensitively and literally', async () => {
    expect((await page('/api/catalog/products?q=HANDSK')).items.map((i) => i.articleNumber)).toEqual(['KS-1001']);
    expect((await page('/api/catalog/products?q=swabs')).items.map((i) => i.articleNumber)).toEqual(['KS-1002']);
    expect((await page('/api/catalog/products?q=ks-2001')).items.map((i) => i.articleNumber)).toEqual(['KS-2001']);
    // % is a character to find, not a wildcard.
    expect((await page('/api/catalog/products?q=100%25')).items.map((i) => i.articleNumber)).toEqual(['KS-1003']);
    const none = await page('/api/catalog/products?q=finnsinte');
    expect(none).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('filters by category (a product in two categories is found in both), price range, stock and device', async () => {
    const ids = async (q: string) => (await all(q, 50)).map((i) => i.articleNumber);
    expect(await ids('category=tandvard')).toEqual(['KS-1001']);
    expect(await ids('category=handskar')).toEqual(['KS-1001']);
    expect(await ids('category=forband')).toEqual(['KS-1002', 'KS-1003']);
    expect(await ids('minPrice=4000&maxPrice=9000')).toEqual(['KS-1003', 'KS-1001'].sort());
    expect(await ids('category=forband&inStock=true')).toEqual(['KS-1003']);
    expect(await ids('medicalDevice=true')).toEqual(['KS-1001']);
    expect((await ids('medicalDevice=false')).length).toBe(16);
    const p = await page('/api/catalog/products?category=instrument&inStock=true&limit=2');
    expect(p.total).toBe(10);
  });

  it('names the field of a bad query', async () => {
    const bad = async (q: string, field: string) => {
      const res = await get(`/api/catalog/products?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(
        res.json<{ fields: { field: string }[] }>().fields.map((f) => f.field),
        q,
      ).toContain(field);
    };
    await bad('sort=cheapest', 'querystring.sort');
    await bad('minPrice=-1', 'querystring.minPrice');
    await bad('minPrice=500&maxPrice=100', 'querystring.maxPrice');
    await bad('after=bm90LWpzb24', 'querystring.after');
    await bad('inStock=yes', 'querystring.inStock');
    await bad('category=Not%20a%20slug', 'querystring.category');
    await bad('colour=red', 'querystring');
  });

  it('shows a product with categories, images and an expiry summary of usable lots only', async () => {
    const id = (await page('/api/catalog/products?q=KS-1001')).items[0] as unknown as { id: string };
    const today = t.clock.now().getTime();
    const day = (n: number) => new Date(today + n * 86_400_000).toISOString().slice(0, 10);
    await t.database.db.insert(productLots).values([
      { productId: id.id, lotNumber: 'A1', expiresOn: day(-3), quantity: 50, receivedAt: t.clock.now() },
      { productId: id.id, lotNumber: 'A2', expiresOn: day(30), quantity: 20, receivedAt: t.clock.now() },
      { productId: id.id, lotNumber: 'A3', expiresOn: day(400), quantity: 5, receivedAt: t.clock.now() },
      { productId: id.id, lotNumber: 'A4', expiresOn: day(10), quantity: 0, receivedAt: t.clock.now() },
    ]);
    const res = await get('/api/catalog/products/KS-1001');
    expect(res.statusCode).toBe(200);
    const d = res.json<Record<string, unknown>>();
    expect(d).toMatchObject({
      articleNumber: 'KS-1001',
      descriptionSv: 'Beskrivning',
      vatOre: 2_225,
      medicalDevice: true,
      udiDi: expect.stringMatching(/^\d{14}$/),
      categories: [
        { slug: 'handskar', nameSv: 'Handskar', nameEn: 'Gloves' },
        { slug: 'tandvard', nameSv: 'Tandvård', nameEn: 'Dental care' },
      ],
      images: [{ path: '/api/catalog/images/demo/handskar/KS-1001.svg', altSv: 'Handskar', altEn: 'Gloves' }],
      expiry: { lotsInStock: 2, earliestExpiry: day(30), latestExpiry: day(400) },
    });
    expect((await get('/api/catalog/products/KS-0000')).statusCode).toBe(404);
  });

  it('lists categories with product counts, and serves demo images as SVG', async () => {
    const res = await get('/api/catalog/categories');
    expect(res.json()).toEqual({
      items: [
        { slug: 'handskar', nameSv: 'Handskar', nameEn: 'Gloves', productCount: 1 },
        { slug: 'forband', nameSv: 'Förband', nameEn: 'Dressings', productCount: 2 },
        { slug: 'tandvard', nameSv: 'Tandvård', nameEn: 'Dental care', productCount: 1 },
        { slug: 'instrument', nameSv: 'Instrument', nameEn: 'Instruments', productCount: 14 },
      ],
    });
    const img = await get('/api/catalog/images/demo/handskar/KS-1001.svg');
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(img.body).toContain('<svg');
    expect((await get('/api/catalog/images/demo/handskar/%3Cscript%3E.svg')).statusCode).toBe(400);
  });
});
