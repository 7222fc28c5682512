import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { App } from '#src/platform/http/index.ts';
import { roles } from '#src/modules/policy/index.ts';
import type { StaffAdmin } from './staff-admin.service.ts';
import type { createStaffGuards } from './staff.routes.ts';

const roleIds = roles.map((r) => r.id) as [string, ...string[]];
const roleList = z.array(z.enum(roleIds)).min(1).max(roleIds.length);
const params = z.strictObject({ id: z.uuid() });

const staffItem = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z.boolean(),
  secondFactorEnrolled: z.boolean(),
  disabled: z.boolean(),
});

/** Staff and role management: system administrators only (403 for every other role). */
export function registerStaffAdminRoutes(app: App, admin: StaffAdmin, guards: ReturnType<typeof createStaffGuards>) {
  const preHandler = guards.requireRole('system_administration');
  const ctx = (req: FastifyRequest) => ({ ip: req.ip, actorId: req.staff!.staffId });

  app.get(
    '/api/staff/users',
    { preHandler, schema: { tags: ['staff admin'], response: { 200: z.object({ items: z.array(staffItem) }) } } },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: await admin.list() };
    },
  );

  app.post(
    '/api/staff/users',
    {
      preHandler,
      schema: {
        tags: ['staff admin'],
        summary: 'Create a staff member with a one-time password (shown once)',
        body: z.strictObject({
          email: z.email().max(254),
          displayName: z.string().trim().min(1).max(200),
          roles: roleList,
        }),
        response: { 201: z.object({ id: z.string(), email: z.string(), oneTimePassword: z.string() }) },
      },
    },
    async (req, reply) => {
      const created = await admin.create(req.body, ctx(req));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/api/staff/users/:id/roles',
    {
      preHandler,
      schema: { tags: ['staff admin'], params, body: z.strictObject({ roles: roleList }) },
    },
    async (req, reply) => {
      await admin.setRoles(req.params.id, req.body.roles, ctx(req));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/staff/users/:id/disable',
    { preHandler, schema: { tags: ['staff admin'], summary: 'Disable (ends every session at once)', params } },
    async (req, reply) => {
      await admin.disable(req.params.id, ctx(req));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/staff/users/:id/second-factor/reset',
    { preHandler, schema: { tags: ['staff admin'], summary: 'Reset two-step verification (ends sessions)', params } },
    async (req, reply) => {
      await admin.resetSecondFactor(req.params.id, ctx(req));
      return reply.code(204).send();
    },
  );
}
