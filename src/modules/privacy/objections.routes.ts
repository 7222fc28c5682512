import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { marketingChannels, objectionKinds, type Objections } from './objections.service.ts';

export type ObjectionRouteDeps = {
  objections: Objections;
  requireCustomer: preHandlerAsyncHookHandler;
  customerOf: (req: FastifyRequest) => { contactId: string; companyId: string };
};

const objectionSchema = z.object({
  kind: z.enum(objectionKinds),
  channel: z.enum([...marketingChannels, 'all']),
  source: z.string(),
  recordedAt: z.string(),
});

/** The customer's objections: to direct marketing per channel or all, and to profiling (§10). */
export function registerObjectionRoutes(app: App, deps: ObjectionRouteDeps) {
  app.get(
    '/api/customers/me/privacy/objections',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['privacy', 'customers'],
        summary: 'My objections to direct marketing and profiling',
        response: { 200: z.object({ items: z.array(objectionSchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const rows = await deps.objections.list(deps.customerOf(req));
      return {
        items: rows.map((r) => ({
          kind: r.kind,
          channel: r.channel,
          source: r.source,
          recordedAt: r.recordedAt.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/customers/me/privacy/objections',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['privacy', 'customers'],
        summary: 'Object to direct marketing (one channel or all) or to profiling: effective at once',
        body: z.strictObject({
          kind: z.enum(objectionKinds),
          channel: z.enum([...marketingChannels, 'all']).default('all'),
        }),
        response: { 201: z.object({ recorded: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      await deps.objections.record(deps.customerOf(req).contactId, { ...req.body, source: 'account' });
      return reply.code(201).send({ recorded: true as const });
    },
  );
}
