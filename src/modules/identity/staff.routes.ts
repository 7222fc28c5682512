import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { StaffPrincipal, StaffService } from './staff.service.ts';
import type { ThrottledAttempts } from './throttle-http.ts';
import { newPasswordSchema } from './password-policy.ts';

export const STAFF_COOKIE = '__Host-ks_staff';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
  }
}

const principalSchema = z.object({
  displayName: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z.boolean(),
});

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
  const requireRole =
    (role: string): preHandlerAsyncHookHandler =>
    async (req) => {
      const p = await authenticate(req);
      if (p.mustChangePassword) throw new AppError('forbidden', 'Byt lösenord först / Change your password first');
      if (!p.roles.includes(role)) throw new AppError('forbidden', `Kräver rollen ${role} / Requires the role ${role}`);
    };
  /** A signed-in staff member with no pending password change; the purpose decides the rest. */
  const requireActiveStaff: preHandlerAsyncHookHandler = async (req) => {
    const p = await authenticate(req);
    if (p.mustChangePassword) throw new AppError('forbidden', 'Byt lösenord först / Change your password first');
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
        response: { 200: principalSchema },
      },
    },
    async (req, reply) => {
      const { email, password } = req.body;
      // Throttled per e-mail address + client address and per client address (throttle.ts).
      const { token, principal } = await attempts.attempt(req, reply, { action: 'staff_sign_in', account: email }, () =>
        staff.signIn(email, password, { ip: req.ip }),
      );
      // A new session at every sign-in; a session the browser held before ends.
      const previous = req.cookies[STAFF_COOKIE];
      if (previous) await staff.signOut(previous, { ip: req.ip });
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
