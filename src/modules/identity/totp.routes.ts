import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { StaffService } from './staff.service.ts';
import type { createStaffGuards } from './staff.routes.ts';
import type { ThrottledAttempts } from './throttle-http.ts';

/**
 * Enrolment of the TOTP second factor by the signed-in staff member (who has no other access
 * until it is confirmed). The secret and the recovery codes are shown once, never again.
 */
export function registerTotpRoutes(
  app: App,
  staff: StaffService,
  guards: ReturnType<typeof createStaffGuards>,
  attempts: ThrottledAttempts,
) {
  app.post(
    '/api/staff/second-factor/enrolment',
    {
      preHandler: guards.requireStaff,
      schema: {
        tags: ['staff'],
        summary: 'Start two-step verification: a new TOTP secret, shown once',
        response: { 200: z.object({ secret: z.string(), otpauthUri: z.string() }) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return staff.totp.startEnrolment(req.staff!.staffId, req.staff!.displayName);
    },
  );

  app.post(
    '/api/staff/second-factor/enrolment/confirm',
    {
      preHandler: guards.requireStaff,
      schema: {
        tags: ['staff'],
        summary: 'Confirm two-step verification with a first code; returns 10 one-time recovery codes, shown once',
        body: z.strictObject({ code: z.string().regex(/^\d{6}$/, 'Sex siffror / Six digits') }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (req, reply) => {
      const staffId = req.staff!.staffId;
      reply.header('cache-control', 'no-store');
      const recoveryCodes = await attempts.attempt(
        req,
        reply,
        { action: 'staff_sign_in', account: `enrolment:${staffId}` },
        () => staff.totp.confirmEnrolment(staffId, req.body.code, req.ip),
        { isFailure: (err) => err instanceof AppError && err.code === 'validation' },
      );
      return { recoveryCodes };
    },
  );
}
