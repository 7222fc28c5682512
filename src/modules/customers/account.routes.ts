import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { ThrottledAttempts } from '#src/modules/identity/index.ts';
import type { Customers } from './customers.api.ts';
import {
  clearSessionCookie,
  isPasswordFailure,
  noStore,
  principalSchema,
  setSessionCookie,
} from './customers.guards.ts';
import {
  acceptInvitationSchema,
  emailChangeSchema,
  idParamsSchema,
  invitationSchema,
  profilePatchSchema,
  terminationSchema,
  tokenBodySchema,
} from './customers.types.ts';

const bilingual = z.object({ sv: z.string(), en: z.string() });

const meSchema = z.object({
  contact: z.object({
    id: z.uuid(),
    fullName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    companyAdmin: z.boolean(),
  }),
  company: z.object({
    name: z.string(),
    orgNr: z.string(),
    legalForm: z.string(),
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
  }),
  colleagues: z.array(z.object({ id: z.uuid(), fullName: z.string(), email: z.string(), companyAdmin: z.boolean() })),
  invitations: z.array(z.object({ id: z.uuid(), email: z.string(), expiresAt: z.string() })).nullable(),
});

const planSchema = z.object({
  company: z.object({ name: z.string(), orgNr: z.string() }),
  lastContact: z.boolean(),
  newAdmin: z.object({ fullName: z.string() }).nullable(),
  deletedNow: z.array(
    z.object({ id: z.string(), title: bilingual, detail: bilingual, count: z.number().int().nullable() }),
  ),
  kept: z.array(
    z.object({
      id: z.string(),
      title: bilingual,
      detail: bilingual,
      count: z.number().int(),
      laws: z.array(
        z.object({
          rule: z.string(),
          citation: z.string(),
          name: bilingual,
          statement: bilingual,
          keptData: bilingual,
          until: z.iso.date(),
          condition: bilingual.nullable(),
        }),
      ),
    }),
  ),
});

const accepted = z.object({ status: z.literal('accepted'), message: z.string() });

/** The signed-in customer's own account: profile, e-mail, colleagues, termination. */
export function registerAccountRoutes(app: App, deps: { customers: Customers; attempts: ThrottledAttempts }) {
  const { customers: c, attempts } = deps;
  const signedIn = { preHandler: c.guard.requireCustomer, onSend: noStore };
  /** A password typed again to confirm: wrong guesses are throttled like sign-in. */
  const withPassword = <T>(
    req: Parameters<typeof attempts.attempt>[0],
    reply: Parameters<typeof attempts.attempt>[1],
    fn: () => Promise<T>,
  ) =>
    attempts.attempt(req, reply, { action: 'customer_sign_in', account: req.customer!.contactId }, fn, {
      isFailure: isPasswordFailure,
    });

  app.get(
    '/api/customers/me',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'The signed-in contact: profile, company, colleagues (and open invitations for the administrator)',
        response: { 200: meSchema },
      },
    },
    async (req) => c.account.me(req.customer!.contactId),
  );

  app.patch(
    '/api/customers/me',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'Correct your name or phone number (phone null removes it)',
        body: profilePatchSchema,
        response: { 200: meSchema },
      },
    },
    async (req) => c.account.updateProfile(req.customer!.contactId, req.body),
  );

  app.post(
    '/api/customers/me/email-changes',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'Ask to change your e-mail address; it takes effect when confirmed from the new address',
        body: emailChangeSchema,
        response: { 202: accepted },
      },
    },
    async (req, reply) => {
      await withPassword(req, reply, () =>
        c.account.requestEmailChange(req.customer!.contactId, req.body.newEmail, req.body.password),
      );
      return reply.code(202).send({
        status: 'accepted' as const,
        message:
          'Vi har skickat en länk till den nya adressen. Bytet gäller när du har bekräftat det. / We have sent a link to the new address. The change takes effect when you confirm it.',
      });
    },
  );

  app.post(
    '/api/customers/email-changes/confirm',
    {
      onSend: noStore,
      schema: {
        tags: ['customers'],
        summary: 'Confirm a change of e-mail address with the token of the link sent to the new address',
        body: tokenBodySchema,
      },
    },
    async (req, reply) => {
      await c.account.confirmEmailChange(req.body.token);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/customers/invitations',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'Invite a colleague by e-mail (company administrator only; the link is valid 7 days)',
        body: invitationSchema,
        response: { 202: accepted },
      },
    },
    async (req, reply) => {
      await c.colleagues.invite(req.customer!, req.body.email);
      return reply.code(202).send({
        status: 'accepted' as const,
        message: 'Inbjudan är skickad. / The invitation has been sent.',
      });
    },
  );

  app.delete(
    '/api/customers/invitations/:id',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'Withdraw an invitation (company administrator only)',
        params: idParamsSchema,
      },
    },
    async (req, reply) => {
      await c.colleagues.revokeInvitation(req.customer!, req.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/customers/invitations/lookup',
    {
      onSend: noStore,
      schema: {
        tags: ['customers'],
        summary: 'Which company an invitation link is for, and to which address (the link stays usable)',
        body: tokenBodySchema,
        response: { 200: z.object({ companyName: z.string(), email: z.string() }) },
      },
    },
    async (req) => c.colleagues.lookupInvitation(req.body.token),
  );

  app.post(
    '/api/customers/invitations/accept',
    {
      onSend: noStore,
      schema: {
        tags: ['customers'],
        summary: 'Accept an invitation: name and password; signs the new contact in',
        body: acceptInvitationSchema,
        response: { 201: principalSchema },
      },
    },
    async (req, reply) => {
      const { token, principal } = await c.colleagues.accept(req.body);
      setSessionCookie(reply, token);
      return reply.code(201).send(principal);
    },
  );

  app.delete(
    '/api/customers/colleagues/:id',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary:
          'Remove a colleague (company administrator only): their sign-in ends; their data is handled as at termination',
        params: idParamsSchema,
        response: { 200: planSchema },
      },
    },
    async (req) => c.colleagues.remove(req.customer!, req.params.id),
  );

  app.get(
    '/api/customers/me/termination',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'What terminating the account would delete at once, and what the law keeps, why and until when',
        response: { 200: planSchema },
      },
    },
    async (req) => c.account.terminationPlan(req.customer!.contactId),
  );

  app.post(
    '/api/customers/me/termination',
    {
      ...signedIn,
      schema: {
        tags: ['customers'],
        summary: 'Terminate the account (§6), confirmed with the password; a letter summarises what was done',
        body: terminationSchema,
        response: { 200: planSchema },
      },
    },
    async (req, reply) => {
      const plan = await withPassword(req, reply, () =>
        c.account.terminateOwn(req.customer!.contactId, req.body.password),
      );
      clearSessionCookie(reply);
      return plan;
    },
  );
}
