import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { localizedSchema } from './access-log.labels.ts';
import { subjectTypes } from './access-log.types.ts';
import { disclosureWithLabels, listDisclosures } from './disclosures.service.ts';
import type { StaffActor } from './purpose-access.ts';

const disclosureSchema = z.object({
  id: z.uuid(),
  at: z.string(),
  recipient: z.string().describe("An id in the policy's recipient register (§7)"),
  recipientLabel: localizedSchema,
  recipientKind: z.enum(['processor', 'independent_controller']),
  purpose: z.string(),
  purposeLabel: localizedSchema,
  categories: z.array(z.string()),
  categoryLabels: z.array(localizedSchema),
  reference: z.string().describe('What it was disclosed for, e.g. order:<id>'),
});
const staffDisclosureSchema = disclosureSchema.extend({ subjectType: z.string(), subjectId: z.string() });

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime().optional().describe('Only disclosures before this time (the last `at` of a page)'),
};

/** Who may review the disclosure log: the privacy officer (policy §7, §9). */
export const DISCLOSURE_LOG_READERS = ['privacy_officer'] as const;

export type DisclosureRouteDeps = {
  db: Db;
  /** A signed-in staff member with no pending password change. */
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
  /** A signed-in customer, and the contact person they are. */
  requireCustomer: preHandlerAsyncHookHandler;
  contactIdOf: (req: FastifyRequest) => string;
};

/**
 * The disclosure log: the privacy officer lists the disclosures about a data subject; a signed-in
 * customer lists those about themselves. The log holds ids and policy words, no customer data,
 * so (like the access log) reading it is not itself logged.
 */
export function registerDisclosureRoutes(app: App, deps: DisclosureRouteDeps) {
  const privacyOfficer: preHandlerAsyncHookHandler = async (req) => {
    if (!deps.actorOf(req).roles.some((r) => (DISCLOSURE_LOG_READERS as readonly string[]).includes(r))) {
      throw new AppError('forbidden', 'Kräver rollen privacy_officer / Requires the role privacy_officer');
    }
  };

  app.get(
    '/api/privacy/disclosures',
    {
      preHandler: [deps.requireActiveStaff, privacyOfficer],
      schema: {
        tags: ['privacy', 'staff'],
        summary: 'Disclosures of personal data to recipients about one data subject, newest first (privacy officer)',
        querystring: z.strictObject({
          subjectType: z.enum(subjectTypes),
          subjectId: z.string().min(1).max(200),
          ...pageQuery,
        }),
        response: { 200: z.object({ items: z.array(staffDisclosureSchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const { subjectType, subjectId, limit, before } = req.query;
      const rows = await listDisclosures(
        deps.db,
        { type: subjectType, id: subjectId },
        { limit, before: before ? new Date(before) : undefined },
      );
      return { items: rows.map(disclosureWithLabels) };
    },
  );

  app.get(
    '/api/customers/me/disclosures',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'privacy'],
        summary: 'To whom Kliniksupport has disclosed my data, when, for which purpose and which data (newest first)',
        querystring: z.strictObject(pageQuery),
        response: { 200: z.object({ items: z.array(disclosureSchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const rows = await listDisclosures(
        deps.db,
        { type: 'contact', id: deps.contactIdOf(req) },
        { limit: req.query.limit, before: req.query.before ? new Date(req.query.before) : undefined },
      );
      return {
        items: rows.map((d) => {
          const { subjectType: _t, subjectId: _i, ...rest } = disclosureWithLabels(d);
          return rest;
        }),
      };
    },
  );
}
