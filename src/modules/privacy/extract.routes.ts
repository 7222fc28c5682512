import { Readable } from 'node:stream';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { buildExtract } from './extract.build.ts';
import { extractJsonChunks } from './extract.json.ts';
import { renderExtractPdf } from './extract.pdf.ts';
import { registerExtractJsonSchema } from './extract.schema.ts';
import type { TableInventory } from './inventory.ts';
import type { RetentionTarget } from './retention.types.ts';

/** How recent a sign-in must be for the person's own extract (a fresh authentication). */
export const FRESH_SIGN_IN_MS = 15 * 60_000;

export type ExtractRouteDeps = {
  db: Db;
  clock: Clock;
  inventory: readonly TableInventory[];
  targets: readonly RetentionTarget[];
  requireCustomer: preHandlerAsyncHookHandler;
  customerOf: (req: FastifyRequest) => { contactId: string; signedInAt?: Date };
};

/**
 * The register extract for the signed-in customer (GDPR art. 15 and 20): JSON against a published
 * schema, or a PDF letter in Swedish or English. It needs a fresh sign-in: a session older than a
 * quarter of an hour must sign in again first.
 */
export function registerExtractRoutes(app: App, deps: ExtractRouteDeps) {
  app.get(
    '/api/privacy/register-extract.schema.json',
    {
      schema: {
        tags: ['privacy'],
        summary: 'The JSON Schema of the register extract (data portability)',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => registerExtractJsonSchema() as Record<string, unknown>,
  );

  app.get(
    '/api/customers/me/privacy/extract',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['privacy', 'customers'],
        summary: 'My register extract: everything Kliniksupport holds about me, with why, how long and to whom',
        querystring: z.strictObject({
          format: z.enum(['json', 'pdf']).default('json'),
          lang: z.enum(['sv', 'en']).default('sv'),
        }),
      },
    },
    async (req, reply) => {
      const me = deps.customerOf(req);
      const now = deps.clock.now();
      if (!me.signedInAt || now.getTime() - me.signedInAt.getTime() > FRESH_SIGN_IN_MS)
        throw new AppError(
          'forbidden',
          'Logga in igen för att hämta ditt registerutdrag / Sign in again to download your register extract',
        );
      const extract = await buildExtract(
        deps.db,
        { inventory: deps.inventory, targets: deps.targets, now },
        me.contactId,
      );
      const day = now.toISOString().slice(0, 10);
      reply.header('cache-control', 'no-store');
      if (req.query.format === 'pdf') {
        const pdf = await renderExtractPdf(extract, req.query.lang);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="registerutdrag-${day}.pdf"`)
          .send(pdf);
      }
      return reply
        .type('application/json')
        .header('content-disposition', `attachment; filename="registerutdrag-${day}.json"`)
        .send(Readable.from(extractJsonChunks(extract)));
    },
  );
}
