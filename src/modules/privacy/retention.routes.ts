import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { retentionRules } from '#src/modules/policy/index.ts';
import type { App } from '#src/platform/http/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { Jobs } from '#src/platform/jobs/index.ts';
import { localizedSchema } from './access-log.labels.ts';
import { forecastRetention, planRetention } from './retention.plan.ts';
import { deletionHistory, listRuns } from './retention.proof.ts';
import type { RetentionJobDeps } from './retention.jobs.ts';
import { retentionSweepJob } from './retention.jobs.ts';
import { legalHolds } from './retention.tables.ts';
import type { StaffActor } from './purpose-access.ts';
import type { RetentionTarget } from './retention.types.ts';

export type RetentionRouteDeps = {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  targets: readonly RetentionTarget[];
  sweep: RetentionJobDeps;
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
};

/** Who sees and steers retention: the privacy officer; finance may also place legal holds (claims). */
export const RETENTION_READERS = ['privacy_officer'] as const;
export const LEGAL_HOLD_EDITORS = ['privacy_officer', 'finance'] as const;

const monthSchema = z.object({ month: z.string(), rows: z.number().int(), byRule: z.record(z.string(), z.number()) });
const ruleLabel = (id: string) => retentionRules.find((r) => r.id === id)?.title ?? { sv: id, en: id };

const planEntrySchema = z.object({
  target: z.string(),
  module: z.string(),
  table: z.string(),
  rule: z.string(),
  ruleTitle: localizedSchema,
  action: z.enum(['delete', 'minimize']),
  what: localizedSchema,
  due: z.number().int(),
  held: z.record(z.string(), z.number().int()),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
});

const runSchema = z.object({
  id: z.uuid(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  asOf: z.string(),
  trigger: z.string(),
  status: z.enum(['running', 'finished', 'failed', 'interrupted']),
  policyVersion: z.string(),
  rules: z.array(
    z.object({
      target: z.string(),
      rule: z.string(),
      action: z.string(),
      rows: z.number().int(),
      related: z.record(z.string(), z.number().int()),
      files: z.number().int(),
      batches: z.number().int(),
      earliest: z.string(),
      latest: z.string(),
    }),
  ),
});

const holdSchema = z.object({
  id: z.uuid(),
  subjectType: z.enum(['company', 'contact']),
  subjectId: z.uuid(),
  reason: z.enum(['dispute', 'collection', 'authority']),
  placedAt: z.string(),
  releasedAt: z.string().nullable(),
});

/**
 * The retention engine in the back office: the plan (a dry run at any date), the forecast of what
 * falls due month by month, the history and proof of what was deleted, a sweep on demand, and the
 * legal holds that keep a customer's records while a claim is open.
 */
export function registerRetentionRoutes(app: App, deps: RetentionRouteDeps) {
  const anyOf =
    (roles: readonly string[]): preHandlerAsyncHookHandler =>
    async (req) => {
      if (!deps.actorOf(req).roles.some((r) => roles.includes(r)))
        throw new AppError(
          'forbidden',
          `Kräver rollen ${roles.join(' eller ')} / Requires the role ${roles.join(' or ')}`,
        );
    };
  const readers = [deps.requireActiveStaff, anyOf(RETENTION_READERS)];
  const tags = ['privacy', 'staff'];

  app.get(
    '/api/privacy/retention/plan',
    {
      preHandler: readers,
      schema: {
        tags,
        summary: 'What a sweep would delete or minimise at a date, per rule (a dry run; privacy officer)',
        querystring: z.strictObject({
          asOf: z.iso.datetime().optional().describe('Apply the rules as at this time (default: now)'),
        }),
        response: {
          200: z.object({ asOf: z.string(), policyVersion: z.string(), entries: z.array(planEntrySchema) }),
        },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const asOf = req.query.asOf ? new Date(req.query.asOf) : deps.clock.now();
      const plan = await planRetention(deps.db, deps.targets, asOf);
      return { ...plan, entries: plan.entries.map((e) => ({ ...e, ruleTitle: ruleLabel(e.rule) })) };
    },
  );

  app.get(
    '/api/privacy/retention/overview',
    {
      preHandler: readers,
      schema: {
        tags,
        summary: 'Rows falling due in each coming month and deleted or minimised in each past month, by rule',
        querystring: z.strictObject({ months: z.coerce.number().int().min(1).max(24).default(12) }),
        response: {
          200: z.object({
            rules: z.array(z.object({ id: z.string(), title: localizedSchema })),
            coming: z.array(monthSchema),
            past: z.array(monthSchema),
          }),
        },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const now = deps.clock.now();
      const [coming, past] = [
        await forecastRetention(deps.db, deps.targets, now, req.query.months),
        await deletionHistory(deps.db, { months: req.query.months, now }),
      ];
      const ids = [...new Set(deps.targets.map((t) => t.rule))];
      return { rules: ids.map((id) => ({ id, title: ruleLabel(id) })), coming, past };
    },
  );

  app.get(
    '/api/privacy/retention/runs',
    {
      preHandler: readers,
      schema: {
        tags,
        summary: 'The latest sweeps and what each did per rule: the proof of deletion (privacy officer)',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(runSchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: await listRuns(deps.db, { limit: req.query.limit, now: deps.clock.now() }) };
    },
  );

  app.post(
    '/api/privacy/retention/runs',
    {
      preHandler: readers,
      schema: {
        tags,
        summary: 'Queue a sweep now (it runs as the daily job does)',
        response: { 202: z.object({ queued: z.boolean() }) },
      },
    },
    async (_req, reply) => {
      const id = await deps.jobs.send(retentionSweepJob(deps.sweep), null, { singletonKey: 'retention-now' });
      return reply.code(202).send({ queued: id !== null });
    },
  );

  const holdEditors = [deps.requireActiveStaff, anyOf(LEGAL_HOLD_EDITORS)];

  app.get(
    '/api/privacy/legal-holds',
    {
      preHandler: holdEditors,
      schema: {
        tags,
        summary: 'Open legal holds (and the latest released ones)',
        response: { 200: z.object({ items: z.array(holdSchema) }) },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      const rows = await deps.db.select().from(legalHolds).orderBy(desc(legalHolds.placedAt)).limit(200);
      return {
        items: rows.map((h) => ({
          id: h.id,
          subjectType: h.subjectType,
          subjectId: h.subjectId,
          reason: h.reason,
          placedAt: h.placedAt.toISOString(),
          releasedAt: h.releasedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/privacy/legal-holds',
    {
      preHandler: holdEditors,
      schema: {
        tags,
        summary: "Place a legal hold on a company's or contact's records while a claim is open (GDPR art. 17(3)(e))",
        body: z.strictObject({
          subjectType: z.enum(['company', 'contact']),
          subjectId: z.uuid(),
          reason: z.enum(['dispute', 'collection', 'authority']),
        }),
        response: { 201: holdSchema },
      },
    },
    async (req, reply) => {
      const [h] = await deps.db
        .insert(legalHolds)
        .values({ ...req.body, placedAt: deps.clock.now(), placedBy: deps.actorOf(req).staffId })
        .returning();
      return reply.code(201).send({
        id: h!.id,
        subjectType: h!.subjectType,
        subjectId: h!.subjectId,
        reason: h!.reason,
        placedAt: h!.placedAt.toISOString(),
        releasedAt: null,
      });
    },
  );

  app.post(
    '/api/privacy/legal-holds/:id/release',
    {
      preHandler: holdEditors,
      schema: {
        tags,
        summary: 'Release a legal hold: the claim is settled; the records fall under their normal rules again',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.object({ released: z.literal(true) }) },
      },
    },
    async (req) => {
      const done = await deps.db
        .update(legalHolds)
        .set({ releasedAt: deps.clock.now(), releasedBy: deps.actorOf(req).staffId })
        .where(and(eq(legalHolds.id, req.params.id), isNull(legalHolds.releasedAt)))
        .returning({ id: legalHolds.id });
      if (!done.length) throw new AppError('not_found', 'Ingen öppen spärr / No open legal hold');
      return { released: true as const };
    },
  );
}
