import type { App } from '#src/platform/http/index.ts';
import type { AppModule } from '#src/platform/module/index.ts';
import { invoiceReminderJob, type InvoiceJobDeps } from './invoices.jobs.ts';
import { registerInvoiceRoutes, type InvoiceRouteDeps } from './invoices.routes.ts';
import { registerBookkeepingRoutes } from './bookkeeping.routes.ts';

/** Invoicing and bookkeeping: the daily reminder job and the clauses they enforce. */
export const invoicingModule = (deps: InvoiceJobDeps): AppModule => ({
  name: 'orders.invoicing',
  jobs: [invoiceReminderJob(deps)],
  enforces: [
    {
      clause: 'purpose:a.orders',
      what: 'Invoices (the B2B default payment): gapless numbers, OCR references, PDF with the fields Mervärdesskattelagen 17 kap. requires, payments registered by OCR, reminders 7 and 21 days past due',
    },
    {
      clause: 'purpose:g.legal_obligations',
      what: 'Bookkeeping: a balanced voucher for every invoice and payment (series A, B, C), and the SIE 4 export of each fiscal year for the accounts',
    },
    {
      clause: 'retention:bfl_accounting',
      what: 'Invoices, invoice lines, payments and vouchers are declared under Bokföringslagen 7 kap. 2 §; an invoice carries its own minimised copy of the buyer, so it outlives the order',
    },
  ],
});

/** The invoice routes (customer and finance) and the SIE export. */
export function registerInvoicing(app: App, deps: InvoiceRouteDeps & { version: string }) {
  registerInvoiceRoutes(app, deps);
  registerBookkeepingRoutes(app, {
    db: deps.db,
    clock: deps.clock,
    version: deps.version,
    requireRole: deps.staff.requireRole,
  });
}
