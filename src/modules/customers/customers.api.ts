import type { TableInventory } from '#src/modules/privacy/index.ts';
import { createCustomersService, type CustomersDeps } from './customers.service.ts';
import { createCustomerSessions } from './session.service.ts';
import { createAccountService, type AccountDeps } from './account.service.ts';
import { createColleaguesService } from './colleagues.service.ts';
import { createCustomerGuard } from './customers.guards.ts';

/**
 * Everything the customers module serves over HTTP, wired once: registration, sessions, the
 * signed-in account, colleagues, and the guard other modules' customer routes use
 * (`guard.requireCustomer` sets `req.customer`).
 */
export function createCustomers(
  deps: CustomersDeps & { inventory: readonly TableInventory[]; onCorrected?: AccountDeps['onCorrected'] },
) {
  const customers = createCustomersService(deps);
  const sessions = createCustomerSessions(deps);
  const account = createAccountService({ ...deps, sessions });
  const colleagues = createColleaguesService({ ...deps, sessions, account });
  const guard = createCustomerGuard(sessions);
  return { customers, sessions, account, colleagues, guard };
}

export type Customers = ReturnType<typeof createCustomers>;
