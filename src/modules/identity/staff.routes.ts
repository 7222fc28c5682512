import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError, validationError } from '#src/platform/errors/index.ts';
import type { StaffPrincipal, StaffService } from './staff.service.ts';
import type { ThrottledAttempts } from './throttle-http.ts';
import { newPasswordSchema } from './password-policy.ts';

export const STAFF_COOKIE = '__Host-ks_staff';
/** The pending state between password and second factor (a token whose hash is stored; 5 minutes). */
export const STAFF_CHALLENGE_COOKIE = '__Host-ks_staff_2fa';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
  }
}

const principalSchema = z.object({
  displayName: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z.boolean(),
  mustEnrolSecondFactor: z.boolean(),
});
const secondFactorSchema = z.object({ secondFactorRequired: z.literal(true) });

const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' } as const;

export function createStaffGuards(staff: StaffService) {
  async function authenticate(req: FastifyRequest): Promise<StaffPrincipal> {
    const token = req.cookies[STAFF_COOKIE];
    const principal = token ? await staff.authenticate(token) : null;
    if (!principal) throw new AppError('unauthenticated', 'Logga in / Sign in');
    req.staff = principal;
    return principal;
  }
  /** Any signed-in staff member, also one who must still change a one-time password. */
  const requireStaff: preHandlerAsyncHookHandler = async (req) => {
    await authenticate(req);
  };
  /** A staff member holding the role (and no pending password change). */
  const assertActive = (p: StaffPrincipal) => {
    if (p.mustChangePassword) throw new AppError('forbidden', 'Byt lösenord först / Change your password first');
    if (p.mustEnrolSecondFactor)
      throw new AppError('forbidden', 'Aktivera tvåstegsverifiering först / Set up two-step verification first');
  };
  const requireRole =
    (role: string): preHandlerAsyncHookHandler =>
    async (req) => {
      const p = await authenticate(req);
      assertActive(p);
      if (!p.roles.includes(role)) throw new AppError('forbidden', `Kräver rollen ${role} / Requires the role ${role}`);
    };
  /** A signed-in staff member with no pending password change; the purpose decides the rest. */
  const requireActiveStaff: preHandlerAsyncHookHandler = async (req) => {
    assertActive(await authenticate(req));
  };
  /** Who is asking, for purpose-bound access and the access log. */
  const actorOf = (req: FastifyRequest) => ({ staffId: req.staff!.staffId, roles: req.staff!.roles, ip: req.ip });
  return { requireStaff, requireRole, requireActiveStaff, actorOf };
}

export function registerStaffRoutes(
  app: App,
  staff: StaffService,
  guards: ReturnType<typeof createStaffGuards>,
  attempts: ThrottledAttempts,
) {
  app.post(
    '/api/staff/session',
    {
      schema: {
        tags: ['staff'],
        summary: 'Sign in to the back office',
        body: z.strictObject({ email: z.email().max(254), password: z.string().min(1).max(1024) }),
        response: { 200: z.union([principalSchema, secondFactorSchema]) },
      },
    },
    async (req, reply) => {
      const { email, password } = req.body;
      // Throttled per e-mail address + client address and per client address (throttle.ts).
      const result = await attempts.attempt(req, reply, { action: 'staff_sign_in', account: email }, () =>
        staff.signIn(email, password, { ip: req.ip }),
      );
      // A new session at every sign-in; a session the browser held before ends.
      const previous = req.cookies[STAFF_COOKIE];
      if (previous) await staff.signOut(previous, { ip: req.ip });
      if (result.step === 'second_factor') {
        reply.clearCookie(STAFF_COOKIE, cookieOptions);
        reply.setCookie(STAFF_CHALLENGE_COOKIE, result.challenge, { ...cookieOptions, maxAge: 5 * 60 });
        return { secondFactorRequired: true as const };
      }
      reply.setCookie(STAFF_COOKIE, result.token, cookieOptions);
      return result.principal;
    },
  );

  app.post(
    '/api/staff/session/second-factor',
    {
      schema: {
        tags: ['staff'],
        summary: 'Second sign-in step: a code from the authenticator app, or a one-time recovery code',
        body: z.strictObject({
          code: z
            .string()
            .regex(/^\d{6}$/, 'Sex siffror / Six digits')
            .optional(),
          recoveryCode: z.string().min(1).max(64).optional(),
        }),
        response: { 200: principalSchema },
      },
    },
    async (req, reply) => {
      const { code, recoveryCode } = req.body;
      if ((code === undefined) === (recoveryCode === undefined))
        throw validationError('body.code', 'Ange en kod eller en återställningskod / Give a code or a recovery code');
      const challenge = req.cookies[STAFF_CHALLENGE_COOKIE];
      const staffId = challenge ? await staff.totp.challengeOwner(challenge) : null;
      if (!challenge || !staffId) throw new AppError('unauthenticated', 'Logga in igen / Sign in again');
      // Throttled like the password step, under the staff member (not the address typed).
      const done = await attempts.attempt(
        req,
        reply,
        { action: 'staff_sign_in', account: `second-factor:${staffId}` },
        () => staff.totp.completeChallenge(challenge, { code, recoveryCode }, req.ip),
      );
      const previous = req.cookies[STAFF_COOKIE];
      if (previous) await staff.signOut(previous, { ip: req.ip });
      const { token, principal } = await staff.openSession(done.staffId, { ip: req.ip }, done.via);
      reply.clearCookie(STAFF_CHALLENGE_COOKIE, cookieOptions);
      reply.setCookie(STAFF_COOKIE, token, cookieOptions);
      return principal;
    },
  );

  app.delete(
    '/api/staff/session',
    { schema: { tags: ['staff'], summary: 'Sign out' } },
    async (req, reply: FastifyReply) => {
      const token = req.cookies[STAFF_COOKIE];
      if (token) await staff.signOut(token, { ip: req.ip });
      reply.clearCookie(STAFF_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/staff/me',
    { preHandler: guards.requireStaff, schema: { tags: ['staff'], response: { 200: principalSchema } } },
    async (req) => req.staff!,
  );

  app.post(
    '/api/staff/password',
    {
      preHandler: guards.requireStaff,
      schema: {
        tags: ['staff'],
        summary: 'Set a new password (ends every session of the user)',
        body: z.strictObject({ newPassword: newPasswordSchema }),
      },
    },
    async (req, reply) => {
      await staff.changePassword(req.staff!.staffId, req.body.newPassword, { ip: req.ip });
      reply.clearCookie(STAFF_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );
}
