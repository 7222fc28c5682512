import type { Db } from '#src/platform/db/index.ts';
import type { orderLines, orders } from './orders.tables.ts';

/** A transaction handle of the checkout (Drizzle; the same query builder as `Db`). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;

/**
 * Runs INSIDE the checkout transaction, after the order, its lines and the stock reservation are
 * written and before commit: whatever a hook writes commits with the order or not at all, and a
 * hook that throws aborts the checkout (the client may retry with the same Idempotency-Key).
 * Hooks must not call outside services (do that after commit, from a job or afterPlaced).
 */
export type OrderPlacedHook = (tx: Tx, order: OrderRow, lines: OrderLineRow[]) => Promise<void>;

/** Runs AFTER commit (e.g. creating a card payment session); a failure here never undoes the order. */
export type AfterOrderPlacedHook = (order: OrderRow, lines: OrderLineRow[]) => Promise<void>;

export type CheckoutHooks = {
  onOrderPlaced: OrderPlacedHook[];
  afterOrderPlaced: AfterOrderPlacedHook[];
};

/**
 * The hook registry. The composition root creates one, modules register into it
 * (H3: invoice for paymentMethod 'invoice'; H4: card payment session after commit), and the
 * checkout service runs them in registration order.
 */
export function createCheckoutHooks(): CheckoutHooks & {
  onPlaced(hook: OrderPlacedHook): void;
  afterPlaced(hook: AfterOrderPlacedHook): void;
} {
  const onOrderPlaced: OrderPlacedHook[] = [];
  const afterOrderPlaced: AfterOrderPlacedHook[] = [];
  return {
    onOrderPlaced,
    afterOrderPlaced,
    onPlaced: (hook) => void onOrderPlaced.push(hook),
    afterPlaced: (hook) => void afterOrderPlaced.push(hook),
  };
}
