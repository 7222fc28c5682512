import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { ThrottledAttempts } from '#src/modules/identity/index.ts';
import type { Customers } from './customers.api.ts';
import { clearSessionCookie, CUSTOMER_COOKIE, noStore, principalSchema, setSessionCookie } from './customers.guards.ts';
import { registerAccountRoutes } from './account.routes.ts';
import {
  emailBodySchema,
  registrationSchema,
  resetCompleteSchema,
  signInSchema,
  tokenBodySchema,
} from './customers.types.ts';

const accepted = (message: string) => ({ status: 'accepted' as const, message });
const acceptedSchema = z.object({ status: z.literal('accepted'), message: z.string() });

/**
 * The customer account API. Public routes (registration, verification, sign-in, reset) answer a
 * known and an unknown address alike; one-time links carry their token in the body (the link's
 * fragment in the browser), never in a URL that reaches a log.
 */
export function registerCustomersRoutes(app: App, deps: { customers: Customers; attempts: ThrottledAttempts }) {
  const { customers: c, attempts } = deps;

  app.post(
    '/api/customers/registrations',
    {
      schema: {
        tags: ['customers'],
        summary: 'Register a company and its first contact person',
        description:
          'Always answers 202 with the same body, whether the address or company was known or not, so the answer reveals no account. The address gets a verification link (24 h), or a notice when it already has an account.',
        body: registrationSchema,
        response: { 202: z.object({ status: z.literal('pending_verification'), message: z.string() }) },
      },
    },
    async (req, reply) => {
      // Every submission counts, per e-mail address + client address and per client address.
      await attempts.attempt(
        req,
        reply,
        { action: 'registration', account: req.body.contact.email },
        () => c.customers.register(req.body),
        { counts: 'every_attempt' },
      );
      return reply.code(202).send({
        status: 'pending_verification' as const,
        message:
          'Tack! Kontrollera din e-post för att slutföra registreringen. / Thank you! Check your e-mail to complete the registration.',
      });
    },
  );

  app.post(
    '/api/customers/verify',
    {
      schema: {
        tags: ['customers'],
        summary: 'Confirm an e-mail address with the token of a verification link (once, within 24 h)',
        body: tokenBodySchema,
      },
    },
    async (req, reply) => {
      await c.customers.verify(req.body.token);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/customers/verification-requests',
    {
      schema: {
        tags: ['customers'],
        summary: 'Ask for a new verification link',
        description: 'Always 202: a link is mailed only to an address that has an account not yet verified.',
        body: emailBodySchema,
        response: { 202: acceptedSchema },
      },
    },
    async (req, reply) => {
      await attempts.attempt(
        req,
        reply,
        { action: 'registration', account: req.body.email },
        () => c.customers.resendVerification(req.body.email),
        { counts: 'every_attempt' },
      );
      return reply
        .code(202)
        .send(
          accepted(
            'Om adressen har ett konto som inte är bekräftat skickar vi en ny länk. / If the address has an unconfirmed account, we send a new link.',
          ),
        );
    },
  );

  app.post(
    '/api/customers/session',
    {
      onSend: noStore,
      schema: {
        tags: ['customers'],
        summary: 'Sign in (sets the __Host-ks_customer cookie)',
        description:
          'The same 401 for an unknown address, a wrong password and an address not yet verified. A new session token at every sign-in; 8 h idle, 30 days in all.',
        body: signInSchema,
        response: { 200: principalSchema },
      },
    },
    async (req, reply) => {
      const { token, principal } = await attempts.attempt(
        req,
        reply,
        { action: 'customer_sign_in', account: req.body.email },
        () => c.sessions.signIn(req.body.email, req.body.password),
      );
      setSessionCookie(reply, token);
      return principal;
    },
  );

  app.delete(
    '/api/customers/session',
    { schema: { tags: ['customers'], summary: 'Sign out (ends the session at once)' } },
    async (req, reply) => {
      const token = req.cookies[CUSTOMER_COOKIE];
      if (token) await c.sessions.signOut(token);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/customers/password-resets',
    {
      schema: {
        tags: ['customers'],
        summary: 'Ask for a password reset link (valid 1 h)',
        description: 'Always 202 with the same body: a link is mailed only to an address that has an account.',
        body: emailBodySchema,
        response: { 202: acceptedSchema },
      },
    },
    async (req, reply) => {
      await attempts.attempt(
        req,
        reply,
        { action: 'password_reset', account: req.body.email },
        () => c.account.requestPasswordReset(req.body.email),
        { counts: 'every_attempt' },
      );
      return reply
        .code(202)
        .send(
          accepted(
            'Om adressen har ett konto skickar vi en länk för att välja nytt lösenord. / If the address has an account, we send a link to choose a new password.',
          ),
        );
    },
  );

  app.post(
    '/api/customers/password-resets/confirm',
    {
      schema: {
        tags: ['customers'],
        summary: 'Set a new password with the token of a reset link; ends every session of the account',
        body: resetCompleteSchema,
      },
    },
    async (req, reply) => {
      await c.account.completePasswordReset(req.body.token, req.body.newPassword);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  registerAccountRoutes(app, deps);
}
