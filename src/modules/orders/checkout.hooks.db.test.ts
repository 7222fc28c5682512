import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailService } from '#src/platform/mail/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createCheckoutHooks } from './checkout.hooks.ts';
import { createCheckout } from './checkout.service.ts';
import { checkoutRequestSchema } from './checkout.schema.ts';
import { orders } from './orders.tables.ts';
import { guestOrder, insertTestProduct, newKey, stockOf } from './checkout.testing.ts';

describe('checkout hooks run inside the transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertTestProduct(t.database, { articleNumber: 'HOOK-1', priceExVatOre: 10_000, stock: 10 });
  });
  afterAll(async () => t.close());

  const count = async (sql: string) => Number((await t.database.query<{ n: number }>(sql))[0]!.n);
  const request = checkoutRequestSchema.parse(guestOrder([{ articleNumber: 'HOOK-1', quantity: 2 }]));

  function checkoutWith(hooks: ReturnType<typeof createCheckoutHooks>) {
    return createCheckout({
      db: t.database.db,
      clock: t.clock,
      log: t.rt.log,
      mail: createMailService({ jobs: t.rt.jobs }),
      hooks,
    });
  }

  it('a hook that fails undoes the whole order: no order, no stock taken, no letter; after-commit hooks do not run', async () => {
    const hooks = createCheckoutHooks();
    let sawOrderInTx = false;
    let after = 0;
    hooks.onPlaced(async (tx, order, lines) => {
      sawOrderInTx = (await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, order.id))).length === 1;
      expect(lines).toHaveLength(1);
      throw new Error('invoice numbering is down');
    });
    hooks.afterPlaced(async () => void after++);
    await expect(checkoutWith(hooks).place(null, newKey(), request)).rejects.toThrow('invoice numbering is down');
    expect(sawOrderInTx).toBe(true);
    expect(after).toBe(0);
    expect(await count('select count(*)::int as n from orders')).toBe(0);
    expect(await stockOf(t.database, 'HOOK-1')).toBe(10);
    expect(await count("select count(*)::int as n from pgboss.job where name = 'mail.send'")).toBe(0);
  });

  it('a hook’s writes commit with the order; after-commit hooks see the committed order, also on a replay', async () => {
    const hooks = createCheckoutHooks();
    const seen: string[] = [];
    hooks.onPlaced(async (tx, order) => {
      await tx.update(orders).set({ status: 'paid' }).where(eq(orders.id, order.id));
    });
    hooks.afterPlaced(async (order) => void seen.push(order.status));
    const checkout = checkoutWith(hooks);
    const key = newKey();
    const first = await checkout.place(null, key, request);
    expect(first.order.status).toBe('paid');
    const again = await checkout.place(null, key, request);
    expect(again).toMatchObject({ replayed: true, order: { id: first.order.id } });
    expect(seen).toEqual(['paid', 'paid']);
    expect(await count("select count(*)::int as n from pgboss.job where name = 'mail.send'")).toBe(1);
  });
});
