import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { runSweep } from '#src/modules/privacy/index.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { insertPurchases, type Purchases } from '../purchases.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';
import { createBackOfficeUser, signInToBackOffice, type BackOfficeUser } from './backoffice-signin.ts';

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const months = (from: string, n: number) =>
  Array.from({ length: n }, (_, k) => {
    const [y, m] = from.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1 + k, 1)).toISOString().slice(0, 7);
  });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`the retention page in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let buyer: Purchases;
  const contexts: BrowserContext[] = [];
  const dana: BackOfficeUser = {
    email: 'dana.dataskydd@kliniksupport.se',
    displayName: 'Dana Dataskydd',
    roles: ['privacy_officer'],
    password: 'Dataskydd granskar 2026',
  };
  const erik: BackOfficeUser = {
    email: 'erik.ekonomi@kliniksupport.se',
    displayName: 'Erik Ekonomi',
    roles: ['finance'],
    password: 'Ekonomi och reskontra 2026',
  };

  beforeAll(async () => {
    await ensureUiBuilt();
    t = await createTestApp({ clock: new TestClock('2026-12-04T09:00:00Z') });
    // Thirty purchases a month apart from June 2021 (all invoices paid): some are past five years,
    // one falls due each coming month, and five years on all of them are due.
    buyer = await insertPurchases(t.database, {
      tag: 'gallring',
      count: 30,
      from: new Date('2021-06-10T10:00:00Z'),
      stepMinutes: 30 * 24 * 60,
      paidEvery: 1,
    });
    // A sweep in October: the past chart and the proof of deletion have something to show.
    const october = new Date('2026-10-15T02:00:00Z');
    await runSweep(
      { db: t.database.db, targets: retentionTargets, files: null, now: () => october },
      { asOf: october, trigger: 'test' },
    );
    await createBackOfficeUser(t, dana);
    await createBackOfficeUser(t, erik);
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
    const context = await browser.newContext({ baseURL: base, viewport });
    contexts.push(context);
    return context.newPage();
  }

  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it('the privacy officer sees the forecast, the plan at any date, the proof, sweeps now and places a hold', async () => {
    const page = await newPage();
    await signInToBackOffice(t, page, base, dana);
    const nav = page.getByRole('navigation', { name: 'Personalens sidor' });
    await nav.getByRole('link', { name: 'Gallring och radering' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Gallring och radering');
    expect(new URL(page.url()).pathname).toBe('/admin/gallring');
    expect(await nav.getByRole('link', { name: 'Gallring och radering' }).getAttribute('aria-current')).toBe('page');

    // The charts: twelve months ahead from this month, twelve back to it, each with its figures.
    const coming = page.getByRole('figure', { name: 'Kommande 12 månader: rader som förfaller, per regel' });
    const past = page.getByRole('figure', { name: 'Senaste 12 månaderna: raderade och minimerade rader, per regel' });
    await coming.locator('svg rect').first().waitFor();
    expect(await coming.locator('time').evaluateAll((ts) => ts.map((e) => e.getAttribute('datetime')))).toEqual(
      months('2026-12', 12),
    );
    expect(await past.locator('time').evaluateAll((ts) => ts.map((e) => e.getAttribute('datetime')))).toEqual(
      months('2026-01', 12),
    );
    expect(plain(await coming.getByRole('list', { name: 'Regler' }).textContent())).toContain(
      'Köp-, order- och användarhistorik',
    );
    await past.getByText('Visa siffrorna som tabell').click();
    const october = past.getByRole('row', { name: /oktober 2026/ });
    expect(Number(await october.getByRole('cell').last().textContent())).toBeGreaterThan(0);
    expect(await past.locator('svg rect').count()).toBeGreaterThan(0);

    // The plan: today by default; five years on, more purchase history is due.
    const planRegion = page.getByRole('region', { name: 'Planen: vad en gallring skulle göra' });
    const dateField = planRegion.getByLabel('Visa planen per datum');
    await poll(() => dateField.inputValue()).toBe('2026-12-04');
    const ordersDue = async () =>
      Number(
        await planRegion.getByRole('row').filter({ hasText: 'orders.history' }).getByRole('cell').nth(2).textContent(),
      );
    await poll(ordersDue).toBeGreaterThan(0);
    const dueNow = await ordersDue();
    await dateField.fill('2031-12-04');
    await planRegion.getByRole('button', { name: 'Visa' }).click();
    await poll(() => planRegion.locator('caption').textContent()).toMatch(/^Gallringsplan per 2031-12-04/);
    expect(await ordersDue()).toBeGreaterThan(dueNow);
    const dueLater = await ordersDue();

    // The proof of deletion shows October's sweep; a sweep now is queued as the daily job.
    const runs = page.getByRole('region', { name: 'Genomförda gallringar (bevis på radering)' });
    const run = runs.getByRole('table', { name: 'De senaste gallringarna, nyast först' }).locator('tbody tr');
    await poll(() => run.count()).toBe(1);
    expect(plain(await run.textContent())).toMatch(/Klar.*Test.*orders\.history Raderade \d+ rader/);
    await runs.getByRole('button', { name: 'Gallra nu' }).click();
    await poll(async () => plain(await runs.getByRole('status').textContent())).toBe(
      'Gallringen är köad och körs strax. Uppdatera listan om en stund.',
    );
    const jobs = await t.database.query(`select 1 from pgboss.job where name = 'privacy.retention-sweep'`);
    expect(jobs.length).toBeGreaterThan(0);

    // A legal hold on the buyer (a claim in debt collection) keeps its history until released.
    const holds = page.getByRole('region', { name: 'Rättsliga spärrar' });
    await holds.getByLabel('Id', { exact: true }).fill('inte-ett-id');
    await holds.getByRole('button', { name: 'Lägg spärr' }).click();
    await poll(() => holds.locator('#hold-subject-id-error').count()).toBe(1);
    await holds.getByLabel('Gäller').selectOption({ label: 'Företag' });
    await holds.getByLabel('Id', { exact: true }).fill(buyer.companyId);
    await holds.getByLabel('Skäl').selectOption({ label: 'Indrivning' });
    await holds.getByRole('button', { name: 'Lägg spärr' }).click();
    await poll(async () => plain(await holds.getByRole('status').textContent())).toBe('Spärren är lagd.');
    const hold = holds.getByRole('row').filter({ hasText: buyer.companyId });
    await poll(async () => plain(await hold.textContent())).toMatch(/Indrivning.*2026-12-04.*Öppen/);
    await planRegion.getByRole('button', { name: 'Visa' }).click();
    await poll(ordersDue).toBe(0);
    const ordersRow = planRegion.getByRole('row').filter({ hasText: 'orders.history' });
    expect(plain(await ordersRow.textContent())).toContain(`${dueLater} av Öppna rättsliga anspråk`);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/kliniksupport-retention.png', fullPage: true });
    await page.getByRole('region', { name: 'Översikt per månad' }).screenshot({
      path: '/tmp/kliniksupport-retention-chart.png',
    });

    await hold.getByRole('button', { name: `Häv spärren för Företag ${buyer.companyId}` }).click();
    await poll(async () => plain(await holds.getByRole('status').textContent())).toBe('Spärren är hävd.');
    await poll(async () => plain(await hold.textContent())).toContain('Hävd 2026-12-04');
    expect(await hold.getByRole('button').count()).toBe(0);

    // In English too.
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Retention');
    await page.getByRole('figure', { name: 'Next 12 months: rows falling due, by rule' }).waitFor();
    expect((await page.getByRole('status').allTextContents()).map(plain)).toEqual([
      'The sweep is queued and runs shortly. Refresh the list in a while.',
      'The hold is released.',
    ]);
    expect(await serious(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/kliniksupport-retention-mobile-en.png', fullPage: true });
  });

  it('finance reaches only the legal holds (here at mobile width); the rest stays closed', async () => {
    const page = await newPage({ width: 375, height: 800 });
    await signInToBackOffice(t, page, base, erik);
    await page
      .getByRole('navigation', { name: 'Personalens sidor' })
      .getByRole('link', { name: 'Gallring och radering' })
      .click();
    const holds = page.getByRole('region', { name: 'Rättsliga spärrar' });
    await poll(() => holds.getByRole('table', { name: 'Spärrar, senaste först' }).locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Planen: vad en gallring skulle göra' }).count()).toBe(0);
    expect(await page.getByRole('figure').count()).toBe(0);
    expect((await page.context().request.get('/api/privacy/retention/plan')).status()).toBe(403);
    expect(await serious(page)).toEqual([]);
  });
});
