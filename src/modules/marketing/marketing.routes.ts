import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { consentChannels, currentConsentText } from './consent-texts.ts';
import type { ConsentLedger, ConsentRow } from './consents.service.ts';
import type { Signup } from './signup.service.ts';
import { signupInput } from './signup.types.ts';

/** The throttle of public forms (identity's `throttledAttempts`), by client address only. */
export type PublicFormThrottle = {
  attempt<T>(
    req: FastifyRequest,
    reply: FastifyReply,
    key: { action: 'public_form'; account?: null },
    fn: () => Promise<T>,
    opts: { counts: 'every_attempt' },
  ): Promise<T>;
};

export type MarketingRouteDeps = { signup: Signup; ledger: ConsentLedger; attempts: PublicFormThrottle };

export const consentTextSchema = z.object({
  version: z.string(),
  purpose: z.string(),
  channel: z.enum(consentChannels),
  sv: z.string(),
  en: z.string(),
  sha256: z.string(),
});

const confirmedConsent = z.object({
  channel: z.enum(consentChannels),
  textVersion: z.string(),
  textSha256: z.string(),
  givenAt: z.string(),
  confirmedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const consentView = (c: ConsentRow) => ({
  channel: c.channel,
  textVersion: c.textVersion,
  textSha256: c.textSha256,
  givenAt: c.givenAt.toISOString(),
  confirmedAt: c.confirmedAt.toISOString(),
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
});

const tokenBody = z.strictObject({ token: z.string().min(1).max(4000) });

/** Public: the consent texts, sign-up with double opt-in, confirmation, one-click withdrawal. */
export function registerMarketingRoutes(app: App, deps: MarketingRouteDeps) {
  app.get(
    '/api/marketing/consent-texts',
    {
      schema: {
        tags: ['marketing'],
        summary: 'The consent texts shown today, per channel, with their versions and SHA-256',
        response: { 200: z.object({ items: z.array(consentTextSchema) }) },
      },
    },
    async () => ({ items: consentChannels.map((c) => ({ ...currentConsentText(c) })) }),
  );

  app.post(
    '/api/marketing/signup',
    {
      schema: {
        tags: ['marketing'],
        summary: 'Sign up for marketing: sends a confirmation link; nothing is stored until it is confirmed',
        description:
          'Double opt-in. The sign-up is sealed (AES-256-GCM) into the link of the confirmation e-mail, valid 48 hours; the database holds nothing about it. Always 202 with the same body.',
        body: signupInput,
        response: { 202: z.object({ status: z.literal('confirmation_sent'), message: z.string() }) },
      },
    },
    async (req, reply) => {
      await deps.attempts.attempt(req, reply, { action: 'public_form' }, () => deps.signup.signup(req.body), {
        counts: 'every_attempt',
      });
      return reply.code(202).send({
        status: 'confirmation_sent' as const,
        message:
          'Kontrollera din e-post och bekräfta med länken. Ingenting sparas förrän du bekräftar. / Check your e-mail and confirm with the link. Nothing is saved until you confirm.',
      });
    },
  );

  app.post(
    '/api/marketing/confirm',
    {
      schema: {
        tags: ['marketing'],
        summary: 'Confirm a sign-up with the token of its link: registers the prospect and the consents (idempotent)',
        body: tokenBody,
        response: {
          200: z.object({
            status: z.enum(['confirmed', 'already_confirmed']),
            consents: z.array(confirmedConsent),
            withdrawToken: z.string(),
          }),
        },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      const r = await deps.ledger.confirm(req.body.token);
      return { status: r.status, consents: r.consents.map(consentView), withdrawToken: r.withdrawToken };
    },
  );

  app.post(
    '/api/marketing/withdraw',
    {
      schema: {
        tags: ['marketing'],
        summary: 'Withdraw consent with the token of the link in a mail: effective at once',
        body: tokenBody,
        response: { 200: z.object({ status: z.literal('withdrawn'), withdrawn: z.number().int() }) },
      },
    },
    async (req) => {
      const r = await deps.ledger.withdrawByToken(req.body.token);
      return { status: 'withdrawn' as const, withdrawn: r.withdrawn };
    },
  );
}
