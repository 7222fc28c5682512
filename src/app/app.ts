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
import { registerCatalogRoutes } from '#src/modules/catalog/index.ts';
import {
  createCustomers,
  registerCustomersRoutes,
  registerCustomersStaffRoutes,
  registerCustomerAccessLogRoute,
} from '#src/modules/customers/index.ts';
import { registerPolicyRoutes } from '#src/modules/policy/index.ts';
import { createMailService } from '#src/platform/mail/index.ts';
import { createPurposeAccess, registerAccessLogRoutes } from '#src/modules/privacy/index.ts';
import { inventory } from './inventory.ts';
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
  registerCatalogRoutes(app, { db: database.db });
  const customers = createCustomers({
    db: database.db,
    clock,
    jobs: deps.jobs,
    mail: createMailService({ jobs: deps.jobs }),
    publicUrl: config.publicUrl,
    inventory,
  });
  registerCustomersRoutes(app, { customers, attempts });
  registerCustomerAccessLogRoute(app, { requireCustomer: customers.guard.requireCustomer, accessLog: deps.accessLog });
  registerCustomersStaffRoutes(app, {
    db: database.db,
    access: createPurposeAccess({ log: deps.accessLog }),
    auth: { requireStaffFor: guards.requireActiveStaff, actorOf: guards.actorOf },
  });
  registerAccessLogRoutes(app, {
    database,
    accessLog: deps.accessLog,
    auditDir: config.auditDir,
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
  });
  await registerWeb(app);
  return app;
}
