import cookie from '@fastify/cookie';
import { createShell, type App } from '#src/platform/http/index.ts';
import type { ModuleDeps } from '#src/platform/module/index.ts';
import { createStaffGuards, createStaffService, registerStaffRoutes } from '#src/modules/identity/index.ts';
import { registerCatalogRoutes } from '#src/modules/catalog/index.ts';
import { createCustomersService, registerCustomersRoutes } from '#src/modules/customers/index.ts';
import { registerPolicyRoutes } from '#src/modules/policy/index.ts';
import { registerWeb } from './web.ts';
import { VERSION } from './version.ts';

export type BuiltApp = App & { markShuttingDown(): void };

/** The composition root of the HTTP side: the shell, then every module's routes. */
export async function buildApp(deps: ModuleDeps): Promise<BuiltApp> {
  const { database, clock, log } = deps;
  const app = await createShell({
    log,
    version: VERSION,
    ready: async () => (await database.query('select 1 as ok')).length === 1,
  });
  await app.register(cookie);

  const staff = createStaffService({ db: database.db, clock });
  const guards = createStaffGuards(staff);
  registerStaffRoutes(app, staff, guards);
  registerPolicyRoutes(app, { requireRole: guards.requireRole });
  registerCatalogRoutes(app, { db: database.db });
  registerCustomersRoutes(app, { customers: createCustomersService({ db: database.db, clock }) });
  await registerWeb(app);
  return app;
}
