import type { preHandlerAsyncHookHandler } from 'fastify';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import type { CustomerPrincipal } from '#src/modules/customers/index.ts';
import { registerCartRoutes } from './cart.routes.ts';
import type { CheckoutHooks } from './checkout.hooks.ts';
import { registerCheckoutRoutes } from './checkout.routes.ts';
import { createCheckout } from './checkout.service.ts';
import { createOrderHistory } from './orders.history.ts';
import { registerOrderHistoryRoutes } from './orders.routes.ts';
import type { OrderViewEnricher } from './orders.view.ts';

export type CheckoutModuleDeps = {
  db: Db;
  clock: Clock;
  log: Logger;
  mail: MailService;
  /** The registry from createCheckoutHooks(): invoices (in the transaction), card payments (after it). */
  hooks: CheckoutHooks;
  /** Fill the invoice and shipment slots of the customer's order view. */
  enrichers?: readonly OrderViewEnricher[];
  authenticate: (token: string) => Promise<CustomerPrincipal | null>;
  requireCustomer: preHandlerAsyncHookHandler;
};

/** The webshop's cart pricing, checkout and the customer's order history, wired once. */
export function registerCheckout(app: App, deps: CheckoutModuleDeps) {
  const checkout = createCheckout(deps);
  registerCartRoutes(app, { db: deps.db });
  registerCheckoutRoutes(app, { checkout, authenticate: deps.authenticate });
  registerOrderHistoryRoutes(app, {
    history: createOrderHistory({ db: deps.db, enrichers: deps.enrichers ?? [] }),
    requireCustomer: deps.requireCustomer,
  });
  return { checkout };
}
