import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { signedInCustomer } from '../customers.ts';
import { startTestSmtp, type TestSmtp } from '../smtp.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';
import { createBackOfficeUser, signInToBackOffice, type BackOfficeUser } from './backoffice-signin.ts';

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

/**
 * Data subject rights end to end in Chromium: the customer downloads the register extract (PDF and
 * JSON), objects to profiling and asks for erasure; the privacy officer reads the plan in the back
 * office and approves it; the account is gone and the letter arrives over SMTP.
 */
describe.skipIf(!hasChromium)(`erasure in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;
  let base: string;
  let customer: Awaited<ReturnType<typeof signedInCustomer>>;
  const contexts: BrowserContext[] = [];
  const login = { email: 'kund-glomd@klinik.example', password: 'en lång lösenfras 2026' };
  const dana: BackOfficeUser = {
    email: 'dana.dataskydd@kliniksupport.se',
    displayName: 'Dana Dataskydd',
    roles: ['privacy_officer'],
    password: 'Dataskydd granskar 2026',
  };

  beforeAll(async () => {
    await ensureUiBuilt();
    smtp = await startTestSmtp();
    t = await createTestApp({
      env: { SMTP_URL: smtp.url, RECIPIENT_NOTICES: 'carriers=integritet@frakt.example' },
      clock: new TestClock('2026-03-02T09:00:00Z'),
    });
    await t.rt.jobs.work();
    customer = await signedInCustomer(t, 'glomd');
    // Some history: searches, a sign-in from an address, a delivery handed to a carrier.
    await t.database.query(
      `insert into usage_events (contact_id, kind, subject, occurred_at)
       select $1, 'search', 'handskar', $2::timestamptz - g * interval '1 day' from generate_series(1, 3) g`,
      [customer.contactId, t.clock.now()],
    );
    await t.database.query(
      `insert into security_events (type, at, contact_id, ip) values ('customer.signed_in', $1, $2, '203.0.113.77')`,
      [t.clock.now(), customer.contactId],
    );
    await t.database.query(
      `insert into disclosures (at, recipient, purpose, categories, subject_type, subject_id, reference)
       values ($1, 'carriers', 'a.orders', array['full_name','address'], 'contact', $2, 'order:2026-000042')`,
      [t.clock.now(), customer.contactId],
    );
    await createBackOfficeUser(t, dana);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.close();
    await smtp?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: base,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
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
  async function signIn(page: Page) {
    await page.getByLabel('E-postadress').fill(login.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(login.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  }

  it('extract, objection, erasure asked; the officer approves the plan; the account is gone and the letter arrives', async () => {
    // The customer: extract as JSON and PDF, an objection to profiling, a request for erasure.
    const me = await newPage();
    await me.goto('/konto/logga-in?tillbaka=/konto/integritet');
    await signIn(me);
    await poll(() => me.getByRole('heading', { level: 1 }).textContent()).toBe('Min integritet');
    const extract = me.getByRole('region', { name: 'Mitt registerutdrag' });
    const json = await downloaded(me, () =>
      extract.getByRole('button', { name: 'Ladda ner som JSON (maskinläsbar)' }).click(),
    );
    const parsed = JSON.parse(json.body.toString('utf8')) as { sections: { table: string }[] };
    expect(parsed.sections.map((s) => s.table)).toEqual(expect.arrayContaining(['contacts', 'usage_events']));
    const pdf = await downloaded(me, () =>
      extract.getByRole('button', { name: 'Ladda ner som PDF', exact: true }).click(),
    );
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const objections = me.getByRole('region', { name: 'Invändningar mot marknadsföring och profilering' });
    await objections.getByRole('button', { name: 'Invänd mot profilering (personliga erbjudanden)' }).click();
    await poll(() => objections.getByRole('status').textContent()).toBe(
      'Din invändning är registrerad och gäller från och med nu.',
    );
    const requests = me.getByRole('region', { name: 'Mina ärenden' });
    await requests.getByRole('button', { name: 'Radera mina uppgifter' }).click();
    await poll(async () => plain(await requests.getByRole('status').textContent())).toContain(
      'Ditt ärende (radering) är registrerat',
    );
    const [request] = await t.database.query<{ id: string }>(
      `select id from rights_requests where contact_id = $1 and kind = 'erasure'`,
      [customer.contactId],
    );

    // The privacy officer: the plan in three groups, the carrier to be told, then the approval.
    const dpo = await newPage();
    await signInToBackOffice(t, dpo, base, dana);
    await dpo.goto(`/admin/registerforfragningar/${request!.id}`);
    const plan = dpo.getByRole('region', { name: 'Raderingsplan' });
    await poll(async () => plain(await plan.textContent())).toContain('Användarhistorik (sökningar och besök): 3');
    expect(plain(await plan.textContent())).toContain('Dina kontaktuppgifter och ditt konto');
    expect(plain(await plan.textContent())).toContain('Transportföretag för allmänna varutransporter');
    expect(await serious(dpo)).toEqual([]);
    await plan.getByRole('button', { name: 'Godkänn raderingen' }).click();
    const dialog = dpo.getByRole('dialog', { name: 'Radera enligt planen?' });
    await dialog.getByRole('button', { name: 'Ja, radera' }).click();
    // The request is answered: the page shows it closed (the plan is gone with the data).
    await poll(async () => plain(await dpo.getByRole('main').textContent())).toContain('LägeBesvarad');

    // The letter over SMTP, the carrier's notice, and no account any more.
    const letter = await smtp.waitFor(login.email, (m) => m.subject.includes('raderade'));
    expect(letter.subject).toContain('Dina personuppgifter är raderade');
    expect(letter.text).toContain('Användarhistorik (sökningar och besök): 3 poster');
    const notice = await smtp.waitFor('integritet@frakt.example');
    expect(notice.text).toContain('order:2026-000042');
    expect(await t.database.query('select 1 from contacts where id = $1', [customer.contactId])).toEqual([]);
    await me.goto('/konto/integritet');
    await poll(() => me.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    await signIn(me);
    await poll(async () => plain(await me.getByRole('main').textContent())).toMatch(
      /Fel e-postadress eller lösenord|stämmer inte/,
    );
  });
});
