import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { listProducts } from './catalog.repo.ts';

export const productSummarySchema = z.object({
  id: z.uuid(),
  articleNumber: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  category: z.string(),
  priceExVatOre: z.number().int(),
  vatRate: z.number().int(),
  stock: z.number().int(),
  medicalDevice: z.boolean(),
});

export function registerCatalogRoutes(app: App, { db }: { db: Db }) {
  app.get(
    '/api/catalog/products',
    {
      schema: {
        tags: ['catalog'],
        summary: 'List the catalogue (public)',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(100).optional(),
          category: z.string().max(50).optional(),
          after: z.string().max(50).optional().describe('Article number of the last item of the previous page'),
          limit: z.coerce.number().int().min(1).max(100).default(24),
        }),
        response: { 200: z.object({ items: z.array(productSummarySchema), total: z.number().int() }) },
      },
    },
    async (req) => listProducts(db, req.query),
  );
}
