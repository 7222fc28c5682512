import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenOf } from '../../../test/smtp.ts';
import {
  guestOrder,
  insertTestProduct,
  newKey,
  startCheckoutHarness,
  stockOf,
  type CheckoutHarness,
} from './checkout.testing.ts';

describe('checkout: guests and account holders, exactly once per Idempotency-Key', () => {
  let h: CheckoutHarness;
  beforeAll(async () => {
    h = await startCheckoutHarness();
    await insertTestProduct(h.t.database, { articleNumber: 'HS-100', priceExVatOre: 9_999, stock: 100 });
    await insertTestProduct(h.t.database, { articleNumber: 'FM-200', priceExVatOre: 4_550, vatRate: 12, stock: 3 });
    await insertTestProduct(h.t.database, { articleNumber: 'BK-300', priceExVatOre: 1_001, vatRate: 6, stock: 50 });
  });
  afterAll(async () => h.close());

  const checkout = (body: unknown, key: string | null = newKey(), headers: Record<string, string> = {}) =>
    h.t.app.inject({
      method: 'POST',
      url: '/api/checkout',
      payload: body as object,
      headers: { ...(key ? { 'idempotency-key': key } : {}), ...headers },
    });
  const orderCount = () => h.count('orders');
  const mailJobs = () => h.count('pgboss.job', "name = 'mail.send' and data->>'template' = 'orders.confirmation'");

  it('places a guest order: prices from the catalogue, stock reserved, buyer snapshot, confirmation mailed', async () => {
    const res = await checkout(
      guestOrder([
        { articleNumber: 'HS-100', quantity: 3 },
        { articleNumber: 'FM-200', quantity: 2 },
        { articleNumber: 'BK-300', quantity: 1 },
      ]),
    );
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o.orderNumber).toMatch(/^KS-\d{4}-000001$/);
    expect(o).toMatchObject({ status: 'placed', paymentMethod: 'invoice', accountUsed: false, reverseCharge: false });
    expect(o.buyer).toEqual({ orgNr: '556711-0001', name: 'Tandläkarna i Ystad AB', vatNumber: null, country: 'SE' });
    expect(o.totals).toEqual({
      goodsExVatOre: 40_098,
      shippingExVatOre: 14_900,
      shippingVatOre: 3_725,
      vatByRate: [
        { rate: 25, baseOre: 44_897, vatOre: 11_224 },
        { rate: 12, baseOre: 9_100, vatOre: 1_092 },
        { rate: 6, baseOre: 1_001, vatOre: 60 },
      ],
      vatOre: 12_376,
      roundingOre: 26,
      totalIncVatOre: 67_400,
    });
    expect(o.lines.map((l: { name: string }) => l.name)).toEqual([
      'Artikel HS-100',
      'Artikel FM-200',
      'Artikel BK-300',
    ]);
    expect(await stockOf(h.t.database, 'FM-200')).toBe(1);
    const [row] = await h.t.database.query('select marketing_refused, company_id, contact_email from orders');
    expect(row).toEqual({ marketing_refused: true, company_id: null, contact_email: 'greta@tandlakarna.example' });
    const mail = await h.smtp.waitFor('greta@tandlakarna.example', (m) => m.subject.includes(o.orderNumber));
    expect(mail.text).toContain('674,00 kr');
    expect(mail.text).toContain('Öresavrundning: 0,26 kr');
  });

  it('the same key again returns the same order (200, Idempotent-Replayed), writing nothing', async () => {
    const key = newKey();
    const body = guestOrder([{ articleNumber: 'HS-100', quantity: 1 }]);
    const first = await checkout(body, key);
    expect(first.statusCode).toBe(201);
    const before = {
      orders: await orderCount(),
      stock: await stockOf(h.t.database, 'HS-100'),
      mails: await mailJobs(),
    };
    const again = await checkout(body, key);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().orderNumber).toBe(first.json().orderNumber);
    expect({
      orders: await orderCount(),
      stock: await stockOf(h.t.database, 'HS-100'),
      mails: await mailJobs(),
    }).toEqual(before);
  });

  it('concurrent requests with one key make one order, and all get it', async () => {
    const key = newKey();
    const body = guestOrder([{ articleNumber: 'HS-100', quantity: 2 }]);
    const before = await orderCount();
    const stock = await stockOf(h.t.database, 'HS-100');
    const all = await Promise.all(Array.from({ length: 8 }, () => checkout(body, key)));
    expect(all.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(all.map((r) => r.json().orderNumber)).size).toBe(1);
    expect(await orderCount()).toBe(before + 1);
    expect(await stockOf(h.t.database, 'HS-100')).toBe(stock - 2);
  });

  it('a different request with a used key is refused with 422, and nothing is written', async () => {
    const key = newKey();
    expect((await checkout(guestOrder([{ articleNumber: 'HS-100', quantity: 1 }]), key)).statusCode).toBe(201);
    const before = await orderCount();
    const res = await checkout(guestOrder([{ articleNumber: 'HS-100', quantity: 5 }]), key);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: 'idempotency_key_reused',
      fields: [{ field: 'headers.idempotency-key' }],
    });
    expect(await orderCount()).toBe(before);
  });

  it('requires the Idempotency-Key header', async () => {
    const res = await checkout(guestOrder([{ articleNumber: 'HS-100', quantity: 1 }]), null);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('headers.idempotency-key');
  });

  it.each([
    ['body.buyer.orgNr', guestOrder([{ articleNumber: 'HS-100', quantity: 1 }], { orgNr: '556711-0002' })],
    [
      'body.buyer.marketingRefused',
      guestOrder([{ articleNumber: 'HS-100', quantity: 1 }], { marketingRefused: undefined }),
    ],
    ['body.buyer.email', guestOrder([{ articleNumber: 'HS-100', quantity: 1 }], { email: 'inte en adress' })],
    [
      'body.buyer.vatNumber',
      guestOrder([{ articleNumber: 'HS-100', quantity: 1 }], { country: 'DE', vatNumber: 'DE123' }),
    ],
    [
      'body.buyer.billing.postalCode',
      guestOrder([{ articleNumber: 'HS-100', quantity: 1 }], {
        billing: { street: 'G 1', postalCode: '1234', city: 'Ystad' },
      }),
    ],
    ['body.lines.0.articleNumber', guestOrder([{ articleNumber: 'NOPE-1', quantity: 1 }])],
    ['body.lines.0.quantity', guestOrder([{ articleNumber: 'HS-100', quantity: 0 }])],
    ['body.buyer', { lines: [{ articleNumber: 'HS-100', quantity: 1 }], paymentMethod: 'invoice' }],
    ['body.paymentMethod', { ...guestOrder([{ articleNumber: 'HS-100', quantity: 1 }]), paymentMethod: 'cash' }],
  ])('names the field of a bad request: %s', async (field, body) => {
    const before = await orderCount();
    const res = await checkout(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await orderCount()).toBe(before);
  });

  it('out of stock: 409 naming the article; no order, no stock change, no letter', async () => {
    const before = { orders: await orderCount(), mails: await mailJobs() };
    const res = await checkout(
      guestOrder([
        { articleNumber: 'HS-100', quantity: 1 },
        { articleNumber: 'FM-200', quantity: 2 },
      ]),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'out_of_stock', fields: [{ field: 'body.lines.1.quantity' }] });
    expect(res.json().message).toContain('FM-200');
    expect(await stockOf(h.t.database, 'FM-200')).toBe(1);
    expect({ orders: await orderCount(), mails: await mailJobs() }).toEqual(before);
  });

  it('refuses when the total shown differs from the price now (409 price_changed)', async () => {
    const res = await checkout({
      ...guestOrder([{ articleNumber: 'BK-300', quantity: 1 }]),
      expectedTotalIncVatOre: 100,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'price_changed' });
    expect(res.json().totalIncVatOre).toBeGreaterThan(100);
  });

  it('reverse charge for an EU business with a VAT number, delivered abroad: no VAT, the order says so', async () => {
    const res = await checkout(
      guestOrder([{ articleNumber: 'BK-300', quantity: 10 }], {
        country: 'DE',
        orgNr: '',
        vatNumber: 'de 123 456 789',
        billing: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin' },
      }),
    );
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({ reverseCharge: true, reverseChargeText: 'Omvänd betalningsskyldighet / Reverse charge' });
    expect(o.buyer.vatNumber).toBe('DE123456789');
    expect(o.totals.vatOre).toBe(0);
    expect(o.totals.totalIncVatOre).toBe(10_010 + 14_900 - 10);
    expect(o.delivery.country).toBe('DE');
  });

  it('an account holder orders with the account; colleagues see the company’s orders, other companies do not', async () => {
    const anna = { headers: await h.customer('anna@klinik.example') };
    const withBuyer = await checkout(guestOrder([{ articleNumber: 'HS-100', quantity: 1 }]), newKey(), anna.headers);
    expect(withBuyer.json().fields[0].field).toBe('body.buyer');
    const res = await checkout(
      { lines: [{ articleNumber: 'HS-100', quantity: 1 }], paymentMethod: 'invoice' },
      newKey(),
      anna.headers,
    );
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({ accountUsed: true, contact: { email: 'anna@klinik.example' } });
    expect(o.buyer.name).toMatch(/^Kliniken nr \d+ AB$/);

    // A colleague of the same company.
    await h.t.app.inject({
      method: 'POST',
      url: '/api/customers/invitations',
      headers: anna.headers,
      payload: { email: 'bo@klinik.example' },
    });
    const invite = await h.smtp.waitFor('bo@klinik.example', (m) => m.text.includes('#token='));
    const acc = await h.post('/api/customers/invitations/accept', {
      token: tokenOf(invite, '/konto/inbjudan'),
      fullName: 'Bo Kollega',
      password: 'kollegans lösenord 7',
    });
    const bo = h.sessionOf(acc);
    const list = await h.t.app.inject({ method: 'GET', url: '/api/customers/me/orders', headers: bo });
    expect(list.statusCode).toBe(200);
    expect(list.json().orders.map((x: { orderNumber: string }) => x.orderNumber)).toEqual([o.orderNumber]);
    const one = await h.t.app.inject({ method: 'GET', url: `/api/customers/me/orders/${o.orderNumber}`, headers: bo });
    expect(one.json()).toMatchObject({ orderNumber: o.orderNumber, lines: [{ articleNumber: 'HS-100', quantity: 1 }] });

    // Another company sees neither the list entry nor the order; guest orders are no one's history.
    const cilla = { headers: await h.customer('cilla@annan.example') };
    const theirs = await h.t.app.inject({ method: 'GET', url: '/api/customers/me/orders', headers: cilla.headers });
    expect(theirs.json().orders).toEqual([]);
    const peek = await h.t.app.inject({
      method: 'GET',
      url: `/api/customers/me/orders/${o.orderNumber}`,
      headers: cilla.headers,
    });
    expect(peek.statusCode).toBe(404);
    const guestOne = await h.t.app.inject({ method: 'GET', url: '/api/customers/me/orders', headers: anna.headers });
    expect(guestOne.json().orders).toHaveLength(1);
    expect((await h.t.app.inject({ method: 'GET', url: '/api/customers/me/orders' })).statusCode).toBe(401);
  });

  it('prices a cart for the cart page the way checkout will', async () => {
    const res = await h.post('/api/cart/quote', {
      lines: [
        { articleNumber: 'HS-100', quantity: 3 },
        { articleNumber: 'GONE-1', quantity: 1 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unknown: ['GONE-1'], goodsExVatOre: 29_997, shippingExVatOre: 14_900 });
    expect(res.json().lines[0]).toMatchObject({ articleNumber: 'HS-100', inStock: true, lineVatOre: 7_499 });
  });
});
