import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertTestCategories, insertTestProduct, productLots } from '#src/modules/catalog/index.ts';
import { startLocalCardProvider, type StartedCardProvider } from '#src/providers/card/index.ts';
import { startLocalCarrier } from '#src/providers/carrier/index.ts';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { startTestSmtp, tokenOf, type TestSmtp } from '../smtp.ts';
import { createBackOfficeUser, signInToBackOffice } from './backoffice-signin.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const KEYS = {
  PAYMENT_API_KEY: 'sk_test_browser_0001',
  PAYMENT_WEBHOOK_SECRET: 'whsec_test_browser_0123456789',
  CARRIER_API_KEY: 'browsercarrier0001-browsercarriersecret0000000',
  CARRIER_WEBHOOK_SECRET: 'browser-carrier-webhook-secret-01',
};

/**
 * The webshop end to end in Chromium: a guest and an account holder buy, by invoice and by card
 * (on the local card provider's payment page), get the confirmation e-mail over SMTP, find the
 * order and its invoice PDF in the account; order administration ships it in the back office and
 * the customer sees the status change as the carrier reports it.
 */
describe.skipIf(!hasChromium)(`webshop in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let provider: StartedCardProvider;
  let carrier: Awaited<ReturnType<typeof startLocalCarrier>>;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];
  const clock = new TestClock();
  const carrierHook = { url: 'http://127.0.0.1:9/unset', secret: KEYS.CARRIER_WEBHOOK_SECRET, now: () => clock.now() };
  const buyer = { email: 'greta.gast@kliniken-lund.example' };
  const holder = { email: 'hanna.konto@kliniken-malmo.example', password: 'Malmö kliniks fras 2026' };

  beforeAll(async () => {
    await ensureUiBuilt();
    smtp = await startTestSmtp();
    provider = await startLocalCardProvider({
      apiKey: KEYS.PAYMENT_API_KEY,
      webhook: { url: undefined, secret: KEYS.PAYMENT_WEBHOOK_SECRET },
      now: () => clock.now(),
      retryDelaysMs: [50, 200, 1000],
    });
    carrier = await startLocalCarrier({ apiKey: KEYS.CARRIER_API_KEY, webhook: carrierHook, autoAdvanceMs: 0 });
    // The payment page sends the browser back to PUBLIC_URL: the platform's own address here.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await createTestApp({
      clock,
      env: {
        SMTP_URL: smtp.url,
        PUBLIC_URL: base,
        PAYMENT_API_URL: provider.url,
        CARRIER_API_URL: carrier.apiUrl,
        ...KEYS,
      },
    });
    await t.app.listen({ host: '127.0.0.1', port });
    provider.setWebhookUrl(`${base}/api/payments/webhook`);
    carrierHook.url = `${base}/api/carrier/webhooks`;
    await t.rt.jobs.work();
    await insertTestCategories(t.database.db);
    const productId = await insertTestProduct(
      { db: t.database.db, clock },
      { articleNumber: 'SHOP-1', nameSv: 'Nitrilhandskar M', nameEn: 'Nitrile gloves M', stock: 50 },
    );
    await t.database.db
      .insert(productLots)
      .values({ productId, lotNumber: 'L-2026-01', expiresOn: '2028-06-30', quantity: 50, receivedAt: clock.now() });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.close();
    await provider?.close();
    await carrier?.close();
    await smtp?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  async function addToCart(page: Page) {
    await page.goto('/');
    await page.getByRole('button', { name: 'Lägg Nitrilhandskar M i varukorgen' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'lagd i varukorgen' }).count()).toBe(1);
    await page.getByRole('link', { name: /Varukorg/ }).click();
    await page.getByRole('link', { name: 'Till kassan' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kassa');
  }

  async function placeOrder(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Skicka beställningen' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tack för din beställning!');
    return (await page.locator('strong').first().textContent())!.trim();
  }

  it('a guest buys by invoice, refusing marketing, and gets the confirmation e-mail', async () => {
    const page = await newPage();
    await addToCart(page);
    await page.getByLabel('Företagets namn').fill('Kliniken i Lund AB');
    await page.getByLabel('Organisationsnummer').fill('556711-0373');
    await page.getByLabel('Namn', { exact: true }).fill('Greta Gäst');
    await page.getByLabel('E-postadress').fill(buyer.email);
    await page.getByLabel('Gatuadress').fill('Kyrkogatan 3');
    await page.getByLabel('Postnummer').fill('222 22');
    await page.getByLabel('Ort', { exact: true }).fill('Lund');
    await page.getByLabel('Jag vill inte få marknadsföring').check();
    await page.getByLabel('Faktura, 30 dagar netto').check();
    const orderNumber = await placeOrder(page);
    const mail = await smtp.waitFor(buyer.email, (m) => m.text.includes(orderNumber));
    expect(mail.subject).toContain(orderNumber);
    const [row] = await t.database.query<{ account_used: boolean; marketing_refused: boolean; n: number }>(
      `select o.account_used, o.marketing_refused, (select count(*)::int from invoices i where i.order_id = o.id) as n
       from orders o where o.order_number = $1`,
      [orderNumber],
    );
    expect(row).toEqual({ account_used: false, marketing_refused: true, n: 1 });
  });

  it('an account holder pays by card on the provider page, then by invoice; finds both and the PDF; staff ship; the status follows', async () => {
    // The account: registered and verified through the API (the account pages have their own browser test).
    const registered = await fetch(`${base}/api/customers/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({
        company: {
          orgNr: '556711-0746',
          name: 'Kliniken i Malmö AB',
          street: 'Södra Förstadsgatan 1',
          postalCode: '211 43',
          city: 'Malmö',
        },
        contact: { fullName: 'Hanna Konto', email: holder.email, password: holder.password },
      }),
    });
    expect(registered.status).toBeLessThan(300);
    const verify = await smtp.waitFor(holder.email, (m) => m.subject.startsWith('Bekräfta din e-postadress'));
    await fetch(`${base}/api/customers/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ token: tokenOf(verify, '/konto/verifiera') }),
    });

    const page = await newPage();
    await page.goto('/konto/logga-in');
    await page.getByLabel('E-postadress').fill(holder.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(holder.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mitt konto');

    // By card: the provider's page takes the card; the platform never sees its number.
    await addToCart(page);
    await page.getByLabel('Kort', { exact: true }).check();
    const cardOrder = await placeOrder(page);
    await page.getByRole('button', { name: 'Betala med kort' }).click();
    await page.waitForURL((u) => u.origin === new URL(provider.url).origin);
    await page.locator('#cardnumber').fill('4242 4242 4242 4242');
    await page.locator('#exp').fill('12/34');
    await page.locator('#cvc').fill('123');
    await page.getByRole('button', { name: /Betala/ }).click();
    await page.waitForURL((u) => u.pathname === `/kassa/tack/${cardOrder}`);
    await poll(() => page.getByText('Betalningen är mottagen. Tack!').count()).toBe(1);
    await smtp.waitFor(holder.email, (m) => m.text.includes(cardOrder));

    // By invoice.
    await addToCart(page);
    await page.getByLabel('Faktura, 30 dagar netto').check();
    const invoiceOrder = await placeOrder(page);
    await smtp.waitFor(holder.email, (m) => m.text.includes(invoiceOrder));

    // Both in the account; the invoice order has its PDF.
    await page.goto('/konto/ordrar');
    await poll(() => page.getByRole('link', { name: cardOrder }).count()).toBe(1);
    await page.getByRole('link', { name: invoiceOrder }).click();
    const pdfLink = page.getByRole('link', { name: 'Faktura (PDF)' });
    await poll(() => pdfLink.count()).toBe(1);
    const pdf = await page.context().request.get(new URL((await pdfLink.getAttribute('href'))!, base).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Order administration ships the card order in the back office.
    const staff = {
      email: 'olle.order@kliniksupport.se',
      password: 'Orderadministration 2026!',
      displayName: 'Olle Order',
      roles: ['order_administration'],
    };
    await createBackOfficeUser(t, staff);
    const office = await newPage();
    await signInToBackOffice(t, office, base, staff);

    // Paid card orders are ready to ship; the list opens on orders placed by invoice.
    await office.getByLabel('Status').selectOption({ label: 'Betald' });
    await office.getByRole('button', { name: 'Visa' }).click();
    await office.getByRole('button', { name: `Öppna ${cardOrder}` }).click();
    await office.getByRole('button', { name: 'Skicka ordern' }).click();
    await poll(() => office.getByText(/Ordern är skickad\. Sändningsnummer/).count()).toBe(1);
    await smtp.waitFor(
      holder.email,
      (m) => m.text.includes(cardOrder) && m.subject.includes(`Din order ${cardOrder} har skickats`),
    );

    // The customer sees it shipped, then delivered once the carrier says so.
    const status = () => page.locator('main').textContent();
    await page.goto(`/konto/ordrar/${cardOrder}`);
    await poll(status).toContain('Skickad');
    const [shipment] = await t.database.query<{ carrier_shipment_id: string }>(
      'select s.carrier_shipment_id from shipments s join orders o on o.id = s.order_id where o.order_number = $1',
      [cardOrder],
    );
    const delivered = await fetch(`${carrier.baseUrl}/test/shipments/${shipment!.carrier_shipment_id}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEYS.CARRIER_API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'DELIVERED' }),
    });
    expect(delivered.status).toBeLessThan(300);
    await poll(async () => {
      await page.reload();
      return status();
    }).toContain('Levererad');
  });
});
