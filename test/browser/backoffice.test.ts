import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestApp, type TestApp } from '../app.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../smtp.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';
import { createBackOfficeUser, signInToBackOffice, type BackOfficeUser } from './backoffice-signin.ts';

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`back office in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  const customer = {
    name: 'Greta Granskad',
    email: 'greta@tandvarden-trelleborg.example',
    password: 'Gretas egen fras 2026',
  };
  const kim: BackOfficeUser = {
    email: 'kim.kundtjanst@kliniksupport.se',
    displayName: 'Kim Kundtjänst',
    roles: ['customer_service'],
    password: 'Kundtjänst hjälper 2026',
  };
  const dana: BackOfficeUser = {
    email: 'dana.dataskydd@kliniksupport.se',
    displayName: 'Dana Dataskydd',
    roles: ['privacy_officer'],
    password: 'Dataskydd granskar 2026',
  };

  // The signed checkpoints go to a folder of this test's own.
  const auditDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-backoffice-audit-'));

  beforeAll(async () => {
    await ensureUiBuilt();
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, AUDIT_DIR: auditDir } });
    await t.rt.jobs.work();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    await createBackOfficeUser(t, kim);
    await createBackOfficeUser(t, dana);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.close();
    await smtp?.close();
    fs.rmSync(auditDir, { recursive: true, force: true });
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ baseURL: base, viewport });
    contexts.push(context);
    return context.newPage();
  }

  function linkIn(mail: ReceivedMail, path: string): string {
    const link = new URL(mail.links.find((l) => new URL(l).pathname === path)!);
    return `${base}${link.pathname}${link.hash}`;
  }

  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it('a customer sees, in their account, that customer service looked them up; the privacy officer sees it in a verified log', async () => {
    // The customer registers, confirms the address from the mail (real SMTP) and signs in.
    const me = await newPage();
    await me.goto('/konto/registrera');
    await poll(() => me.getByRole('heading', { level: 1 }).textContent()).toBe('Skapa kundkonto');
    await me.getByLabel('Organisationsnummer').fill('556940-3339');
    await me.getByLabel('Företagets namn').fill('Tandvården i Trelleborg AB');
    await me.getByLabel('Gatuadress').fill('Algatan 5');
    await me.getByLabel('Postnummer').fill('231 42');
    await me.getByLabel('Ort').fill('Trelleborg');
    await me.getByLabel('Ditt namn').fill(customer.name);
    await me.getByLabel('E-postadress').fill(customer.email);
    await me.getByLabel('Lösenord', { exact: true }).fill(customer.password);
    await me.getByLabel('Upprepa lösenordet').fill(customer.password);
    await me.getByRole('button', { name: 'Skapa konto' }).click();
    await poll(() => me.getByRole('status').first().textContent()).toMatch(/^Tack! Vi har skickat/);
    const verification = await smtp.waitFor(customer.email, (m) => m.subject.startsWith('Bekräfta din e-postadress'));
    await me.goto(linkIn(verification, '/konto/verifiera'));
    await poll(() => me.getByRole('status').first().textContent()).toMatch(/^Din e-postadress är bekräftad/);
    await me.goto('/konto/logga-in');
    await me.getByLabel('E-postadress').fill(customer.email);
    await me.getByLabel('Lösenord', { exact: true }).fill(customer.password);
    await me.getByRole('button', { name: 'Logga in' }).click();
    await poll(() => me.getByRole('heading', { level: 1 }).textContent()).toBe('Mitt konto');
    // The access log is in the privacy center, reached from the account's navigation.
    await me.getByRole('navigation', { name: 'Kontots sidor' }).getByRole('link', { name: 'Min integritet' }).click();
    await poll(() => me.getByRole('heading', { level: 1 }).textContent()).toBe('Min integritet');
    const accessed = me.getByRole('region', { name: 'Vem har tittat på mina uppgifter' });
    await poll(async () => plain(await accessed.textContent())).toContain('Ingen på Kliniksupport har tittat');

    // Customer service looks the customer up for customer service and opens them.
    const staff = await newPage();
    await signInToBackOffice(t, staff, base, kim);
    const lookup = staff.getByRole('region', { name: 'Kundsökning' });
    await lookup.getByLabel('Ändamål').waitFor();
    expect(plain(await lookup.textContent())).toContain('registreras i åtkomstloggen');
    // The purposes offered are those the role serves, titled as in the privacy policy.
    expect(await lookup.getByLabel('Ändamål').locator('option').allTextContents()).toEqual([
      'Hantera beställningar och köp',
      'Kundtjänst, reklamationer och uppföljning',
    ]);
    expect(await staff.getByRole('region', { name: 'Åtkomstlogg' }).count()).toBe(0);
    await lookup.getByLabel('Ändamål').selectOption({ label: 'Kundtjänst, reklamationer och uppföljning' });
    await lookup.getByLabel('Sök kontaktperson').fill('Greta');
    await lookup.getByRole('button', { name: 'Sök' }).click();
    const hits = lookup.getByRole('table', { name: /för ändamålet/ });
    await poll(async () => plain(await hits.textContent())).toContain(customer.email);
    expect(plain(await hits.locator('caption').textContent())).toBe(
      '1 träff, för ändamålet ”Kundtjänst, reklamationer och uppföljning”',
    );
    await lookup.getByRole('button', { name: `Öppna ${customer.name}` }).click();
    const details = staff.getByRole('region', { name: `Kontaktperson: ${customer.name}` });
    await poll(async () => plain(await details.textContent())).toContain(
      'Uppgifterna nedan används för ändamålet ”Kundtjänst, reklamationer och uppföljning”.',
    );
    expect(plain(await details.textContent())).toContain('Tandvården i Trelleborg AB');
    expect(staff.url()).toBe(`${base}/admin`); // no search terms or ids in the address
    expect(await serious(staff)).toEqual([]);
    await staff.screenshot({ path: '/tmp/kliniksupport-backoffice-lookup.png', fullPage: true });

    // The customer reloads their account and sees the access: role and purpose, no staff name.
    await me.reload();
    const row = accessed.getByRole('row').filter({ hasText: 'Kundtjänst, reklamationer och uppföljning' }).first();
    await poll(async () => plain(await row.textContent())).toContain('Kundtjänst');
    expect(plain(await accessed.textContent())).not.toContain(kim.displayName);

    // The privacy officer sees the entries in the access log, and the log verified.
    const officer = await newPage();
    await signInToBackOffice(t, officer, base, dana);
    const log = officer.getByRole('region', { name: 'Åtkomstlogg' });
    await poll(async () => plain(await log.getByRole('status').first().textContent())).toMatch(
      /^Verifierad Kedjan är obruten: 2 poster/,
    );
    const table = log.getByRole('table', { name: 'Åtkomster till personuppgifter, senaste först' });
    await poll(async () => plain(await table.textContent())).toContain('Kundtjänst, reklamationer och uppföljning');
    const contactId = (
      await t.database.query<{ id: string }>('select id::text as id from contacts where email = $1', [customer.email])
    )[0]!.id;
    expect(plain(await table.textContent())).toContain(contactId);
    await log.getByRole('button', { name: 'Signera kontrollpunkt nu' }).click();
    await poll(async () => plain(await log.textContent())).toContain(
      'Kontrollpunkten är signerad (till och med post 2).',
    );
    await poll(async () => plain(await log.textContent())).toContain('1 signerade kontrollpunkter');
    expect(await serious(officer)).toEqual([]);
    await log.screenshot({ path: '/tmp/kliniksupport-backoffice-access-log.png' });

    // Someone with database access edits an entry: the page says the log is broken, and where.
    await t.database.exec('ALTER TABLE access_log DISABLE TRIGGER USER');
    await t.database.query("update access_log set purpose = 'c.marketing' where seq = 1");
    await log.getByRole('button', { name: 'Kontrollera igen' }).click();
    await poll(async () => plain(await log.getByRole('alert').textContent())).toBe(
      'Bruten Loggen har ändrats: 1 avvikelse. Första avvikelsen, post 1: entry 1 was edited: its content no longer matches its hash',
    );
    expect(await serious(officer)).toEqual([]);
    await log.screenshot({ path: '/tmp/kliniksupport-backoffice-access-log-broken.png' });
  });
});
