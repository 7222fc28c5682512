import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { purposes, purposesOfRole, type RoleId } from '#src/modules/policy/index.ts';
import { latestCheckpointAt, listEntries } from './access-log.list.ts';
import { entryLabelsSchema, localizedSchema, withLabels } from './access-log.labels.ts';
import type { AccessLog } from './access-log.service.ts';
import type { StaffActor } from './purpose-access.ts';

const localized = localizedSchema;

const entrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorRole: z.string(),
  actorId: z.string().nullable().describe('The staff member (staff see staff); null for the system'),
  purpose: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  categories: z.array(z.string()),
  action: z.string(),
  ...entryLabelsSchema,
});

const problemSchema = z.object({ kind: z.string(), seq: z.number().int(), message: z.string() });

/** Who may review the access log: the privacy officer and security (policy §9). */
export const ACCESS_LOG_READERS = ['privacy_officer', 'security'] as const;

export type AccessLogRouteDeps = {
  database: Database;
  accessLog: Pick<AccessLog, 'verify' | 'checkpoint'>;
  auditDir: string;
  /** A signed-in staff member with no pending password change (identity's requireActiveStaff). */
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
};

/**
 * The access log for those who review it. Reading the log hands out ids, not customers' data,
 * so these reads are not themselves logged (that would make every review grow the log).
 */
export function registerAccessLogRoutes(app: App, deps: AccessLogRouteDeps) {
  const anyOf =
    (allowed: readonly string[]): preHandlerAsyncHookHandler =>
    async (req) => {
      if (!deps.actorOf(req).roles.some((r) => allowed.includes(r))) {
        throw new AppError(
          'forbidden',
          `Kräver rollen ${allowed.join(' eller ')} / Requires the role ${allowed.join(' or ')}`,
        );
      }
    };
  const readers = [deps.requireActiveStaff, anyOf(ACCESS_LOG_READERS)];

  app.get(
    '/api/privacy/access-log',
    {
      preHandler: readers,
      schema: {
        tags: ['privacy', 'staff'],
        summary: 'The access log, newest first (privacy officer, security)',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          beforeSeq: z.coerce.number().int().min(1).optional(),
          contactId: z.uuid().optional().describe('Only entries about this contact person'),
        }),
        response: { 200: z.object({ items: z.array(entrySchema), nextBeforeSeq: z.number().int().nullable() }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const rows = await listEntries(deps.database, { ...req.query, limit: req.query.limit + 1 });
      const page = rows.slice(0, req.query.limit);
      return {
        items: page.map(withLabels),
        nextBeforeSeq: rows.length > req.query.limit ? page[page.length - 1]!.seq : null,
      };
    },
  );

  app.get(
    '/api/privacy/access-log/verification',
    {
      preHandler: readers,
      schema: {
        tags: ['privacy', 'staff'],
        summary: "Walks the access log's hash chain and holds it to its signed checkpoints",
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            checkpoints: z.number().int(),
            problems: z.array(problemSchema),
            latestCheckpointAt: z.string().nullable(),
          }),
        },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      const result = await deps.accessLog.verify();
      return { ...result, latestCheckpointAt: await latestCheckpointAt(deps.auditDir) };
    },
  );

  app.post(
    '/api/privacy/access-log/checkpoints',
    {
      preHandler: [deps.requireActiveStaff, anyOf(['privacy_officer'])],
      schema: {
        tags: ['privacy', 'staff'],
        summary: 'Signs a checkpoint of the access log now (privacy officer); refused (409) over a broken log',
        response: {
          201: z.object({ seq: z.number().int(), at: z.string(), count: z.number().int(), hash: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      const cp = await deps.accessLog.checkpoint();
      return reply.code(201).send({ seq: cp.seq, at: cp.at, count: cp.count, hash: cp.hash });
    },
  );

  app.get(
    '/api/staff/purposes',
    {
      preHandler: deps.requireActiveStaff,
      schema: {
        tags: ['privacy', 'staff'],
        summary: "The purposes the signed-in staff member's roles serve, with their titles from the policy",
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), title: localized })) }) },
      },
    },
    async (req) => {
      const served = new Set(deps.actorOf(req).roles.flatMap((r) => purposesOfRole(r as RoleId) ?? []));
      return { items: purposes.filter((p) => served.has(p.id)).map((p) => ({ id: p.id, title: p.title })) };
    },
  );
}
