import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { localizedSchema } from './access-log.labels.ts';
import type { StaffActor } from './purpose-access.ts';
import { FRESH_SIGN_IN_MS } from './extract.routes.ts';
import type { RightsRequestView, RightsService } from './rights.service.ts';
import {
  codesOf,
  extensionReasons,
  kindLabel,
  pauseReasons,
  refusalReasons,
  requestChannels,
  requestKinds,
  requestLanguages,
  requestStatuses,
} from './rights.types.ts';

/** Requests that hand out, change or erase data: made from the account only after a fresh sign-in. */
export const FRESH_SIGN_IN_KINDS = ['access', 'portability', 'rectification', 'erasure', 'restriction'] as const;

/** Who keeps the register of data subject requests: the privacy officer (policy §10, §9). */
export const RIGHTS_REQUEST_HANDLERS = ['privacy_officer'] as const;

export type RightsRouteDeps = {
  rights: RightsService;
  /** A signed-in staff member with no pending password change. */
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
  /** A signed-in customer, and the contact person and company they are. */
  requireCustomer: preHandlerAsyncHookHandler;
  customerOf: (req: FastifyRequest) => { contactId: string; companyId: string; signedInAt?: Date };
  /** The time now (the platform's clock): a request about the data needs a fresh sign-in. */
  now: () => Date;
  /** Tells the person their request was received, its due date and how to complain to IMY. */
  acknowledge?: (request: { id: string; kind: string; due: string | null }, contactId: string) => Promise<void>;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;
const labelOf = <T extends string>(table: Record<T, { sv: string; en: string }>, code: T | null) =>
  code ? table[code] : null;

const pauseSchema = z.object({
  pausedAt: z.string(),
  resumedAt: z.string().nullable(),
  reason: z.enum(codesOf(pauseReasons)),
  reasonLabel: localizedSchema,
});

const customerRequestSchema = z.object({
  id: z.uuid(),
  kind: z.enum(requestKinds),
  kindLabel: localizedSchema,
  channel: z.enum(requestChannels),
  status: z.enum(requestStatuses),
  receivedAt: z.string(),
  language: z.enum(requestLanguages),
  due: z.iso.date().nullable().describe('The last day of the answer (GDPR art. 12(3)); null while paused'),
  pausedSince: z.iso.date().nullable().describe('The clock stands still since this day, waiting for the person'),
  pausedDays: z.number().int().describe('Days the clock stood still; the due date moved by as many'),
  daysLeft: z.number().int().nullable().describe('Negative: overdue by that many days; null while paused or closed'),
  overdue: z.boolean(),
  extended: z.boolean(),
  extendedAt: z.string().nullable(),
  extensionReason: z.enum(codesOf(extensionReasons)).nullable(),
  extensionReasonLabel: localizedSchema.nullable(),
  completedAt: z.string().nullable(),
  refusalReason: z.enum(codesOf(refusalReasons)).nullable(),
  refusalReasonLabel: localizedSchema.nullable(),
  answeredInTime: z.boolean().nullable(),
  pauses: z.array(pauseSchema),
});
export const staffRequestSchema = customerRequestSchema.extend({
  contactId: z.uuid().nullable(),
  companyId: z.uuid().nullable(),
  registeredBy: z.uuid().nullable(),
});

function customerView(v: RightsRequestView) {
  const d = v.deadline;
  return {
    id: v.id,
    kind: v.kind,
    kindLabel: kindLabel(v.kind),
    channel: v.channel,
    status: v.status,
    receivedAt: v.receivedAt.toISOString(),
    language: v.language,
    due: d.state === 'running' ? d.due : null,
    pausedSince: d.state === 'paused' ? d.since : null,
    pausedDays: d.pausedDays,
    daysLeft: v.daysLeft,
    overdue: v.overdue,
    extended: d.extended,
    extendedAt: iso(v.extendedAt),
    extensionReason: v.extensionReason,
    extensionReasonLabel: labelOf(extensionReasons, v.extensionReason),
    completedAt: iso(v.completedAt),
    refusalReason: v.refusalReason,
    refusalReasonLabel: labelOf(refusalReasons, v.refusalReason),
    answeredInTime: v.answeredInTime,
    pauses: v.pauses.map((p) => ({
      pausedAt: p.pausedAt.toISOString(),
      resumedAt: iso(p.resumedAt),
      reason: p.reason,
      reasonLabel: pauseReasons[p.reason],
    })),
  };
}
export const staffView = (v: RightsRequestView) => ({
  ...customerView(v),
  contactId: v.contactId,
  companyId: v.companyId,
  registeredBy: v.registeredBy,
});

/** Refuses staff without the role that keeps the register. */
export const privacyOfficerGuard =
  (actorOf: (req: FastifyRequest) => StaffActor): preHandlerAsyncHookHandler =>
  async (req) => {
    if (!actorOf(req).roles.some((r) => (RIGHTS_REQUEST_HANDLERS as readonly string[]).includes(r)))
      throw new AppError('forbidden', 'Kräver rollen privacy_officer / Requires the role privacy_officer');
  };

/**
 * The register of data subject requests: the privacy officer's queue by due date, letters
 * registered by hand, and each step of a request (pause for the person, resume, extend,
 * complete, refuse); a signed-in customer makes requests and follows them in the account. The
 * register holds ids, dates and codes (no customer data), so reading it is not itself logged.
 */
export function registerRightsRoutes(app: App, deps: RightsRouteDeps) {
  const staff = [deps.requireActiveStaff, privacyOfficerGuard(deps.actorOf)];
  const tags = ['privacy', 'staff'];
  const params = z.strictObject({ id: z.uuid() });

  app.get(
    '/api/privacy/requests',
    {
      preHandler: staff,
      schema: {
        tags,
        summary:
          'Data subject requests by due date: running clocks first (overdue ones flagged), then those waiting for the person (privacy officer)',
        querystring: z.strictObject({ status: z.enum(['open', 'closed', 'all']).default('open') }),
        response: { 200: z.object({ items: z.array(staffRequestSchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: (await deps.rights.queue({ status: req.query.status })).map(staffView) };
    },
  );

  app.post(
    '/api/privacy/requests',
    {
      preHandler: staff,
      schema: {
        tags,
        summary: 'Register a written, signed request received by letter (privacy officer)',
        body: z
          .strictObject({
            kind: z.enum(requestKinds),
            contactId: z.uuid().optional(),
            companyId: z.uuid().optional(),
            receivedAt: z.iso.date().describe('The day the letter was received: the deadline counts from it'),
            language: z.enum(requestLanguages).default('sv'),
          })
          .refine((b) => b.contactId !== undefined || b.companyId !== undefined, {
            path: ['contactId'],
            message: 'contactId eller companyId krävs / contactId or companyId is required',
          }),
        response: { 201: staffRequestSchema },
      },
    },
    async (req, reply) => {
      const { receivedAt, ...rest } = req.body;
      const view = await deps.rights.register({
        ...rest,
        channel: 'letter',
        receivedAt: new Date(`${receivedAt}T00:00:00Z`),
        registeredBy: deps.actorOf(req).staffId,
      });
      return reply.code(201).send(staffView(view));
    },
  );

  /** One step of a request: POST /api/privacy/requests/:id/<path>, with a reason code where the step needs one. */
  function step<B extends z.ZodType>(
    path: string,
    summary: string,
    body: B | null,
    run: (id: string, body: z.output<B>) => Promise<RightsRequestView>,
  ) {
    app.post(
      `/api/privacy/requests/:id/${path}`,
      {
        preHandler: staff,
        schema: { tags, summary, params, ...(body ? { body } : {}), response: { 200: staffRequestSchema } },
      },
      async (req) => staffView(await run(req.params.id, req.body as z.output<B>)),
    );
  }

  const reason = <T extends Record<string, unknown>>(codes: T) => z.strictObject({ reason: z.enum(codesOf(codes)) });
  step(
    'pause',
    'Stop the clock: the person has been asked for proof of identity or supplementary information',
    reason(pauseReasons),
    (id, b) => deps.rights.pause(id, b.reason),
  );
  step('resume', 'The person has answered: the clock runs again', null, (id) => deps.rights.resume(id));
  step(
    'extend',
    'Extend the deadline by two months (GDPR art. 12(3)): only within the first month, the person told why',
    reason(extensionReasons),
    (id, b) => deps.rights.extend(id, b.reason),
  );
  step('complete', 'The request is answered', null, (id) => deps.rights.complete(id));
  step(
    'refuse',
    'Refuse the request, with the reason the person is told (they may complain to IMY)',
    reason(refusalReasons),
    (id, b) => deps.rights.refuse(id, b.reason),
  );

  app.get(
    '/api/customers/me/privacy-requests',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'privacy'],
        summary: 'My requests about my personal data, with their status and the day they are answered by',
        response: { 200: z.object({ items: z.array(customerRequestSchema) }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: (await deps.rights.ofContact(deps.customerOf(req).contactId)).map(customerView) };
    },
  );

  app.post(
    '/api/customers/me/privacy-requests',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'privacy'],
        summary: 'Make a request about my personal data (access, rectification, erasure, objection, …)',
        body: z.strictObject({ kind: z.enum(requestKinds), language: z.enum(requestLanguages).default('sv') }),
        response: { 201: customerRequestSchema },
      },
    },
    async (req, reply) => {
      const { contactId, companyId, signedInAt } = deps.customerOf(req);
      // The account's sign-in is the proof of identity (policy §10): for a request that hands out,
      // changes or erases data it must be fresh, as for the register extract.
      if (
        (FRESH_SIGN_IN_KINDS as readonly string[]).includes(req.body.kind) &&
        (!signedInAt || deps.now().getTime() - signedInAt.getTime() > FRESH_SIGN_IN_MS)
      )
        throw new AppError(
          'forbidden',
          'Logga in igen för att göra den här begäran / Sign in again to make this request',
        );
      const view = await deps.rights.registerFromAccount({ contactId, companyId, ...req.body });
      const shown = customerView(view);
      await deps.acknowledge?.({ id: shown.id, kind: shown.kind, due: shown.due }, deps.customerOf(req).contactId);
      return reply.code(201).send(shown);
    },
  );
}
