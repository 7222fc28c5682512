import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { consentChannels, consentTextByVersion } from './consent-texts.ts';
import type { ConsentLedger } from './consents.service.ts';
import { consentTextSchema } from './marketing.routes.ts';

export type ConsentRouteDeps = {
  ledger: ConsentLedger;
  requireCustomer: preHandlerAsyncHookHandler;
  customerOf: (req: FastifyRequest) => { contactId: string };
};

const accountConsent = z.object({
  id: z.uuid(),
  purpose: z.string(),
  channel: z.enum(consentChannels),
  textVersion: z.string(),
  textSha256: z.string(),
  /** The exact wording the person agreed to. */
  text: consentTextSchema.nullable(),
  source: z.string(),
  method: z.string(),
  givenAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawalMethod: z.string().nullable(),
});
const list = z.object({ items: z.array(accountConsent) });

/** The signed-in contact's consents: list, give (source `account`), withdraw (as easy as giving). */
export function registerConsentRoutes(app: App, deps: ConsentRouteDeps) {
  const items = async (contactId: string) => ({
    items: (await deps.ledger.listForContact(contactId)).map((c) => {
      const text = consentTextByVersion(c.textVersion);
      return {
        id: c.id,
        purpose: c.purpose,
        channel: c.channel,
        textVersion: c.textVersion,
        textSha256: c.textSha256,
        text: text ? { ...text } : null,
        source: c.source,
        method: c.method,
        givenAt: c.givenAt.toISOString(),
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
        withdrawalMethod: c.withdrawalMethod,
      };
    }),
  });

  app.get(
    '/api/customers/me/consents',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['marketing', 'customers'],
        summary: 'My consents to marketing, with the exact text version of each',
        response: { 200: list },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return items(deps.customerOf(req).contactId);
    },
  );

  app.post(
    '/api/customers/me/consents',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['marketing', 'customers'],
        summary: 'Give consent to marketing on one or more channels (source: account)',
        body: z.strictObject({
          channels: z
            .array(z.enum(consentChannels))
            .min(1, 'choose at least one channel')
            .refine((c) => new Set(c).size === c.length, 'each channel once'),
          textVersions: z.partialRecord(z.enum(consentChannels), z.string().min(1).max(100)).optional(),
        }),
        response: { 201: list },
      },
    },
    async (req, reply) => {
      const { contactId } = deps.customerOf(req);
      await deps.ledger.giveForContact(contactId, req.body.channels, req.body.textVersions);
      return reply.code(201).send(await items(contactId));
    },
  );

  app.post(
    '/api/customers/me/consents/:id/withdraw',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['marketing', 'customers'],
        summary: 'Withdraw a consent: effective at once; the record is deleted at the next retention sweep',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: list },
      },
    },
    async (req) => {
      const { contactId } = deps.customerOf(req);
      await deps.ledger.withdrawForContact(contactId, req.params.id);
      return items(contactId);
    },
  );
}
