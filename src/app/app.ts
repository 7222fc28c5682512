import cookie from '@fastify/cookie';
import { createShell, type App } from '#src/platform/http/index.ts';
import {
  createStaffGuards,
  createStaffService,
  createStaffAdmin,
  createThrottle,
  registerStaffAdminRoutes,
  registerStaffRoutes,
  registerTotpRoutes,
  throttledAttempts,
} from '#src/modules/identity/index.ts';
import { createCatalogAdmin, registerCatalogAdminRoutes, registerCatalogRoutes } from '#src/modules/catalog/index.ts';
import {
  createCustomers,
  registerCustomersRoutes,
  registerCustomersStaffRoutes,
  registerCustomerAccessLogRoute,
} from '#src/modules/customers/index.ts';
import { registerPolicyRoutes } from '#src/modules/policy/index.ts';
import { createMailService } from '#src/platform/mail/index.ts';
import { createPurposeAccess, registerAccessLogRoutes } from '#src/modules/privacy/index.ts';
import {
  registerDisclosureRoutes,
  registerExtractRoutes,
  registerRetentionRoutes,
} from '#src/modules/privacy/index.ts';
import { createObjections, registerObjectionRoutes } from '#src/modules/privacy/index.ts';
import {
  createErasures,
  createRectifications,
  createSuppressions,
  registerErasureRoutes,
} from '#src/modules/privacy/index.ts';
import { registerRectificationRoutes, restrictionCheck } from '#src/modules/privacy/index.ts';
import { dpo } from '#src/modules/policy/index.ts';
import { invoicesEnricher, registerDeliveries, shipmentsEnricher } from '#src/modules/orders/index.ts';
import { createCardPayments, createCardProviderClient, registerPaymentRoutes } from '#src/modules/orders/index.ts';
import { createCheckoutHooks, registerCheckout } from '#src/modules/orders/index.ts';
import { invoiceOnOrderPlaced, registerInvoicing } from '#src/modules/orders/index.ts';
import {
  createConsentLedger,
  createSealer,
  createSignup,
  consentReceiptQueue,
  registerConsentRoutes,
  registerMarketingRoutes,
} from '#src/modules/marketing/index.ts';
import { controller } from '#src/modules/policy/index.ts';
import { inventory } from './inventory.ts';
import { retentionTargets } from './retention.ts';
import { registerRequests } from './requests.ts';
import type { Runtime } from './runtime.ts';
import { registerWeb } from './web.ts';
import { VERSION } from './version.ts';

export type BuiltApp = App & { markShuttingDown(): void };

/** The composition root of the HTTP side: the shell, then every module's routes. */
export async function buildApp(deps: Runtime): Promise<BuiltApp> {
  const { database, clock, log, config } = deps;
  const app = await createShell({
    log,
    version: VERSION,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    ready: async () => (await database.query('select 1 as ok')).length === 1,
  });
  await app.register(cookie);

  const staff = createStaffService({ db: database.db, clock });
  const guards = createStaffGuards(staff);
  const attempts = throttledAttempts(createThrottle({ db: database.db, clock }));
  registerStaffRoutes(app, staff, guards, attempts);
  registerTotpRoutes(app, staff, guards, attempts);
  registerStaffAdminRoutes(app, createStaffAdmin({ db: database.db, clock, staff }), guards);
  registerPolicyRoutes(app, { requireRole: guards.requireRole });
  registerCatalogRoutes(app, { database, clock });
  registerCatalogAdminRoutes(app, {
    db: database.db,
    clock,
    admin: createCatalogAdmin({ db: database.db, clock }),
    requireRole: guards.requireRole,
  });
  const suppressions = createSuppressions({ db: database.db, clock, key: config.pseudonymKey });
  const noticeAddress = (recipient: string) => config.recipientNotices[recipient] ?? dpo.email;
  const rectifications = createRectifications({
    db: database.db,
    clock,
    mail: createMailService({ jobs: deps.jobs }),
    noticeAddress,
  });
  const customers = createCustomers({
    db: database.db,
    clock,
    jobs: deps.jobs,
    mail: createMailService({ jobs: deps.jobs }),
    publicUrl: config.publicUrl,
    inventory,
    // A correction reaches the recipients that got the corrected data (GDPR art. 19).
    onCorrected: (contact, categories) => rectifications.notifyRecipients(contact, categories),
  });
  registerCustomersRoutes(app, { customers, attempts });
  registerCustomerAccessLogRoute(app, { requireCustomer: customers.guard.requireCustomer, accessLog: deps.accessLog });
  registerCustomersStaffRoutes(app, {
    db: database.db,
    access: createPurposeAccess({ log: deps.accessLog, restricted: restrictionCheck(database.db, clock) }),
    auth: { requireStaffFor: guards.requireActiveStaff, actorOf: guards.actorOf },
  });
  registerAccessLogRoutes(app, {
    database,
    accessLog: deps.accessLog,
    auditDir: config.auditDir,
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
  });
  registerDisclosureRoutes(app, {
    db: database.db,
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
    requireCustomer: customers.guard.requireCustomer,
    contactIdOf: (req) => req.customer!.contactId,
  });
  // The register extract (art. 15, 20) for the signed-in customer, and its JSON Schema.
  registerExtractRoutes(app, {
    db: database.db,
    clock,
    inventory,
    targets: retentionTargets,
    requireCustomer: customers.guard.requireCustomer,
    customerOf: (req) => req.customer!,
  });
  // Objections to direct marketing (per channel or all) and to profiling: effective at once.
  registerObjectionRoutes(app, {
    objections: createObjections({ db: database.db, clock, suppressions }),
    requireCustomer: customers.guard.requireCustomer,
    customerOf: (req) => req.customer!,
  });
  // The consent ledger: public sign-up with double opt-in (nothing stored before the confirmation),
  // one-click withdrawal, and the signed-in contact's consents.
  const sealer = createSealer(config.marketingTokenKey);
  const ledger = createConsentLedger({
    db: database.db,
    clock,
    sealer,
    onConfirmed: async (prospectId) => {
      await deps.jobs.send(consentReceiptQueue, { prospectId });
    },
  });
  registerMarketingRoutes(app, {
    signup: createSignup({ clock, sealer, mailer: deps.mailer, sender: controller, publicUrl: config.publicUrl }),
    ledger,
    attempts,
  });
  registerConsentRoutes(app, {
    ledger,
    requireCustomer: customers.guard.requireCustomer,
    customerOf: (req) => req.customer!,
  });
  // The retention engine: plan, forecast, proof of deletion, sweeps on demand, legal holds.
  registerRetentionRoutes(app, {
    db: database.db,
    clock,
    jobs: deps.jobs,
    targets: retentionTargets,
    sweep: {
      db: database.db,
      clock,
      targets: retentionTargets,
      files: deps.files,
      sweepAt: config.retentionSweepAt,
    },
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
  });
  // The register of data subject requests (art. 12(3) deadlines): the privacy officer's queue, the customer's requests.
  registerRequests(app, deps, guards, customers.guard.requireCustomer);
  // Erasure (art. 17): the plan of a request, approved by the privacy officer, carried out in one
  // transaction; refusals of marketing kept as keyed hashes; recipients told (art. 19).
  registerErasureRoutes(app, {
    erasures: createErasures({
      db: database.db,
      clock,
      inventory,
      targets: retentionTargets,
      mail: createMailService({ jobs: deps.jobs }),
      suppressions,
      noticeAddress,
    }),
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
  });
  registerRectificationRoutes(app, {
    db: database.db,
    inventory,
    rectifications,
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
  });
  await registerDeliveries(app, {
    db: database.db,
    clock,
    jobs: deps.jobs,
    mail: createMailService({ jobs: deps.jobs }),
    access: createPurposeAccess({ log: deps.accessLog, restricted: restrictionCheck(database.db, clock) }),
    staff: { requireActiveStaff: guards.requireActiveStaff, actorOf: guards.actorOf },
    requireCustomer: customers.guard.requireCustomer,
    carrier: config.carrier,
    publicUrl: config.publicUrl,
  });
  // Card payments (Stripe Checkout API): PAYMENT_API_URL, or the local provider that `serve` starts.
  const cardPayments = createCardPayments({
    db: database.db,
    clock,
    log,
    publicUrl: config.publicUrl,
    client: createCardProviderClient({ apiUrl: config.payment.apiUrl, apiKey: config.payment.apiKey }),
  });
  await registerPaymentRoutes(app, { payments: cardPayments, clock, webhookSecret: config.payment.webhookSecret });
  // Cart pricing, checkout (POST /api/checkout) and the customer's order history. Hooks: the
  // invoice is created in the checkout transaction, the card session right after its commit.
  const checkoutHooks = createCheckoutHooks();
  checkoutHooks.onPlaced(invoiceOnOrderPlaced);
  checkoutHooks.afterPlaced(cardPayments.afterPlaced);
  registerCheckout(app, {
    db: database.db,
    clock,
    log,
    mail: createMailService({ jobs: deps.jobs }),
    hooks: checkoutHooks,
    enrichers: [invoicesEnricher(database.db), shipmentsEnricher(database.db)],
    authenticate: (token) => customers.sessions.authenticate(token),
    requireCustomer: customers.guard.requireCustomer,
  });
  // Invoices (customer PDF, finance: payments by OCR) and the SIE 4 export for finance.
  registerInvoicing(app, {
    db: database.db,
    clock,
    version: VERSION,
    access: createPurposeAccess({ log: deps.accessLog, restricted: restrictionCheck(database.db, clock) }),
    accessLog: deps.accessLog,
    staff: { requireRole: guards.requireRole, requireActiveStaff: guards.requireActiveStaff, actorOf: guards.actorOf },
    requireCustomer: customers.guard.requireCustomer,
  });
  await registerWeb(app);
  return app;
}
