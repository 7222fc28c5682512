import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { AccessLogWriter, PurposeAccess, StaffActor, SubjectRef } from '#src/modules/privacy/index.ts';
import { invoicesInventory } from './invoices.data.ts';
import { invoices } from './invoices.tables.ts';
import { findInvoice, type InvoiceWithLines } from './invoices.service.ts';
import { registerInvoicePayment } from './invoices.payments.ts';
import { renderInvoicePdf, type InvoicePdfData } from './invoice-pdf.ts';
import { stockholmDate } from './bookkeeping.service.ts';

export type InvoiceRouteDeps = {
  db: Db;
  clock: Clock;
  access: PurposeAccess;
  accessLog: AccessLogWriter;
  staff: {
    requireRole: (role: string) => preHandlerAsyncHookHandler;
    requireActiveStaff: preHandlerAsyncHookHandler;
    actorOf: (req: FastifyRequest) => StaffActor;
  };
  requireCustomer: preHandlerAsyncHookHandler;
};

const [invoicesTable, invoiceLinesTable] = invoicesInventory as [
  (typeof invoicesInventory)[0],
  (typeof invoicesInventory)[1],
];
const invoiceNumberParam = z.string().regex(/^\d{4}-\d{6}$/, 'an invoice number such as 2026-000001');
const langQuery = z.enum(['sv', 'en']).default('sv').describe('Swedish by default, English on request');
const status = z.enum(['unpaid', 'partially_paid', 'paid', 'overpaid']);
const summary = z.object({
  invoiceNumber: z.string(),
  orderNumber: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  totalIncVatOre: z.number().int(),
  paidOre: z.number().int(),
  status,
});
const pick = (i: typeof invoices.$inferSelect) => ({
  invoiceNumber: i.invoiceNumber,
  orderNumber: i.orderNumber,
  issueDate: i.issueDate,
  dueDate: i.dueDate,
  totalIncVatOre: i.totalIncVatOre,
  paidOre: i.paidOre,
  status: i.status,
});

/** The data subject an invoice is about: the buying company, else the contact, else the guest order. */
function subjectOf(inv: InvoiceWithLines): SubjectRef {
  if (inv.companyId) return { type: 'company', id: inv.companyId };
  if (inv.contactId) return { type: 'contact', id: inv.contactId };
  // A guest without an account: the access log's subject type 'guest', keyed by the order.
  return { type: 'guest' as SubjectRef['type'], id: inv.orderId ?? inv.id };
}

const sendPdf = (
  reply: { header(k: string, v: string): unknown; type(t: string): { send(b: Buffer): unknown } },
  number: string,
  pdf: Buffer,
) => {
  reply.header('content-disposition', `inline; filename="faktura-${number}.pdf"`);
  reply.header('cache-control', 'no-store');
  return reply.type('application/pdf').send(pdf);
};

/** Customer and finance routes for invoices: list, PDF, payment registration. */
export function registerInvoiceRoutes(app: App, deps: InvoiceRouteDeps) {
  const { db, clock, access, staff } = deps;

  app.get(
    '/api/customers/me/invoices',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'invoices'],
        summary: 'The invoices of the signed-in contact’s company',
        response: { 200: z.object({ items: z.array(summary) }) },
      },
    },
    async (req) => {
      const rows = await db
        .select()
        .from(invoices)
        .where(eq(invoices.companyId, req.customer!.companyId))
        .orderBy(desc(invoices.issueDate), desc(invoices.sequence));
      return { items: rows.map(pick) };
    },
  );

  app.get(
    '/api/customers/me/invoices/:invoiceNumber/pdf',
    {
      preHandler: deps.requireCustomer,
      schema: {
        tags: ['customers', 'invoices'],
        summary: 'An invoice of the signed-in contact’s company as PDF (Swedish; ?lang=en for English)',
        params: z.strictObject({ invoiceNumber: invoiceNumberParam }),
        querystring: z.strictObject({ lang: langQuery }),
      },
    },
    async (req, reply) => {
      const inv = await findInvoice(db, req.params.invoiceNumber);
      // Another company's invoice is answered as if it did not exist.
      if (!inv || inv.companyId !== req.customer!.companyId)
        throw new AppError('not_found', 'Ingen sådan faktura / No such invoice');
      return sendPdf(reply, inv.invoiceNumber, await renderInvoicePdf(inv, req.query.lang));
    },
  );

  const purpose = z.enum(['a.orders', 'g.legal_obligations']).default('g.legal_obligations');

  app.get(
    '/api/staff/invoices',
    {
      preHandler: staff.requireActiveStaff,
      schema: {
        tags: ['staff', 'invoices'],
        summary: 'Invoices for finance: unpaid, overdue or all (amounts and status; no buyer data)',
        querystring: z.strictObject({ filter: z.enum(['open', 'overdue', 'all']).default('open'), purpose }),
        response: { 200: z.object({ items: z.array(summary) }) },
      },
    },
    async (req) => {
      access.roleForPurpose(staff.actorOf(req), req.query.purpose);
      const open = inArray(invoices.status, ['unpaid', 'partially_paid']);
      const where: SQL | undefined =
        req.query.filter === 'all'
          ? undefined
          : req.query.filter === 'open'
            ? open
            : and(open, lt(invoices.dueDate, stockholmDate(clock.now())));
      const rows = await db
        .select()
        .from(invoices)
        .where(where)
        .orderBy(desc(invoices.issueDate), desc(invoices.sequence))
        .limit(200);
      return { items: rows.map(pick) };
    },
  );

  app.get(
    '/api/staff/invoices/:invoiceNumber/pdf',
    {
      preHandler: staff.requireActiveStaff,
      schema: {
        tags: ['staff', 'invoices'],
        summary: 'An invoice as PDF, for a purpose (each read is in the access log)',
        params: z.strictObject({ invoiceNumber: invoiceNumberParam }),
        querystring: z.strictObject({ purpose, lang: langQuery }),
      },
    },
    async (req, reply) => {
      const actor = staff.actorOf(req);
      const found = await findInvoice(db, req.params.invoiceNumber);
      if (!found) throw new AppError('not_found', 'Ingen sådan faktura / No such invoice');
      const read = await access.read(
        {
          actor,
          purpose: req.query.purpose,
          subject: subjectOf(found),
          tables: { invoice: invoicesTable, lines: invoiceLinesTable },
        },
        async () => ({ invoice: found as Record<string, unknown>, lines: found.lines as Record<string, unknown>[] }),
      );
      const invoice = read!.invoice as Partial<InvoicePdfData> | null;
      // The PDF is all or nothing: a role that may not see every field of it gets none.
      if (!invoice || invoice.buyerName === undefined || invoice.totalIncVatOre === undefined)
        throw new AppError('forbidden', 'Din roll får inte se hela fakturan / Your role may not see the whole invoice');
      return sendPdf(reply, found.invoiceNumber, await renderInvoicePdf(found, req.query.lang));
    },
  );

  app.post(
    '/api/staff/invoices/payments',
    {
      preHandler: staff.requireRole('finance'),
      schema: {
        tags: ['staff', 'invoices'],
        summary: 'Register a payment against the invoice its OCR reference names (part and over-payments allowed)',
        body: z.strictObject({
          ocr: z.string().trim().min(2).max(40),
          amountOre: z.number().int().positive(),
          paidOn: z.iso.date(),
        }),
        response: {
          201: z.object({
            invoiceNumber: z.string(),
            totalIncVatOre: z.number().int(),
            paidOre: z.number().int(),
            balanceOre: z.number().int(),
            status,
            voucher: z.object({ series: z.string(), number: z.number().int() }),
          }),
        },
      },
    },
    async (req, reply) => {
      const actor = staff.actorOf(req);
      const result = await registerInvoicePayment(db, { ...req.body, registeredBy: actor.staffId, now: clock.now() });
      const inv = await findInvoice(db, result.invoiceNumber);
      await deps.accessLog.append({
        actorType: 'staff',
        actorId: actor.staffId,
        actorRole: 'finance',
        purpose: 'a.orders',
        ...(() => {
          const s = subjectOf(inv!);
          return { subjectType: s.type, subjectId: s.id };
        })(),
        categories: ['payment_details'],
        action: 'update',
        ip: actor.ip,
      });
      return reply.code(201).send(result);
    },
  );
}
