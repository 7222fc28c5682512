import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from './card-provider/signature.ts';
import { insertTestOrder } from './invoices.testing.ts';
import { startPaymentsHarness, TEST_CARDS, type PaymentsHarness } from './payments.testing.ts';

type Payment = { status: string; url: string | null; expiresAt: string; lastFailureCode: string | null };

describe('card payments: checkout session, hosted page, signed webhooks (both backends)', () => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await startPaymentsHarness();
  });
  afterAll(async () => h?.close());

  const q = <T>(sql: string, params: unknown[] = []) => h.t.database.query<T & Record<string, unknown>>(sql, params);
  const start = async (orderId: string) => {
    const res = await h.t.app.inject({ method: 'POST', url: `/api/payments/orders/${orderId}/checkout-session` });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ orderStatus: string; payment: Payment }>().payment;
  };
  const state = async (orderId: string) =>
    (await h.t.app.inject({ url: `/api/payments/orders/${orderId}` })).json<{
      orderStatus: string;
      payment: Payment;
    }>();
  const webhook = (body: string, signature: string | undefined) =>
    h.t.app.inject({
      method: 'POST',
      url: '/api/payments/webhook',
      headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
      payload: body,
    });
  const nowSec = () => Math.floor(h.clock.now().getTime() / 1000);

  it('starts a checkout session once per order (Idempotency-Key), and records the disclosure to the provider', async () => {
    const order = await h.cardOrder();
    const first = await start(order.id);
    expect(first.status).toBe('open');
    expect(first.url).toMatch(new RegExp(`^${h.provider.url}/pay/cs_test_`));
    const again = await start(order.id);
    expect(again.url).toBe(first.url);
    expect(
      await q<{ n: number }>('select count(*)::int as n from card_payments where order_id = $1', [order.id]),
    ).toEqual([{ n: 1 }]);
    const disclosed = await q(
      'select recipient, purpose, categories, subject_type, reference from disclosures where reference = $1',
      [`order:${order.id}`],
    );
    expect(disclosed).toEqual([
      {
        recipient: 'payment_providers',
        purpose: 'a.orders',
        categories: ['payment_details'],
        subject_type: 'guest',
        reference: `order:${order.id}`,
      },
    ]);
  });

  it('paid with 4242…: the order is paid, brand and last four kept, the card sale booked once; a replayed event does nothing', async () => {
    const order = await h.cardOrder();
    const session = await start(order.id);
    const paid = await h.pay(session.url!, TEST_CARDS.ok);
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`${h.t.config.publicUrl}/kassa/tack/${order.orderNumber}?betalning=klar`);
    expect(await state(order.id)).toMatchObject({ orderStatus: 'paid', payment: { status: 'paid', url: null } });
    const [cp] = await q<{ card_brand: string; card_last4: string; payment_intent_id: string; session_id: string }>(
      'select card_brand, card_last4, payment_intent_id, session_id from card_payments where order_id = $1',
      [order.id],
    );
    expect(cp).toMatchObject({ card_brand: 'visa', card_last4: '4242' });
    expect(cp!.payment_intent_id).toMatch(/^pi_/);
    expect(cp!.session_id).toMatch(/^cs_test_/);

    const lines = await q<{ account: string; amount: number }>(
      `select l.account, l.amount_ore::int as amount from vouchers v join voucher_lines l on l.voucher_id = v.id
       where v.source_type = 'card_payment' and v.text = $1 order by l.position`,
      [`Kortbetalning order ${order.orderNumber}`],
    );
    expect(lines[0]).toEqual({ account: '1580', amount: order.totalIncVatOre });
    expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(0);
    expect(lines.map((l) => l.account)).toEqual(expect.arrayContaining(['3001', '2611', '3002', '2621']));

    const delivery = h.provider.deliveries.find(
      (d) => d.type === 'checkout.session.completed' && d.body.includes(order.id),
    )!;
    expect(await h.provider.provider.sender.resend(delivery.eventId)).toBe(true);
    const replay = await webhook(delivery.body, signatureHeader(h.secret, delivery.body, nowSec()));
    expect(replay.json()).toEqual({ received: true, outcome: 'duplicate' });
    const vouchers = await q<{ n: number }>(
      "select count(*)::int as n from vouchers where source_type = 'card_payment' and text = $1",
      [`Kortbetalning order ${order.orderNumber}`],
    );
    expect(vouchers).toEqual([{ n: 1 }]);
    expect(await q('select 1 from payment_events where event_id = $1', [delivery.eventId])).toHaveLength(1);
  });

  it('declined with …0002: the order still awaits payment with the refusal code; a good card afterwards pays it', async () => {
    const order = await h.cardOrder();
    const session = await start(order.id);
    const declined = await h.pay(session.url!, TEST_CARDS.declined);
    expect(declined.status).toBe(402);
    expect(await state(order.id)).toMatchObject({
      orderStatus: 'awaiting_payment',
      payment: { status: 'open', lastFailureCode: 'generic_decline', url: session.url },
    });
    expect((await h.pay(session.url!, TEST_CARDS.ok)).status).toBe(303);
    expect((await state(order.id)).orderStatus).toBe('paid');
  });

  it('expired: the payment is marked expired, the order still awaits payment, and a new session can be started', async () => {
    const order = await h.cardOrder();
    const first = await start(order.id);
    const sessionId = first.url!.split('/pay/')[1]!;
    const res = await fetch(`${h.provider.url}/v1/checkout/sessions/${sessionId}/expire`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_harness_0001' },
    });
    expect(res.status).toBe(200);
    expect(await state(order.id)).toMatchObject({
      orderStatus: 'awaiting_payment',
      payment: { status: 'expired', url: null },
    });
    const second = await start(order.id);
    expect(second.status).toBe('open');
    expect(second.url).not.toBe(first.url);
  });

  it('expires by time on the provider (expires_at): the platform learns it from the webhook', async () => {
    const order = await h.cardOrder();
    const session = await start(order.id);
    h.clock.advance({ minutes: 61 });
    const page = await fetch(session.url!);
    expect(await page.text()).toContain('gått ut');
    expect((await state(order.id)).payment).toMatchObject({ status: 'expired' });
  });

  it('does not mark an order paid when the amount paid is not the order’s total (left for finance)', async () => {
    const order = await h.cardOrder();
    const session = await start(order.id);
    await q('update orders set total_inc_vat_ore = total_inc_vat_ore + 100 where id = $1', [order.id]);
    expect((await h.pay(session.url!, TEST_CARDS.ok)).status).toBe(303);
    expect(await state(order.id)).toMatchObject({ orderStatus: 'awaiting_payment', payment: { status: 'mismatch' } });
    expect(
      await q("select 1 from vouchers where source_type = 'card_payment' and text = $1", [
        `Kortbetalning order ${order.orderNumber}`,
      ]),
    ).toHaveLength(0);
  });

  it('books a sale once: a second session paid for an already paid order is left for finance, not booked', async () => {
    const order = await h.cardOrder();
    const first = await start(order.id);
    // The platform considers the first session over (its clock ran ahead); the provider still takes it.
    await q('update card_payments set expires_at = $2 where order_id = $1', [
      order.id,
      new Date(h.clock.now().getTime() - 60_000).toISOString(),
    ]);
    const second = await start(order.id);
    expect(second.url).not.toBe(first.url);
    expect((await h.pay(first.url!, TEST_CARDS.ok)).status).toBe(303);
    expect((await h.pay(second.url!, TEST_CARDS.ok)).status).toBe(303);
    const rows = await q<{ attempt: number; status: string }>(
      'select attempt, status from card_payments where order_id = $1 order by attempt',
      [order.id],
    );
    expect(rows).toEqual([
      { attempt: 1, status: 'paid' },
      { attempt: 2, status: 'mismatch' },
    ]);
    const booked = await q("select 1 from vouchers where source_type = 'card_payment' and text = $1", [
      `Kortbetalning order ${order.orderNumber}`,
    ]);
    expect(booked).toHaveLength(1);
  });

  it('answers 503 when the provider cannot be asked about the payment, without marking the event handled (so it is retried)', async () => {
    const order = await h.cardOrder();
    const session = await start(order.id);
    const sessionId = session.url!.split('/pay/')[1]!;
    const event = {
      id: 'evt_test_unreachable_1',
      object: 'event',
      type: 'checkout.session.completed',
      created: nowSec(),
      data: {
        object: {
          id: sessionId,
          object: 'checkout.session',
          url: null,
          status: 'complete',
          payment_status: 'paid',
          amount_total: order.totalIncVatOre,
          currency: 'sek',
          client_reference_id: order.id,
          expires_at: nowSec() + 3000,
          metadata: { order_id: order.id },
          payment_intent: 'pi_does_not_exist',
        },
      },
    };
    const body = JSON.stringify(event);
    const res = await webhook(body, signatureHeader(h.secret, body, nowSec()));
    expect(res.statusCode).toBe(503);
    expect(await q('select 1 from payment_events where event_id = $1', [event.id])).toHaveLength(0);
    expect((await state(order.id)).orderStatus).toBe('awaiting_payment');
  });

  it('refuses a bad signature and an old timestamp (400); handles a valid unknown event once', async () => {
    const body = JSON.stringify({
      id: 'evt_test_unknown_1',
      object: 'event',
      type: 'charge.refunded',
      created: nowSec(),
      data: { object: {} },
    });
    expect((await webhook(body, undefined)).statusCode).toBe(400);
    expect((await webhook(body, signatureHeader('whsec_not_the_secret_0000', body, nowSec()))).statusCode).toBe(400);
    expect((await webhook(body, signatureHeader(h.secret, body, nowSec() - 301))).statusCode).toBe(400);
    expect(
      (await webhook(body.replace('refunded', 'captured'), signatureHeader(h.secret, body, nowSec()))).statusCode,
    ).toBe(400);
    expect(await q('select 1 from payment_events where event_id = $1', ['evt_test_unknown_1'])).toHaveLength(0);
    const ok = await webhook(body, signatureHeader(h.secret, body, nowSec()));
    expect(ok.json()).toEqual({ received: true, outcome: 'ignored' });
    expect((await webhook(body, signatureHeader(h.secret, body, nowSec()))).json()).toEqual({
      received: true,
      outcome: 'duplicate',
    });
  });

  it('refuses to start a card payment for an invoice order or a paid one', async () => {
    const paidOrder = await h.cardOrder();
    await h.pay((await start(paidOrder.id)).url!, TEST_CARDS.ok);
    const res = await h.t.app.inject({ method: 'POST', url: `/api/payments/orders/${paidOrder.id}/checkout-session` });
    expect(res.statusCode).toBe(409);
    const invoiceOrder = await insertTestOrder(h.t.database.db, { placedAt: h.clock.now(), paymentMethod: 'invoice' });
    const refused = await h.t.app.inject({
      method: 'POST',
      url: `/api/payments/orders/${invoiceOrder.id}/checkout-session`,
    });
    expect(refused.statusCode).toBe(409);
    const missing = await h.t.app.inject({ url: '/api/payments/orders/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });

  it('never keeps the card number: not in any table of the database, not in the logs', async () => {
    const digits = ['4242424242424242', '4242 4242 4242 4242', '4000000000000002', '4000 0000 0000 0002'];
    const tables = await q<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const { table_name } of tables) {
      const rows = await q<{ row: string }>(`select t::text as row from "${table_name}" t`);
      for (const { row } of rows) for (const d of digits) expect(row, table_name).not.toContain(d);
    }
    const logs = h.t.logs.join('\n');
    expect(logs).toContain('payment event');
    for (const d of digits) expect(logs).not.toContain(d);
  });
});
