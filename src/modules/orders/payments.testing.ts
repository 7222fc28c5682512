import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { TestClock } from '#src/platform/clock/index.ts';
import { startLocalCardProvider, type StartedCardProvider } from '#src/providers/card/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertTestOrder } from './invoices.testing.ts';
import { orders } from './orders.tables.ts';

export const TEST_CARDS = { ok: '4242 4242 4242 4242', declined: '4000 0000 0000 0002' } as const;

/**
 * The platform listening on a real port, and the local card provider beside it: sessions created
 * over HTTP, webhooks signed and sent back over HTTP. Both read the same test clock.
 */
export async function startPaymentsHarness(opts: { retryDelaysMs?: number[]; env?: Record<string, string> } = {}) {
  const clock = new TestClock();
  const env = { PAYMENT_API_KEY: 'sk_test_harness_0001', PAYMENT_WEBHOOK_SECRET: 'whsec_test_harness_0123456789' };
  const provider: StartedCardProvider = await startLocalCardProvider({
    apiKey: env.PAYMENT_API_KEY,
    webhook: { url: undefined, secret: env.PAYMENT_WEBHOOK_SECRET },
    now: () => clock.now(),
    retryDelaysMs: opts.retryDelaysMs ?? [20, 50, 100],
  });
  const t: TestApp = await createTestApp({ clock, env: { ...env, PAYMENT_API_URL: provider.url, ...opts.env } });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const platformUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  provider.setWebhookUrl(`${platformUrl}/api/payments/webhook`);

  return {
    t,
    clock,
    provider,
    platformUrl,
    secret: env.PAYMENT_WEBHOOK_SECRET,
    /** A card order awaiting payment, as the checkout leaves it. */
    async cardOrder(over: { contactId?: string | null; companyId?: string | null } = {}) {
      const order = await insertTestOrder(t.database.db, { placedAt: clock.now(), paymentMethod: 'card', ...over });
      await t.database.db.update(orders).set({ status: 'awaiting_payment' }).where(eq(orders.id, order.id));
      return order;
    },
    /** Types a card into the provider's hosted page, as a browser would (the form's fields). */
    async pay(sessionUrl: string, cardNumber: string) {
      const page = await fetch(sessionUrl);
      const html = await page.text();
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
      if (!action) return { status: page.status, location: null, html };
      const res = await fetch(new URL(action, sessionUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ cardnumber: cardNumber, exp: '12/34', cvc: '123' }).toString(),
        redirect: 'manual',
      });
      return { status: res.status, location: res.headers.get('location'), html: await res.text() };
    },
    async close() {
      await provider.close();
      await t.close();
    },
  };
}
export type PaymentsHarness = Awaited<ReturnType<typeof startPaymentsHarness>>;
