import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError, validationError } from '#src/platform/errors/index.ts';
import type { TableInventory } from './inventory.ts';
import type { StaffActor } from './purpose-access.ts';
import { RIGHTS_REQUEST_HANDLERS } from './rights.routes.ts';
import { rightsRequests } from './rights.tables.ts';
import { ident, rowsOf } from './erasure.rows.ts';
import type { Rectifications } from './rectification.ts';

export type RectificationRouteDeps = {
  db: Db;
  inventory: readonly TableInventory[];
  rectifications: Rectifications;
  requireActiveStaff: preHandlerAsyncHookHandler;
  actorOf: (req: FastifyRequest) => StaffActor;
};

/**
 * Corrections the customer cannot make in the account (the company's name and address, a
 * contact's details on their behalf), made by the privacy officer on a rectification request.
 * Any personal text column of the person's own row (a table keyed by the contact's or company's
 * id in the inventory) may be corrected; the recipients that got it are told (art. 19).
 */
export function registerRectificationRoutes(app: App, deps: RectificationRouteDeps) {
  const privacyOfficer: preHandlerAsyncHookHandler = async (req) => {
    if (!deps.actorOf(req).roles.some((r) => (RIGHTS_REQUEST_HANDLERS as readonly string[]).includes(r)))
      throw new AppError('forbidden', 'Kräver rollen privacy_officer / Requires the role privacy_officer');
  };
  const own = deps.inventory.filter((t) => t.scope === 'customer' && t.subjectKey?.column === 'id');

  app.post(
    '/api/privacy/requests/:id/corrections',
    {
      preHandler: [deps.requireActiveStaff, privacyOfficer],
      schema: {
        tags: ['privacy', 'staff'],
        summary: 'Correct a detail of the person (rectification, GDPR art. 16) and tell its recipients (art. 19)',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({
          table: z.enum(own.map((t) => t.table) as [string, ...string[]]),
          column: z.string().min(1).max(63),
          value: z.string().trim().min(1).max(200),
        }),
        response: { 200: z.object({ table: z.string(), column: z.string(), recipientsTold: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const { table, column, value } = req.body;
      const inv = own.find((t) => t.table === table)!;
      const decl = inv.personal[column];
      if (!decl) throw validationError('body.column', `not a personal detail of ${table}`);
      const [r] = await deps.db.select().from(rightsRequests).where(eq(rightsRequests.id, req.params.id));
      if (!r) throw new AppError('not_found', 'Begäran finns inte / No such request');
      if (r.kind !== 'rectification')
        throw new AppError('conflict', 'Begäran gäller inte rättelse / Not a rectification request');
      if (r.status === 'completed' || r.status === 'refused')
        throw new AppError('conflict', 'Begäran är avslutad / The request is closed');
      const rowId = inv.subjectKey!.kind === 'contact' ? r.contactId : r.companyId;
      if (!rowId) throw validationError('body.table', 'the request names no such person or company');
      return deps.db.transaction(async (tx) => {
        const [type] = rowsOf<{ t: string }>(
          await tx.execute(sql`select data_type as t from information_schema.columns
                               where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`),
        );
        if (type?.t !== 'text') throw validationError('body.column', 'only text details can be corrected here');
        const updated = rowsOf<{ id: string }>(
          await tx.execute(
            sql`update ${ident(table)} set ${ident(column)} = ${value} where id = ${rowId} returning id`,
          ),
        );
        if (!updated.length)
          throw new AppError('not_found', 'Uppgiften finns inte längre / The record no longer exists');
        const told = await deps.rectifications.notifyRecipients(
          { contactId: r.contactId ?? rowId, companyId: r.companyId },
          [decl.category],
          { requestId: r.id, tx },
        );
        return { table, column, recipientsTold: told };
      });
    },
  );
}
