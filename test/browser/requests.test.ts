import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { signedInCustomer } from '../customers.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';
import { createBackOfficeUser, signInToBackOffice, type BackOfficeUser } from './backoffice-signin.ts';

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const SCAN = Buffer.concat([
  Buffer.from('%PDF-1.4\n% inskannat brev\n'),
  Buffer.alloc(1024, 0x20),
  Buffer.from('%%EOF\n'),
]);

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`data subject requests in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let filesDir: string;
  let customer: Awaited<ReturnType<typeof signedInCustomer>>;
  const contexts: BrowserContext[] = [];
  const dana: BackOfficeUser = {
    email: 'dana.dataskydd@kliniksupport.se',
    displayName: 'Dana Dataskydd',
    roles: ['privacy_officer'],
    password: 'Dataskydd granskar 2026',
  };

  beforeAll(async () => {
    await ensureUiBuilt();
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'ks-browser-requests-'));
    t = await createTestApp({ env: { FILES_DIR: filesDir }, clock: new TestClock('2026-03-02T09:00:00Z') });
    customer = await signedInCustomer(t, 'skriver');
    await createBackOfficeUser(t, dana);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.close();
    await rm(filesDir, { recursive: true, force: true });
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

  async function downloaded(page: Page, click: () => Promise<void>): Promise<{ d: Download; body: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download'), click()]);
    return { d, body: fs.readFileSync((await d.path())!) };
  }

  it('the officer registers a letter with its scan, verifies identity, asks for more, resumes and downloads the extract', async () => {
    const page = await newPage();
    await signInToBackOffice(t, page, base, dana);
    await page
      .getByRole('navigation', { name: 'Personalens sidor' })
      .getByRole('link', { name: 'Registerförfrågningar' })
      .click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Registerförfrågningar');
    const queue = page.getByRole('region', { name: 'Kön' });
    await poll(async () => plain(await queue.textContent())).toContain('Inga begäranden här.');

    // Register the letter: find the person by the account's e-mail address, then the scan.
    const form = page.getByRole('region', { name: 'Registrera ett brev' });
    await form
      .getByRole('textbox', { name: 'E-postadress eller organisationsnummer' })
      .fill('kund-skriver@klinik.example');
    await form.getByRole('button', { name: 'Sök' }).click();
    await form.getByRole('radio', { name: /kund-skriver@klinik\.example/ }).check();
    await form.getByLabel('Slag').selectOption({ label: 'Registerutdrag' });
    await form.getByLabel('Mottagen (datum)').fill('2026-02-27');
    await form
      .getByLabel(/Inskannat brev/)
      .setInputFiles({ name: 'brev.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await form.getByRole('button', { name: 'Registrera' }).click();

    // The request's own page.
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/admin\/registerforfragningar\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const facts = page.getByRole('region', { name: 'Rätt till tillgång (registerutdrag)' });
    await poll(async () => plain(await facts.textContent())).toContain('Svar senast2026-03-27 (25 dagar kvar)');
    expect(plain(await facts.textContent())).toContain('KanalBrev');
    const files = page.getByRole('region', { name: 'Bilagor' });
    const scanLink = files.getByRole('link', { name: 'Visa 1' });
    await scanLink.waitFor();
    const served = await page.context().request.get((await scanLink.getAttribute('href'))!);
    expect(served.status()).toBe(200);
    expect(Buffer.from(await served.body()).equals(SCAN)).toBe(true);
    const letters = page.getByRole('region', { name: 'Skickade brev' });
    expect(plain(await letters.textContent())).toContain('Mottagningsbekräftelse (Svenska, e-post)');

    // Identity: the signed letter compared with the account, a personnummer given (hashed server side).
    const verification = page.getByRole('region', { name: 'Identitetskontroll' });
    await verification.getByLabel('Metod').selectOption({ label: 'Undertecknat brev' });
    await verification.getByRole('button', { name: 'Börja kontrollen' }).click();
    await poll(async () => plain(await verification.getByRole('status').textContent())).toContain('namnteckning');
    await verification.getByLabel('Personnummer (valfritt)').fill('811218-9875');
    await verification.getByRole('button', { name: 'Registrera utfallet' }).click();
    await verification.locator('#verification-personnummer-error').waitFor();
    await verification.getByLabel('Personnummer (valfritt)').fill('811218-9876');
    await verification.getByRole('button', { name: 'Registrera utfallet' }).click();
    await poll(async () => plain(await verification.textContent())).toContain(
      'Undertecknat brev: Styrkt (2026-03-02, personnummer angivet)',
    );
    const stored = await t.database.query<{ row: string }>(
      'select row_to_json(v)::text as row from rights_request_verifications v',
    );
    expect(stored.map((r) => r.row).join()).not.toContain('8112189876');

    // Ask for supplementary information: the clock stops; the answer comes, and it runs again.
    const steps = page.getByRole('region', { name: 'Handläggning' });
    await steps.getByRole('checkbox', { name: 'Vilka uppgifter eller vilken period' }).check();
    await steps.getByRole('button', { name: 'Skicka brevet och pausa' }).click();
    await poll(async () => plain(await facts.textContent())).toContain('Väntar på den registrerade');
    expect(plain(await facts.textContent())).toContain('Pausad sedan 2026-03-02');
    await poll(async () => plain(await letters.textContent())).toContain(
      'Begäran om komplettering (Svenska, e-post): Vilka uppgifter eller vilken period',
    );
    await steps.getByRole('button', { name: 'Svaret har kommit: återuppta' }).click();
    await poll(async () => plain(await facts.textContent())).toContain('LägePågår');

    // The extract of the person, PDF and JSON: each download in the access log.
    const extract = page.getByRole('region', { name: 'Registerutdrag' });
    const pdf = await downloaded(page, () => extract.getByRole('link', { name: 'Hämta PDF' }).click());
    expect(pdf.d.suggestedFilename()).toMatch(/^registerutdrag-2026-03-\d\d\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const json = await downloaded(page, () => extract.getByRole('link', { name: 'Hämta JSON' }).click());
    expect(JSON.parse(json.body.toString()).subject.contactId).toBe(customer.contactId);
    const logged = await t.database.query<{ n: string }>(
      `select count(*)::text as n from access_log where subject_id = $1 and action = 'export' and actor_role = 'privacy_officer'`,
      [customer.contactId],
    );
    expect(Number(logged[0]!.n)).toBe(2);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/kliniksupport-request.png', fullPage: true });

    // The queue lists it, with its due date.
    await page.getByRole('link', { name: 'Tillbaka till kön' }).click();
    const row = page.getByRole('row').filter({ hasText: '2026-02-27' });
    await poll(async () => plain(await row.textContent())).toMatch(/Rätt till tillgång.*Brev.*2026-02-27.*Pågår/);
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/admin/registerforfragningar/${id}`);
    expect(await serious(page)).toEqual([]);

    // In English, at mobile width.
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Data subject requests');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await serious(page)).toEqual([]);
  });
});
