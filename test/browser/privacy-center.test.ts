import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { signedInCustomer } from '../customers.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`the privacy center in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];
  // test/customers.ts writes a verified contact person with this address and password.
  const customer = { email: 'kund-integritet@klinik.example', password: 'en lång lösenfras 2026' };

  beforeAll(async () => {
    await ensureUiBuilt();
    t = await createTestApp({ clock: new TestClock('2026-03-02T09:00:00Z') });
    await signedInCustomer(t, 'integritet');
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ baseURL: base, viewport, acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  }

  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  async function signIn(page: Page) {
    await page.getByLabel('E-postadress').fill(customer.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(customer.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  }

  async function downloaded(page: Page, click: () => Promise<void>): Promise<{ d: Download; body: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download'), click()]);
    return { d, body: fs.readFileSync((await d.path())!) };
  }

  it('downloads the extract, objects, asks for erasure and complains; a stale sign-in must sign in again', async () => {
    const page = await newPage();
    await page.goto('/konto/logga-in');
    await signIn(page);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mitt konto');

    const accountNav = page.getByRole('navigation', { name: 'Kontots sidor' });
    await accountNav.getByRole('link', { name: 'Min integritet' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Min integritet');
    expect(new URL(page.url()).pathname).toBe('/konto/integritet');
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Mitt registerutdrag',
      'Invändningar mot marknadsföring och profilering',
      'Samtycken',
      'Mina ärenden',
      'Vem har tittat på mina uppgifter',
    ]);
    await page
      .getByRole('region', { name: 'Vem har tittat på mina uppgifter' })
      .getByRole('table')
      .or(page.getByText('Ingen på Kliniksupport har tittat på dina uppgifter ännu.'))
      .first()
      .waitFor();
    expect(await serious(page)).toEqual([]);

    // The register extract: JSON (machine-readable, with the schema linked) and PDF.
    const extract = page.getByRole('region', { name: 'Mitt registerutdrag' });
    expect(await extract.getByRole('link', { name: 'Schema för JSON-filen' }).getAttribute('href')).toBe(
      '/api/privacy/register-extract.schema.json',
    );
    const json = await downloaded(page, () =>
      extract.getByRole('button', { name: 'Ladda ner som JSON (maskinläsbar)' }).click(),
    );
    expect(json.d.suggestedFilename()).toBe('registerutdrag-2026-03-02.json');
    expect(json.body.toString('utf8')).toContain(customer.email);
    expect(() => JSON.parse(json.body.toString('utf8'))).not.toThrow();
    await poll(async () => plain(await extract.getByRole('status').textContent())).toContain('Utdraget är hämtat');

    const pdf = await downloaded(page, () =>
      extract.getByRole('button', { name: 'Ladda ner som PDF', exact: true }).click(),
    );
    expect(pdf.d.suggestedFilename()).toBe('registerutdrag-2026-03-02.pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfEn = await downloaded(page, () =>
      extract.getByRole('button', { name: 'Ladda ner som PDF på engelska (in English)' }).click(),
    );
    expect(pdfEn.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Objections: to profiling, and to direct marketing by SMS, with the keyboard; listed at once.
    const objections = page.getByRole('region', { name: 'Invändningar mot marknadsföring och profilering' });
    expect(plain(await objections.textContent())).toContain('En invändning gäller direkt');
    await poll(async () => plain(await objections.textContent())).toContain('Du har inte invänt mot något ännu.');
    await objections.getByRole('button', { name: 'Invänd mot profilering (personliga erbjudanden)' }).click();
    await poll(() => objections.getByRole('status').textContent()).toBe(
      'Din invändning är registrerad och gäller från och med nu.',
    );
    const list = objections.getByRole('list', { name: 'Dina invändningar' });
    await poll(async () => plain(await list.textContent())).toContain('Profilering (personliga erbjudanden)');
    await objections.getByRole('radio', { name: 'SMS' }).focus();
    await page.keyboard.press('Space');
    expect(await objections.getByRole('radio', { name: 'SMS' }).isChecked()).toBe(true);
    await objections.getByRole('button', { name: 'Invänd mot direktmarknadsföring' }).focus();
    await page.keyboard.press('Enter');
    await poll(async () => plain(await list.textContent())).toContain('Direktmarknadsföring: SMS');
    const stored = await page.context().request.get('/api/customers/me/privacy/objections');
    expect(((await stored.json()) as { items: { kind: string; channel: string }[] }).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'profiling' }),
        expect.objectContaining({ kind: 'direct_marketing', channel: 'sms' }),
      ]),
    );

    // Consents: given in the account under the shown text, listed with its version, withdrawn with one click.
    const consents = page.getByRole('region', { name: 'Samtycken' });
    await poll(async () => plain(await consents.textContent())).toContain('Du har inte lämnat något samtycke.');
    await consents.getByRole('checkbox', { name: 'E-post' }).check();
    await consents.getByText('Version marketing-email-2026-12').waitFor();
    await consents.getByRole('button', { name: 'Lämna samtycke' }).click();
    await poll(() => consents.getByRole('status').textContent()).toBe('Ditt samtycke är registrerat.');
    const given = consents.getByRole('listitem').filter({ hasText: 'Version marketing-email-2026-12' });
    await poll(() => given.count()).toBe(1);
    await consents.getByRole('button', { name: 'Återkalla: E-post' }).click();
    await poll(() => consents.getByRole('status').textContent()).toBe('Samtycket är återkallat. Det gäller direkt.');
    await poll(async () => plain(await given.textContent())).toContain('återkallat');
    expect(await serious(page)).toEqual([]);

    // Erasure: the request appears with its status and the day it is answered by (one month on).
    const requests = page.getByRole('region', { name: 'Mina ärenden' });
    await poll(async () => plain(await requests.textContent())).toContain('Du har inga ärenden.');
    await requests.getByRole('button', { name: 'Radera mina uppgifter' }).click();
    await poll(async () => plain(await requests.getByRole('status').textContent())).toMatch(
      /^Ditt ärende \(radering\) är registrerat\. Vi svarar senast \d+ \w+ 2026\.$/,
    );
    const erasure = requests.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Radering' }) });
    await poll(() => erasure.count()).toBe(1);
    const cells = (await erasure.getByRole('cell').allTextContents()).map(plain);
    expect(cells[0]).toBe('2 mars 2026');
    expect(cells[1]).toBe('Mottaget');
    expect(cells[2]).toMatch(/^\d+ april 2026$/);
    expect(await erasure.locator('time').last().getAttribute('datetime')).toMatch(/^2026-04-\d\d$/);

    // A complaint: the answer names IMY, where one may also complain.
    await requests.getByRole('button', { name: 'Lämna ett klagomål' }).click();
    const status = requests.getByRole('status');
    await poll(async () => plain(await status.textContent())).toContain('Integritetsskyddsmyndigheten (IMY)');
    expect(await status.getByRole('link', { name: 'www.imy.se' }).getAttribute('href')).toBe('https://www.imy.se');
    await poll(() => requests.getByRole('rowheader', { name: 'Klagomål' }).count()).toBe(1);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/kliniksupport-privacy-center.png', fullPage: true });

    // Sixteen minutes on, the extract needs a fresh sign-in: explained, then back here after it.
    t.clock.advance({ minutes: 16 });
    await extract.getByRole('button', { name: 'Ladda ner som JSON (maskinläsbar)' }).click();
    const stale = extract.getByRole('status');
    await poll(async () => plain(await stale.textContent())).toContain(
      'Du loggade in för mer än 15 minuter sedan. Logga in igen för att hämta ditt registerutdrag',
    );
    expect(await serious(page)).toEqual([]);
    await stale.getByRole('link', { name: 'Logga in igen' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    expect(plain(await page.getByRole('status').first().textContent())).toContain('Logga in igen för att fortsätta');
    await signIn(page);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Min integritet');
    expect(new URL(page.url()).pathname).toBe('/konto/integritet');
    const again = await downloaded(page, () =>
      page
        .getByRole('region', { name: 'Mitt registerutdrag' })
        .getByRole('button', { name: 'Ladda ner som JSON (maskinläsbar)' })
        .click(),
    );
    expect(again.body.toString('utf8')).toContain(customer.email);
  });

  it('only goes back to a page of the account after signing in', async () => {
    const page = await newPage();
    await page.goto('/konto/logga-in?tillbaka=https://evil.example/');
    await signIn(page);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mitt konto');
    expect(new URL(page.url()).origin).toBe(base);
  });

  it('has an English version without serious accessibility violations', async () => {
    const page = await newPage({ width: 375, height: 800 });
    await page.goto('/konto/integritet');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    await signIn(page);
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Min integritet');
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('My privacy');
    const requests = page.getByRole('region', { name: 'My requests' });
    await poll(() => requests.getByRole('rowheader', { name: 'Erasure' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Download as PDF in English' }).waitFor();
    expect(await serious(page)).toEqual([]);
  });
});
