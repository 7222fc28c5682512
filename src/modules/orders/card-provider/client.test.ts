import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalCardProvider, type StartedCardProvider } from '#src/providers/card/index.ts';
import { CardProviderError, createCardProviderClient } from './client.ts';
import { verifySignature } from './signature.ts';
import { cardOf } from './types.ts';

const secret = 'whsec_adapter_test_0123456789';
const apiKey = 'sk_test_adapter_0001';

/** A webhook receiver that answers with the statuses given, in turn (then 200), recording what it got. */
function receiver(statuses: number[] = []) {
  const got: { type: string; id: string; verified: boolean }[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const event = JSON.parse(raw) as { id: string; type: string };
      let verified = true;
      try {
        verifySignature(req.headers['stripe-signature'] as string, raw, secret, Math.floor(Date.now() / 1000));
      } catch {
        verified = false;
      }
      got.push({ type: event.type, id: event.id, verified });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return { got, server };
}

const form = (card: string) => new URLSearchParams({ cardnumber: card, exp: '12/34', cvc: '123' }).toString();

describe('the card payment adapter against the local provider, over HTTP', () => {
  let provider: StartedCardProvider;
  let hook: ReturnType<typeof receiver>;
  let client: ReturnType<typeof createCardProviderClient>;
  const input = (orderId: string) => ({
    amountOre: 123_400,
    description: 'Kliniksupport order KS-2026-000001',
    orderId,
    successUrl: 'https://shop.example/kassa/tack?session={CHECKOUT_SESSION_ID}',
    cancelUrl: 'https://shop.example/kassa',
  });
  const payOn = (url: string, card: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(card),
      redirect: 'manual',
    });

  beforeAll(async () => {
    hook = receiver([500]); // the first delivery fails: the provider must retry it
    await new Promise<void>((r) => hook.server.listen(0, '127.0.0.1', r));
    provider = await startLocalCardProvider({
      apiKey,
      webhook: { url: `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/`, secret },
      retryDelaysMs: [10, 10, 10],
    });
    client = createCardProviderClient({ apiUrl: provider.url, apiKey });
  });
  afterAll(async () => {
    await provider?.close();
    hook?.server.close();
  });

  it('creates a checkout session, idempotently per Idempotency-Key', async () => {
    const s = await client.createCheckoutSession(input('11111111-1111-4111-8111-111111111111'), 'order-1');
    expect(s).toMatchObject({ status: 'open', payment_status: 'unpaid', amount_total: 123_400, currency: 'sek' });
    expect(s.client_reference_id).toBe('11111111-1111-4111-8111-111111111111');
    expect(s.url).toBe(`${provider.url}/pay/${s.id}`);
    const again = await client.createCheckoutSession(input('11111111-1111-4111-8111-111111111111'), 'order-1');
    expect(again.id).toBe(s.id);
    const other = await client
      .createCheckoutSession({ ...input('11111111-1111-4111-8111-111111111111'), amountOre: 1 }, 'order-1')
      .catch((e: unknown) => e);
    expect(other).toMatchObject({ status: 400, type: 'idempotency_error' });
    expect((await client.retrieveCheckoutSession(s.id)).id).toBe(s.id);
  });

  it('refuses a wrong API key and an unknown session, with Stripe’s error shape', async () => {
    const bad = createCardProviderClient({ apiUrl: provider.url, apiKey: 'sk_test_wrong_key' });
    const e = await bad.retrieveCheckoutSession('cs_test_x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardProviderError);
    expect(e).toMatchObject({ status: 401 });
    expect(await client.retrieveCheckoutSession('cs_test_none').catch((x: unknown) => x)).toMatchObject({
      status: 404,
      code: 'resource_missing',
    });
  });

  it('is paid with 4242 4242 4242 4242: redirect to success_url, a signed event (retried after a 500), brand and last four', async () => {
    const s = await client.createCheckoutSession(input('22222222-2222-4222-8222-222222222222'), 'order-2');
    const page = await fetch(s.url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="cardnumber"');
    const res = await payOn(s.url!, '4242 4242 4242 4242');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`https://shop.example/kassa/tack?session=${s.id}`);
    const done = await client.retrieveCheckoutSession(s.id);
    expect(done).toMatchObject({ status: 'complete', payment_status: 'paid' });
    const pi = await client.retrievePaymentIntent(done.payment_intent as string);
    expect(pi.status).toBe('succeeded');
    expect(cardOf(pi)).toEqual({ brand: 'visa', last4: '4242' });
    expect(JSON.stringify(pi)).not.toContain('4242424242424242');
    await vi.waitFor(() => {
      const completed = hook.got.filter((g) => g.type === 'checkout.session.completed');
      expect(completed.length).toBe(2); // 500, then retried and 200
      expect(completed[0]!.id).toBe(completed[1]!.id);
      expect(completed.every((g) => g.verified)).toBe(true);
    });
  });

  it('is declined with 4000 0000 0000 0002: the page says so, payment_intent.payment_failed is sent, the session stays open', async () => {
    const s = await client.createCheckoutSession(input('33333333-3333-4333-8333-333333333333'), 'order-3');
    const res = await payOn(s.url!, '4000 0000 0000 0002');
    expect(res.status).toBe(402);
    expect(await res.text()).toContain('Kortet nekades');
    const open = await client.retrieveCheckoutSession(s.id);
    expect(open.status).toBe('open');
    const pi = await client.retrievePaymentIntent(open.payment_intent as string);
    expect(pi.last_payment_error).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' });
    expect(pi.metadata).toEqual({ order_id: '33333333-3333-4333-8333-333333333333' });
    await vi.waitFor(() => expect(hook.got.some((g) => g.type === 'payment_intent.payment_failed')).toBe(true));
  });

  it('expires: checkout.session.expired is sent and the page no longer takes payment', async () => {
    const s = await client.createCheckoutSession(input('44444444-4444-4444-8444-444444444444'), 'order-4');
    const expired = await client.expireCheckoutSession(s.id);
    expect(expired.status).toBe('expired');
    expect(await client.expireCheckoutSession(s.id).catch((e: unknown) => e)).toMatchObject({ status: 400 });
    const res = await payOn(s.url!, '4242 4242 4242 4242');
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('gått ut');
    await vi.waitFor(() => expect(hook.got.some((g) => g.type === 'checkout.session.expired')).toBe(true));
  });

  it('refuses parameters as Stripe does: expires_at outside 30 min – 24 h, a missing success_url', async () => {
    const soon = Math.floor(Date.now() / 1000) + 60;
    expect(
      await client
        .createCheckoutSession({ ...input('55555555-5555-4555-8555-555555555555'), expiresAt: soon }, 'o5')
        .catch((e: unknown) => e),
    ).toMatchObject({ status: 400, type: 'invalid_request_error' });
    expect(
      await client
        .createCheckoutSession({ ...input('55555555-5555-4555-8555-555555555555'), successUrl: 'not a url' }, 'o6')
        .catch((e: unknown) => e),
    ).toMatchObject({ status: 400 });
  });
});
