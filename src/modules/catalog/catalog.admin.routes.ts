import { z } from 'zod';
import type { preHandlerAsyncHookHandler } from 'fastify';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { CatalogAdmin } from './catalog.admin.service.ts';
import {
  articleNumberSchema,
  lotInputSchema,
  lotUpdateSchema,
  productInputSchema,
  productUpdateSchema,
} from './catalog.schemas.ts';
import { importBodySchema, importProductsCsv } from './catalog.import.ts';

/** The role that manages the catalogue (src/modules/policy roles.data.ts). */
export const CATALOG_ROLE = 'order_administration';

const adminProductSchema = z.object({
  articleNumber: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  descriptionSv: z.string(),
  descriptionEn: z.string(),
  priceExVatOre: z.number().int(),
  vatRate: z.number().int(),
  stock: z.number().int(),
  medicalDevice: z.boolean(),
  udiDi: z.string().nullable(),
  implantable: z.boolean(),
  categories: z.array(z.string()),
  images: z.array(z.object({ path: z.string(), altSv: z.string(), altEn: z.string() })),
  lots: z.array(
    z.object({
      id: z.uuid(),
      lotNumber: z.string(),
      expiresOn: z.string().nullable(),
      quantity: z.number().int(),
      receivedAt: z.string(),
    }),
  ),
});

const articleParams = z.object({ articleNumber: articleNumberSchema });

/**
 * The back office's catalogue: order administration staff create and edit products, manage
 * lots and import products from CSV. Products are not personal data, so no purpose-bound access.
 */
export function registerCatalogAdminRoutes(
  app: App,
  deps: { db: Db; clock: Clock; admin: CatalogAdmin; requireRole(role: string): preHandlerAsyncHookHandler },
) {
  const { admin } = deps;
  const preHandler = deps.requireRole(CATALOG_ROLE);
  const tags = ['catalog (staff)'];

  app.get(
    '/api/staff/catalog/products/:articleNumber',
    {
      preHandler,
      schema: {
        tags,
        summary: 'A product with everything staff edit, and its lots',
        params: articleParams,
        response: { 200: adminProductSchema },
      },
    },
    async (req) => admin.get(req.params.articleNumber),
  );

  app.post(
    '/api/staff/catalog/products',
    {
      preHandler,
      schema: { tags, summary: 'Create a product', body: productInputSchema, response: { 201: adminProductSchema } },
    },
    async (req, reply) => reply.code(201).send(await admin.create(req.body)),
  );

  app.put(
    '/api/staff/catalog/products/:articleNumber',
    {
      preHandler,
      schema: {
        tags,
        summary: "Replace a product's fields, categories and images",
        params: articleParams,
        body: productUpdateSchema,
        response: { 200: adminProductSchema },
      },
    },
    async (req) => admin.update(req.params.articleNumber, req.body),
  );

  app.post(
    '/api/staff/catalog/products/:articleNumber/lots',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Register a received lot',
        params: articleParams,
        body: lotInputSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await admin.addLot(req.params.articleNumber, req.body)),
  );

  app.put(
    '/api/staff/catalog/products/:articleNumber/lots/:lotId',
    {
      preHandler,
      schema: {
        tags,
        summary: "Change a lot's expiry date or quantity",
        params: articleParams.extend({ lotId: z.uuid() }),
        body: lotUpdateSchema,
      },
    },
    async (req, reply) => {
      await admin.updateLot(req.params.articleNumber, req.params.lotId, req.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/staff/catalog/import',
    {
      preHandler,
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import products from CSV (all rows or none; upsert by article number)',
        body: importBodySchema,
        response: { 200: z.object({ created: z.number().int(), updated: z.number().int() }) },
      },
    },
    async (req) => importProductsCsv(deps, req.body.csv),
  );
}
