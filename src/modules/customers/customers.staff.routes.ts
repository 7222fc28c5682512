import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { purposes, type PurposeId } from '#src/modules/policy/index.ts';
import type { PurposeAccess, StaffActor } from '#src/modules/privacy/index.ts';
import { customersInventory } from './customers.data.ts';
import { findContact, searchContacts } from './customers.staff.repo.ts';

const [companiesTable, contactsTable] = customersInventory as [
  (typeof customersInventory)[0],
  (typeof customersInventory)[1],
];
const tables = { contact: contactsTable, company: companiesTable };

const purposeSchema = z
  .enum(purposes.map((p) => p.id) as [PurposeId, ...PurposeId[]])
  .describe('The purpose the data is needed for');

// Every field optional: what is returned depends on the purpose and the role (need-to-know).
const contactOut = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  fullName: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().nullable().optional(),
  companyAdmin: z.boolean(),
  emailVerifiedAt: z.date().nullable(),
  createdAt: z.date(),
});
const companyOut = z.object({
  id: z.uuid(),
  orgNr: z.string().optional(),
  name: z.string().optional(),
  legalForm: z.string().optional(),
  naturalPerson: z.boolean().optional(),
  street: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  createdAt: z.date(),
});
const customerOut = z.object({ contact: contactOut, company: companyOut });

export type StaffAuth = { requireStaffFor: preHandlerAsyncHookHandler; actorOf: (req: FastifyRequest) => StaffActor };

/** Staff customer lookup, purpose-bound: fields follow the purpose; every read is logged. */
export function registerCustomersStaffRoutes(app: App, deps: { db: Db; access: PurposeAccess; auth: StaffAuth }) {
  const { db, access, auth } = deps;

  app.post(
    '/api/staff/customers/search',
    {
      preHandler: auth.requireStaffFor,
      schema: {
        tags: ['staff', 'customers'],
        summary: 'Find contact persons for a purpose (the search terms travel in the body, never in a URL)',
        body: z.strictObject({
          query: z.string().trim().min(2).max(100),
          purpose: purposeSchema,
          limit: z.number().int().min(1).max(50).default(20),
        }),
        response: { 200: z.object({ items: z.array(customerOut) }) },
      },
    },
    async (req) => {
      const actor = auth.actorOf(req);
      access.roleForPurpose(actor, req.body.purpose); // refuse before searching
      const rows = await searchContacts(db, req.body.query, req.body.limit);
      // All at once: the log writes the entries of one search together (group commit).
      const read = await Promise.all(
        rows.map((row) =>
          access.read(
            { actor, purpose: req.body.purpose, subject: { type: 'contact', id: row.contact.id }, tables },
            async () => row,
          ),
        ),
      );
      return { items: read.filter((one) => one !== null) as z.infer<typeof customerOut>[] };
    },
  );

  app.get(
    '/api/staff/customers/contacts/:contactId',
    {
      preHandler: auth.requireStaffFor,
      schema: {
        tags: ['staff', 'customers'],
        summary: 'One contact person and their company, for a purpose',
        params: z.strictObject({ contactId: z.uuid() }),
        querystring: z.strictObject({ purpose: purposeSchema }),
        response: { 200: customerOut },
      },
    },
    async (req, reply) => {
      const actor = auth.actorOf(req);
      const result = await access.read(
        { actor, purpose: req.query.purpose, subject: { type: 'contact', id: req.params.contactId }, tables },
        () => findContact(db, req.params.contactId),
      );
      if (!result) throw new AppError('not_found', 'Ingen sådan kontaktperson / No such contact person');
      reply.header('cache-control', 'no-store');
      return result as z.infer<typeof customerOut>;
    },
  );
}
