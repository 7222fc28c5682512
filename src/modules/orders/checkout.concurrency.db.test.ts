import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { guestOrder, insertTestProduct, newKey, stockOf } from './checkout.testing.ts';

describe('checkout under contention: many buyers for the last units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('sells exactly the stock: stock ends at zero, one order per unit, the rest get out_of_stock', async () => {
    const UNITS = 7;
    const BUYERS = 30;
    await insertTestProduct(t.database, { articleNumber: 'LAST-1', priceExVatOre: 25_000, stock: UNITS });
    await insertTestProduct(t.database, { articleNumber: 'PLENTY-1', priceExVatOre: 1_000, stock: 10_000 });
    const results = await Promise.all(
      Array.from({ length: BUYERS }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/checkout',
          headers: { 'idempotency-key': newKey() },
          payload: guestOrder([
            { articleNumber: 'PLENTY-1', quantity: 2 },
            { articleNumber: 'LAST-1', quantity: 1 },
          ]),
        }),
      ),
    );
    const placed = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode !== 201);
    expect(placed).toHaveLength(UNITS);
    expect(refused).toHaveLength(BUYERS - UNITS);
    for (const r of refused) {
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ error: 'out_of_stock', fields: [{ field: 'body.lines.1.quantity' }] });
      expect(r.json().message).toContain('LAST-1');
    }
    expect(await stockOf(t.database, 'LAST-1')).toBe(0);
    // The refused orders reserved nothing of the other line either.
    expect(await stockOf(t.database, 'PLENTY-1')).toBe(10_000 - 2 * UNITS);
    const [n] = await t.database.query<{ orders: number; units: number }>(
      `select count(distinct o.id)::int as orders, sum(l.quantity)::int as units
         from orders o join order_lines l on l.order_id = o.id where l.article_number = 'LAST-1'`,
    );
    expect(n).toEqual({ orders: UNITS, units: UNITS });
    // Order numbers are one gapless sequence.
    const numbers = placed.map((r) => Number(r.json().orderNumber.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: UNITS }, (_, i) => i + 1));
  });
});
