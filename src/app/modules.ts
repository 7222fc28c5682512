import type { AppModule } from '#src/platform/module/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { identityModule } from '#src/modules/identity/index.ts';
import { catalogModule } from '#src/modules/catalog/index.ts';
import { customersModule } from '#src/modules/customers/index.ts';
import { ordersModule } from '#src/modules/orders/index.ts';
import { analyticsModule } from '#src/modules/analytics/index.ts';

/** Every module of the platform: their jobs and the policy clauses they enforce. */
export function appModules(deps: { db: Db; clock: Clock }): AppModule[] {
  return [identityModule(deps), customersModule, catalogModule, ordersModule, analyticsModule];
}
