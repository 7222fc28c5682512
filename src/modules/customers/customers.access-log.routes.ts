import type { preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { entryLabelsSchema, withLabels, type AccessLog } from '#src/modules/privacy/index.ts';

const entrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorRole: z.string().describe('The role the staff member acted in; the policy names no staff, so the role is shown'),
  purpose: z.string(),
  categories: z.array(z.string()),
  action: z.string(),
  ...entryLabelsSchema,
});

/** "Who at Kliniksupport accessed my data": the access log's entries about the signed-in contact. */
export function registerCustomerAccessLogRoute(
  app: App,
  deps: { requireCustomer: preHandlerAsyncHookHandler; accessLog: Pick<AccessLog, 'listForSubject'> },
) {
  app.get(
    '/api/customers/me/access-log',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'privacy'],
        summary: 'Who at Kliniksupport accessed my data, when and for which purpose (newest first)',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(100).default(50),
          beforeSeq: z.coerce.number().int().min(1).optional(),
        }),
        response: { 200: z.object({ items: z.array(entrySchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const items = await deps.accessLog.listForSubject('contact', req.customer!.contactId, {
        limit: req.query.limit,
        ...(req.query.beforeSeq ? { beforeSeq: req.query.beforeSeq } : {}),
      });
      // Labels from the policy module, so the page reads the same words as the privacy policy.
      return { items: items.map(withLabels) };
    },
  );
}
