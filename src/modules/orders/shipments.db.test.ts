import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { disclosures } from '#src/modules/privacy/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { signEvent } from '#src/providers/carrier/index.ts';
import { CARRIER_KEY, startDeliveriesHarness, type DeliveriesHarness } from './shipments.testing.ts';
import { deviceSupplies, shipmentLines, shipments } from './shipments.tables.ts';
import { orders } from './orders.tables.ts';
import { shipmentsForOrders } from './shipments.service.ts';

let h: DeliveriesHarness;
let admin: { headers: { cookie: string } };
beforeAll(async () => {
  h = await startDeliveriesHarness();
});
// Signed in afresh for each test: some tests move the clock past a staff session's lifetime.
beforeEach(async () => {
  admin = await h.staff(['order_administration']);
});
afterAll(async () => h?.close());

const ship = (orderId: string, headers: { cookie: string }) =>
  h.t.app.inject({ method: 'POST', url: `/api/staff/orders/${orderId}/ship`, headers });
const shipmentOf = async (orderId: string) =>
  (await h.db.select().from(shipments).where(eq(shipments.orderId, orderId)))[0]!;
const orderStatus = async (orderId: string) =>
  (await h.db.select({ s: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]!.s;
/** The local carrier sends a signed status event to the platform now. */
const carrierSays = async (carrierShipmentId: string, status: string, eventId?: string) => {
  const res = await fetch(`${h.carrier.baseUrl}/test/shipments/${carrierShipmentId}/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CARRIER_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ status, ...(eventId ? { eventId } : {}) }),
  });
  return (await res.json()) as { eventId: string; httpStatus: number };
};

describe('shipping an order', () => {
  it('assigns lots first-expired-first-out, never from an expired lot, and records each unit’s lot', async () => {
    const p = await h.product({
      lots: [
        { lotNumber: 'A-LATE', expiresOn: '2027-06-01', quantity: 3 },
        { lotNumber: 'B-SOON', expiresOn: '2027-01-01', quantity: 2 },
        { lotNumber: 'C-EXPIRED', expiresOn: '2026-10-01', quantity: 10 },
        { lotNumber: 'D-NEVER', expiresOn: null, quantity: 10 },
      ],
    });
    const lot = (n: string) => p.lots.find((l) => l.lotNumber === n)!;
    const o = await h.order({ lines: [{ productId: p.id, quantity: 4 }] });
    const res = await ship(o.id, admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    const s = await shipmentOf(o.id);
    const lines = await h.db.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, s.id));
    const taken = Object.fromEntries(lines.map((l) => [p.lots.find((x) => x.id === l.lotId)!.lotNumber, l.quantity]));
    expect(taken).toEqual({ 'B-SOON': 2, 'A-LATE': 2 });
    expect(await h.lotQuantity(lot('B-SOON').id)).toBe(0);
    expect(await h.lotQuantity(lot('A-LATE').id)).toBe(1);
    expect(await h.lotQuantity(lot('C-EXPIRED').id)).toBe(10);
    expect(await orderStatus(o.id)).toBe('shipped');
  });

  it('books with the local carrier over HTTP, records the disclosure, and e-mails the buyer the tracking link', async () => {
    const p = await h.product({
      medicalDevice: true,
      lots: [{ lotNumber: 'MD-1', expiresOn: '2028-01-01', quantity: 5 }],
    });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 2 }], email: 'inkop@vardcentral.example' });
    const res = await ship(o.id, admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ trackingNumber: string; trackingUrl: string; status: string; labelRef: string }>();
    expect(body.status).toBe('booked');
    expect(body.trackingNumber).toMatch(/^70\d{11}$/);
    expect(body.trackingUrl).toBe(`${h.carrier.baseUrl}/track/${body.trackingNumber}`);
    // The label reference is the carrier's document, fetched with our API key.
    const label = await fetch(body.labelRef, { headers: { authorization: `Bearer ${CARRIER_KEY}` } });
    expect(label.headers.get('content-type')).toBe('application/pdf');
    expect((await label.text()).startsWith('%PDF-')).toBe(true);

    const s = await shipmentOf(o.id);
    const [d] = await h.db
      .select()
      .from(disclosures)
      .where(eq(disclosures.reference, `shipment:${s.id}`));
    expect(d).toMatchObject({ recipient: 'carriers', purpose: 'a.orders', subjectType: 'guest', subjectId: o.id });
    expect(d!.categories).toEqual(['address', 'full_name', 'phone']);
    // A medical device: its supply record (MDR) is written beside the shipment line.
    const [supply] = await h.db.select().from(deviceSupplies).where(eq(deviceSupplies.productId, p.id));
    expect(supply).toMatchObject({
      lotNumber: 'MD-1',
      quantity: 2,
      recipientName: o.buyerName,
      deliveryCity: 'Falsterbo',
    });

    const mail = await h.smtp.waitFor('inkop@vardcentral.example', (m) => m.subject.includes(o.orderNumber));
    expect(mail.subject).toBe(`Din order ${o.orderNumber} har skickats / Your order ${o.orderNumber} has been shipped`);
    expect(mail.text).toContain(body.trackingNumber);
    expect(mail.links).toContain(body.trackingUrl);
  });

  it('marks the supply record of an implantable device (kept 15 years), not that of another device', async () => {
    const implant = await h.product({
      medicalDevice: true,
      implantable: true,
      lots: [{ lotNumber: 'IMP-1', expiresOn: '2030-01-01', quantity: 5 }],
    });
    const device = await h.product({
      medicalDevice: true,
      lots: [{ lotNumber: 'DEV-1', expiresOn: '2030-01-01', quantity: 5 }],
    });
    const plain = await h.product({ lots: [{ lotNumber: 'PLAIN-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({
      lines: [
        { productId: implant.id, quantity: 1 },
        { productId: device.id, quantity: 2 },
        { productId: plain.id, quantity: 1 },
      ],
    });
    const res = await ship(o.id, admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    const supplies = await h.db
      .select({
        productId: deviceSupplies.productId,
        lotNumber: deviceSupplies.lotNumber,
        implantable: deviceSupplies.implantable,
      })
      .from(deviceSupplies)
      .where(inArray(deviceSupplies.productId, [implant.id, device.id, plain.id]));
    expect(supplies.sort((a, b) => a.lotNumber.localeCompare(b.lotNumber))).toEqual([
      { productId: device.id, lotNumber: 'DEV-1', implantable: false },
      { productId: implant.id, lotNumber: 'IMP-1', implantable: true },
    ]);
  });

  it('leaves order and lots untouched when the carrier refuses the address', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'Z-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    await h.db.update(orders).set({ deliveryPostalCode: '1234' }).where(eq(orders.id, o.id));
    const res = await ship(o.id, admin.headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'carrier.Address_Zipcode', message: 'Not valid postal code' }]);
    expect(await orderStatus(o.id)).toBe('placed');
    expect(await h.lotQuantity(p.lots[0]!.id)).toBe(5);
    expect(await h.db.select().from(shipments).where(eq(shipments.orderId, o.id))).toHaveLength(0);
  });

  it('refuses to ship twice, to ship an unpaid card order, and more than the lots hold', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'S-1', expiresOn: null, quantity: 2 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    expect((await ship(o.id, admin.headers)).statusCode).toBe(200);
    expect((await ship(o.id, admin.headers)).statusCode).toBe(409);
    const unpaid = await h.order({ lines: [{ productId: p.id, quantity: 1 }], status: 'awaiting_payment' });
    expect((await ship(unpaid.id, admin.headers)).statusCode).toBe(409);
    const big = await h.order({ lines: [{ productId: p.id, quantity: 5 }] });
    const res = await ship(big.id, admin.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().fields[0].field).toBe(`lines.${p.articleNumber}`);
    expect(await h.lotQuantity(p.lots[0]!.id)).toBe(1);
  });

  it('lets only order administration ship or cancel: marketing and customer service get 403', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'R-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    for (const roles of [['marketing'], ['customer_service']]) {
      const who = await h.staff(roles);
      expect((await ship(o.id, who.headers)).statusCode).toBe(403);
      const cancel = await h.t.app.inject({
        method: 'POST',
        url: `/api/staff/orders/${o.id}/cancel`,
        headers: who.headers,
      });
      expect(cancel.statusCode).toBe(403);
    }
    const marketing = await h.staff(['marketing']);
    const list = await h.t.app.inject({ url: '/api/staff/orders', headers: marketing.headers });
    expect(list.statusCode).toBe(403);
    expect(await orderStatus(o.id)).toBe('placed');
  });

  it('cancels an unshipped order and puts its stock back; a shipped one cannot be cancelled', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'K-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 3 }] });
    const stock = async () =>
      (await h.db.select({ s: products.stock }).from(products).where(eq(products.id, p.id)))[0]!.s;
    const before = await stock();
    const res = await h.t.app.inject({
      method: 'POST',
      url: `/api/staff/orders/${o.id}/cancel`,
      headers: admin.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await stock()).toBe(before + 3);
    expect(await orderStatus(o.id)).toBe('cancelled');
    const shipped = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    await ship(shipped.id, admin.headers);
    const again = await h.t.app.inject({
      method: 'POST',
      url: `/api/staff/orders/${shipped.id}/cancel`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('status updates from the carrier', () => {
  it('moves the shipment on signed webhooks, idempotently, and marks the order delivered', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'W-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    expect((await ship(o.id, admin.headers)).statusCode).toBe(200);
    const s = await shipmentOf(o.id);

    h.clock.advance({ hours: 2 });
    const first = await carrierSays(s.carrierShipmentId, 'IN_TRANSIT');
    expect(first.httpStatus).toBe(200);
    expect((await shipmentOf(o.id)).status).toBe('in_transit');
    // The same event again (a carrier retry): nothing changes.
    h.clock.advance({ hours: 1 });
    expect((await carrierSays(s.carrierShipmentId, 'EXCEPTION', first.eventId)).httpStatus).toBe(200);
    expect((await shipmentOf(o.id)).status).toBe('in_transit');

    h.clock.advance({ hours: 20 });
    await carrierSays(s.carrierShipmentId, 'DELIVERED');
    expect((await shipmentOf(o.id)).status).toBe('delivered');
    expect(await orderStatus(o.id)).toBe('delivered');
    // Nothing moves a delivered shipment back.
    h.clock.advance({ hours: 1 });
    await carrierSays(s.carrierShipmentId, 'IN_TRANSIT');
    expect((await shipmentOf(o.id)).status).toBe('delivered');

    const [view] = await shipmentsForOrders(h.db, [o.id]);
    expect(view).toMatchObject({ carrier: 'nshift', status: 'delivered', trackingNumber: s.trackingNumber });
    expect(view!.trackingUrl).toContain(s.trackingNumber);
  });

  it('refuses an event with a wrong secret, a missing or an old signature (401), before reading it', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'X-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    await ship(o.id, admin.headers);
    const s = await shipmentOf(o.id);
    const body = JSON.stringify({
      eventId: 'forged-1',
      type: 'shipment.status',
      shipmentId: s.carrierShipmentId,
      status: 'DELIVERED',
      occurred: h.clock.now().toISOString(),
    });
    const send = (signature: string | undefined) =>
      h.t.app.inject({
        method: 'POST',
        url: '/api/carrier/webhooks',
        headers: { 'content-type': 'application/json', ...(signature ? { 'carrier-signature': signature } : {}) },
        payload: body,
      });
    expect((await send(signEvent('not-the-shared-secret-at-all', body, h.clock.now()))).statusCode).toBe(401);
    expect((await send(undefined)).statusCode).toBe(401);
    const old = new Date(h.clock.now().getTime() - 10 * 60_000);
    expect((await send(signEvent('test-carrier-webhook-secret-0001', body, old))).statusCode).toBe(401);
    expect((await shipmentOf(o.id)).status).toBe('booked');
    const ok = await send(signEvent('test-carrier-webhook-secret-0001', body, h.clock.now()));
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await shipmentOf(o.id)).status).toBe('delivered');
  });
});

describe('the account holder', () => {
  it('sees carrier, tracking number, tracking page and the delivery status in the order history', async () => {
    const holder = await h.accountHolder();
    const p = await h.product({ lots: [{ lotNumber: 'AH-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({
      lines: [{ productId: p.id, quantity: 1 }],
      email: holder.email,
      contactId: holder.contactId,
      companyId: holder.companyId,
    });
    expect((await ship(o.id, admin.headers)).statusCode).toBe(200);
    const s = await shipmentOf(o.id);
    const view = async () =>
      (await h.t.app.inject({ url: `/api/customers/me/orders/${o.orderNumber}`, headers: holder.headers })).json();
    expect((await view()).shipments).toEqual([
      expect.objectContaining({
        carrier: 'nshift',
        trackingNumber: s.trackingNumber,
        trackingUrl: s.trackingUrl,
        status: 'booked',
      }),
    ]);
    h.clock.advance({ minutes: 5 });
    await carrierSays(s.carrierShipmentId, 'DELIVERED');
    const after = await view();
    expect(after.status).toBe('delivered');
    expect(after.shipments[0].status).toBe('delivered');
    const list = await h.t.app.inject({ url: '/api/customers/me/orders', headers: holder.headers });
    expect(list.json().orders[0].shipments[0].trackingNumber).toBe(s.trackingNumber);
  });
});

describe('order administration reads', () => {
  it('lists and shows orders through purpose-bound access: fields follow the role, every read is logged', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'L-1', expiresOn: null, quantity: 5 }] });
    const o = await h.order({ lines: [{ productId: p.id, quantity: 1 }] });
    await ship(o.id, admin.headers);
    const list = await h.t.app.inject({ url: '/api/staff/orders?status=shipped&limit=100', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(o.id);

    const cs = await h.staff(['customer_service']);
    const seen = await h.t.app.inject({ url: `/api/staff/orders/${o.id}?purpose=a.orders`, headers: cs.headers });
    expect(seen.statusCode, seen.body).toBe(200);
    const details = seen.json();
    expect(details.order.contactEmail).toBe(o.contactEmail);
    expect(details.order.paymentMethod).toBeUndefined(); // payment details: not customer service's
    expect(details.shipments[0].trackingNumber).toMatch(/^70/);
    expect(details.lots[0].lotNumber).toBe('L-1');
    const logged = await h.t.database.query<{ n: number }>(
      "select count(*)::int as n from access_log where subject_type = 'guest' and subject_id = $1 and actor_role = 'customer_service'",
      [o.id],
    );
    expect(Number(logged[0]!.n)).toBe(1);
  });
});
