import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { createProductLister, likePattern, PRODUCT_SORTS, type ListCursor } from './catalog.repo.ts';
import { listCategories, productDetails } from './catalog.details.ts';
import { SLUG } from './catalog.schemas.ts';
import { demoImageSvg } from './catalog.images.ts';

export const productSummarySchema = z.object({
  id: z.uuid(),
  articleNumber: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  priceExVatOre: z.number().int(),
  vatRate: z.number().int(),
  vatOre: z.number().int().describe('VAT per unit in öre (prices are shown excluding VAT, B2B)'),
  stock: z.number().int(),
  medicalDevice: z.boolean(),
  categories: z.array(z.string()),
  image: z.string().nullable(),
});

const categorySchema = z.object({ slug: z.string(), nameSv: z.string(), nameEn: z.string() });

const productDetailsSchema = productSummarySchema.omit({ categories: true, image: true }).extend({
  descriptionSv: z.string(),
  descriptionEn: z.string(),
  udiDi: z.string().nullable(),
  implantable: z.boolean().describe('An implantable medical device (MDR art. 25)'),
  categories: z.array(categorySchema),
  images: z.array(z.object({ path: z.string(), altSv: z.string(), altEn: z.string() })),
  expiry: z.object({
    lotsInStock: z.number().int(),
    earliestExpiry: z.string().nullable(),
    latestExpiry: z.string().nullable(),
  }),
});

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const ore = z.coerce.number().int().min(0).max(100_000_000);

export const encodeCursor = (c: ListCursor): string =>
  Buffer.from(JSON.stringify([c.key, c.articleNumber])).toString('base64url');

export function decodeCursor(s: string): ListCursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && ['string', 'number'].includes(typeof v[0]) && typeof v[1] === 'string') {
      return { key: v[0] as string | number, articleNumber: v[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation', 'querystring.after: ogiltig markör / invalid cursor', [
    { field: 'querystring.after', message: 'ogiltig markör / invalid cursor' },
  ]);
}

export const productListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe('Searches Swedish and English names and article numbers'),
  category: z.string().regex(SLUG).max(60).optional().describe('Category slug'),
  minPrice: ore.optional().describe('Lowest price excluding VAT, in öre'),
  maxPrice: ore.optional().describe('Highest price excluding VAT, in öre'),
  inStock: flag.optional(),
  medicalDevice: flag.optional(),
  sort: z.enum(PRODUCT_SORTS).default('article'),
  after: z.string().max(300).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(24),
});

/** The public catalogue: list with search and filters, product details, categories, demo images. */
export function registerCatalogRoutes(app: App, { database, clock }: { database: Database; clock: Clock }) {
  const db = database.db;
  const listProducts = createProductLister(database);
  app.get(
    '/api/catalog/products',
    {
      schema: {
        tags: ['catalog'],
        summary: 'List and search the catalogue (public), keyset-paginated',
        querystring: productListQuerySchema,
        response: {
          200: z.object({
            items: z.array(productSummarySchema),
            total: z.number().int(),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const { q, after, ...rest } = req.query;
      if (rest.minPrice !== undefined && rest.maxPrice !== undefined && rest.minPrice > rest.maxPrice) {
        throw new AppError('validation', 'querystring.maxPrice: lägre än lägsta pris / below the lowest price', [
          { field: 'querystring.maxPrice', message: 'lägre än lägsta pris / below the lowest price' },
        ]);
      }
      const page = await listProducts({
        ...rest,
        pattern: q === undefined ? undefined : likePattern(q),
        after: after === undefined ? undefined : decodeCursor(after),
      });
      return { items: page.items, total: page.total, nextCursor: page.next && encodeCursor(page.next) };
    },
  );

  app.get(
    '/api/catalog/products/:articleNumber',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One product with its categories, images and an expiry summary of its lots (public)',
        params: z.object({ articleNumber: z.string().max(40) }),
        response: { 200: productDetailsSchema },
      },
    },
    async (req) => {
      const today = clock.now().toISOString().slice(0, 10);
      const p = await productDetails(db, req.params.articleNumber, today);
      if (!p) throw new AppError('not_found', 'Produkten finns inte / No such product');
      return p;
    },
  );

  app.get(
    '/api/catalog/categories',
    {
      schema: {
        tags: ['catalog'],
        summary: 'The categories in navigation order (public)',
        response: { 200: z.object({ items: z.array(categorySchema.extend({ productCount: z.number().int() })) }) },
      },
    },
    async () => ({ items: await listCategories(db) }),
  );

  app.get(
    '/api/catalog/images/demo/:category/:file',
    {
      schema: {
        tags: ['catalog'],
        summary: 'A generated demo product image (SVG)',
        params: z.object({
          category: z.string().regex(SLUG).max(60),
          file: z.string().regex(/^[A-Z0-9-]{2,30}\.svg$/),
        }),
      },
    },
    async (req, reply) => {
      const { category, file } = req.params;
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(demoImageSvg(category, file.slice(0, -4)));
    },
  );
}
