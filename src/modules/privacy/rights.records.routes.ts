import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { CategoryId } from '#src/modules/policy/index.ts';
import { localizedSchema } from './access-log.labels.ts';
import { buildExtract } from './extract.build.ts';
import { renderExtractPdf } from './extract.pdf.ts';
import type { TableInventory } from './inventory.ts';
import type { AccessLogWriter, StaffActor } from './purpose-access.ts';
import type { RetentionTarget } from './retention.types.ts';
import {
  letterDeliveries,
  letterKinds,
  scanMediaTypes,
  supplementaryItems,
  verificationMethods,
  verificationStatuses,
} from './rights.records.codes.ts';
import type { RightsRecords } from './rights.records.ts';
import { privacyOfficerGuard, staffRequestSchema, staffView } from './rights.routes.ts';
import { MAX_SCAN_BASE64 } from './rights.scans.ts';
import type { RightsService } from './rights.service.ts';
import { requestKinds, requestLanguages } from './rights.types.ts';
import type { Verifications } from './rights.verification.ts';

export type RightsRecordsRouteDeps = {
  db: Db;
  clock: Clock;
  rights: RightsService;
  records: RightsRecords;
  verifications: Verifications;
  accessLog: AccessLogWriter;
  inventory: readonly TableInventory[];
  targets: readonly RetentionTarget[];
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
};

/** A scan travels as base64 in the JSON body: one request registers the letter and its scan, or nothing. */
const scanField = z
  .string()
  .min(1)
  .max(MAX_SCAN_BASE64 + 4, 'filen är större än 10 MB / the file is larger than 10 MB')
  .describe('The scanned letter, base64: PDF, JPEG or PNG (told by its first bytes), at most 10 MB');
const SCAN_BODY_LIMIT = MAX_SCAN_BASE64 + 64 * 1024;

const verificationSchema = z.object({
  id: z.uuid(),
  method: z.enum(verificationMethods),
  status: z.enum(verificationStatuses),
  reference: z.string().nullable(),
  personnummerGiven: z.boolean().describe('A personnummer was given (kept only as a keyed hash, never shown)'),
  startedAt: z.date(),
  startedBy: z.uuid().nullable(),
  completedAt: z.date().nullable(),
  completedBy: z.uuid().nullable(),
});
const detailSchema = z.object({
  request: staffRequestSchema,
  verifications: z.array(verificationSchema),
  methods: z.array(z.object({ id: z.enum(verificationMethods), label: localizedSchema })),
  attachments: z.array(
    z.object({
      id: z.uuid(),
      mediaType: z.enum(scanMediaTypes),
      bytes: z.number().int(),
      uploadedAt: z.date(),
      uploadedBy: z.uuid(),
    }),
  ),
  letters: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(letterKinds),
      language: z.enum(requestLanguages),
      delivery: z.enum(letterDeliveries),
      items: z.array(z.string()),
      sentAt: z.date(),
      sentBy: z.uuid().nullable(),
    }),
  ),
});

/**
 * The privacy officer's back office for one request: the record (verifications, scans, letters),
 * a written request registered with its scan, identity verification, asking for supplementary
 * information, and the register extract of the request's person — each download recorded in the
 * access log, as every staff read of personal data is.
 */
export function registerRightsRecordsRoutes(app: App, deps: RightsRecordsRouteDeps) {
  const staff = [deps.requireActiveStaff, privacyOfficerGuard(deps.actorOf)];
  const tags = ['privacy', 'staff'];
  const params = z.strictObject({ id: z.uuid() });

  app.get(
    '/api/privacy/requests/:id',
    {
      preHandler: staff,
      schema: {
        tags,
        summary: 'One request with its record (privacy officer)',
        params,
        response: { 200: detailSchema },
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      reply.header('cache-control', 'no-store');
      const request = await deps.rights.get(id);
      const [verifications, attachments, letters] = await Promise.all([
        deps.verifications.list(id),
        deps.records.attachments(id),
        deps.records.letters(id),
      ]);
      return {
        request: staffView(request),
        verifications,
        methods: deps.verifications.methods(),
        attachments,
        letters,
      };
    },
  );

  app.post(
    '/api/privacy/requests/letter',
    {
      preHandler: staff,
      bodyLimit: SCAN_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Register a written, signed request with its scanned letter (privacy officer); all or nothing',
        body: z
          .strictObject({
            kind: z.enum(requestKinds),
            contactId: z.uuid().optional(),
            companyId: z.uuid().optional(),
            receivedAt: z.iso.date().describe('The day the letter was received: the deadline counts from it'),
            language: z.enum(requestLanguages).default('sv'),
            scan: scanField,
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
      const view = await deps.records.registerLetter(
        { ...rest, receivedAt: new Date(`${receivedAt}T00:00:00Z`) },
        deps.actorOf(req).staffId,
      );
      return reply.code(201).send(staffView(view));
    },
  );

  app.post(
    '/api/privacy/requests/:id/attachments',
    {
      preHandler: staff,
      bodyLimit: SCAN_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Add a scan (PDF, JPEG, PNG) to a request',
        params,
        body: z.strictObject({ file: scanField }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await deps.records.attach(req.params.id, req.body.file, deps.actorOf(req).staffId)),
  );

  app.get(
    '/api/privacy/requests/:id/attachments/:attachmentId',
    {
      preHandler: staff,
      schema: {
        tags,
        summary: 'A scanned letter of a request (the read is recorded in the access log)',
        params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const request = await deps.rights.get(req.params.id);
      const file = await deps.records.readAttachment(req.params.id, req.params.attachmentId);
      await logRead(req, request, ['full_name', 'address'], 'read');
      return reply
        .type(file.mediaType)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `inline; filename="brev-${req.params.attachmentId}.${file.mediaType.split('/')[1]}"`,
        )
        .send(file.data);
    },
  );

  app.post(
    '/api/privacy/requests/:id/verifications',
    {
      preHandler: staff,
      schema: {
        tags,
        summary: 'Start verifying the person’s identity with a method; returns its reference and instructions',
        params,
        body: z.strictObject({ method: z.enum(verificationMethods) }),
        response: { 201: z.object({ verification: verificationSchema, instructions: localizedSchema }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await deps.verifications.start(req.params.id, req.body.method, deps.actorOf(req).staffId)),
  );

  app.post(
    '/api/privacy/requests/:id/verifications/:verificationId',
    {
      preHandler: staff,
      schema: {
        tags,
        summary:
          'Collect a verification’s outcome (the officer’s finding for a signed letter); a personnummer is kept only as a keyed hash',
        params: z.strictObject({ id: z.uuid(), verificationId: z.uuid() }),
        body: z.strictObject({
          outcome: z.enum(['verified', 'failed']).optional(),
          personnummer: z.string().max(20).optional(),
        }),
        response: { 200: verificationSchema },
      },
    },
    async (req) =>
      deps.verifications.collect(req.params.id, req.params.verificationId, req.body, deps.actorOf(req).staffId),
  );

  app.post(
    '/api/privacy/requests/:id/supplementary',
    {
      preHandler: staff,
      schema: {
        tags,
        summary: 'Ask the person for supplementary information by letter; the clock stops until they answer',
        params,
        body: z.strictObject({ items: z.array(z.enum(supplementaryItems)).min(1).max(supplementaryItems.length) }),
        response: { 200: staffRequestSchema },
      },
    },
    async (req) =>
      staffView(
        await deps.records.askSupplementary(req.params.id, [...new Set(req.body.items)], deps.actorOf(req).staffId),
      ),
  );

  app.get(
    '/api/privacy/requests/:id/extract',
    {
      preHandler: staff,
      schema: {
        tags,
        summary: 'The register extract of the request’s person, PDF or JSON (recorded in the access log)',
        params,
        querystring: z.strictObject({
          format: z.enum(['json', 'pdf']).default('pdf'),
          lang: z.enum(['sv', 'en']).optional(),
        }),
      },
    },
    async (req, reply) => {
      const request = await deps.rights.get(req.params.id);
      if (!request.contactId)
        throw new AppError(
          'conflict',
          'Begäran gäller ett företag utan kontaktperson; utdraget tas fram per kontaktperson / The request names a company without a contact person; extracts are per contact person',
        );
      const now = deps.clock.now();
      const extract = await buildExtract(
        deps.db,
        { inventory: deps.inventory, targets: deps.targets, now },
        request.contactId,
      );
      const categories = [
        ...new Set(extract.sections.flatMap((s) => s.explanations.map((e) => e.category.id as CategoryId))),
      ];
      await logRead(req, request, categories, 'export');
      const day = now.toISOString().slice(0, 10);
      reply.header('cache-control', 'no-store');
      if (req.query.format === 'pdf') {
        const pdf = await renderExtractPdf(extract, req.query.lang ?? request.language);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="registerutdrag-${day}.pdf"`)
          .send(pdf);
      }
      return reply
        .type('application/json')
        .header('content-disposition', `attachment; filename="registerutdrag-${day}.json"`)
        .send(extract);
    },
  );

  /** A staff read of the person's data, in the access log (nothing to log when nothing was handed out). */
  async function logRead(
    req: FastifyRequest,
    request: { contactId: string | null; companyId: string | null },
    categories: CategoryId[],
    action: 'read' | 'export',
  ) {
    if (categories.length === 0) return;
    const actor = deps.actorOf(req);
    const subject = request.contactId
      ? { subjectType: 'contact' as const, subjectId: request.contactId }
      : { subjectType: 'company' as const, subjectId: request.companyId! };
    await deps.accessLog.append({
      actorType: 'staff',
      actorId: actor.staffId,
      actorRole: 'privacy_officer',
      purpose: 'g.legal_obligations',
      ...subject,
      categories,
      action,
      ip: actor.ip,
    });
  }
}
