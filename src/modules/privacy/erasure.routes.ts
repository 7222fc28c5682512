import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { StaffActor } from './purpose-access.ts';
import { RIGHTS_REQUEST_HANDLERS } from './rights.routes.ts';
import { PlanChangedError, type Erasures } from './erasure.run.ts';

export type ErasureRouteDeps = {
  erasures: Erasures;
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
};

const bilingual = z.object({ sv: z.string(), en: z.string() });
const law = z.object({ rule: z.string(), citation: z.string(), name: bilingual, until: z.iso.date().nullable() });
export const erasurePlanSchema = z.object({
  requestId: z.uuid(),
  computedAt: z.string(),
  planHash: z.string().describe('Quote it to approve: the erasure runs only if the data is still as shown'),
  subject: z.object({ contactId: z.uuid(), companyId: z.uuid(), companyName: z.string(), lastContact: z.boolean() }),
  erase: z.array(z.object({ table: z.string(), title: bilingual, rows: z.number().int() })),
  minimise: z.array(
    z.object({ table: z.string(), title: bilingual, rows: z.number().int(), cleared: bilingual, laws: z.array(law) }),
  ),
  keep: z.array(
    z.object({ table: z.string(), title: bilingual, rows: z.number().int(), reason: bilingual, laws: z.array(law) }),
  ),
  files: z.number().int(),
  recipients: z.array(
    z.object({ id: z.string(), name: bilingual, disclosures: z.number().int(), categories: z.array(z.string()) }),
  ),
  suppression: z.boolean(),
});

/**
 * Erasure (GDPR art. 17) for the privacy officer: the plan of a request — what goes, what a law
 * keeps minimised and restricted until when, who is told — and its approval, which carries out
 * exactly the plan shown (its hash) in one transaction.
 */
export function registerErasureRoutes(app: App, deps: ErasureRouteDeps) {
  const privacyOfficer: preHandlerAsyncHookHandler = async (req) => {
    if (!deps.actorOf(req).roles.some((r) => (RIGHTS_REQUEST_HANDLERS as readonly string[]).includes(r)))
      throw new AppError('forbidden', 'Kräver rollen privacy_officer / Requires the role privacy_officer');
  };
  const preHandler = [deps.requireActiveStaff, privacyOfficer];
  const tags = ['privacy', 'staff'];
  const params = z.strictObject({ id: z.uuid() });

  app.get(
    '/api/privacy/requests/:id/erasure-plan',
    {
      preHandler,
      schema: {
        tags,
        summary: 'The erasure plan of a request (nothing changes)',
        params,
        response: { 200: erasurePlanSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return deps.erasures.plan(req.params.id);
    },
  );

  app.post(
    '/api/privacy/requests/:id/erasure',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Approve and carry out the erasure plan shown (all or nothing; again: the first result)',
        params,
        body: z.strictObject({
          planHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the planHash of the plan shown'),
        }),
        response: {
          200: z.object({
            requestId: z.uuid(),
            status: z.literal('completed'),
            erasedRows: z.number().int(),
            minimisedRows: z.number().int(),
            letterQueued: z.boolean(),
          }),
          409: z.object({ error: z.string(), message: z.string(), plan: erasurePlanSchema.optional() }),
        },
      },
    },
    async (req, reply) => {
      try {
        return await deps.erasures.approve(req.params.id, req.body.planHash, deps.actorOf(req).staffId);
      } catch (err) {
        if (!(err instanceof PlanChangedError)) throw err;
        return reply
          .code(409)
          .send({ error: 'plan_changed', message: err.message, plan: await deps.erasures.plan(req.params.id) });
      }
    },
  );
}
