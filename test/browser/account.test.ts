import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestApp, type TestApp } from '../app.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../smtp.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';

const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`customer account in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  const admin = { email: 'agnes.admin@tandlakarna-ystad.example', password: 'Ystads tandläkare 2026' };
  const colleague = { email: 'bertil.kollega@tandlakarna-ystad.example', password: 'Bertils egen fras 77' };

  beforeAll(async () => {
    await ensureUiBuilt();
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { SMTP_URL: smtp.url } });
    await t.rt.jobs.work();
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

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ baseURL: base, viewport });
    contexts.push(context);
    return context.newPage();
  }

  /** The link in a mail, on the test server (mails link to PUBLIC_URL). */
  function linkIn(mail: ReceivedMail, path: string): string {
    const link = new URL(mail.links.find((l) => new URL(l).pathname === path)!);
    return `${base}${link.pathname}${link.hash}`;
  }

  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  async function signIn(page: Page, who: { email: string; password: string }) {
    await page.goto('/konto/logga-in');
    await page.getByLabel('E-postadress').fill(who.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(who.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mitt konto');
  }

  it('registers a company, verifies the address from the mail, signs in, invites a colleague who joins', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Mitt konto' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    await page.getByRole('link', { name: 'Skapa kundkonto' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Skapa kundkonto');
    expect(await serious(page)).toEqual([]);

    // A mistyped organisation number: a clear error tied to the field, announced.
    await page.getByLabel('Organisationsnummer').fill('556940-3338');
    await page.getByLabel('Företagets namn').fill('Tandläkarna i Ystad AB');
    await page.getByLabel('Gatuadress').fill('Stora Östergatan 12');
    await page.getByLabel('Postnummer').fill('271 34');
    await page.getByLabel('Ort').fill('Ystad');
    await page.getByLabel('Ditt namn').fill('Agnes Admin');
    await page.getByLabel('E-postadress').fill(admin.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(admin.password);
    await page.getByLabel('Upprepa lösenordet').fill(admin.password);
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await poll(() => page.getByRole('alert').first().textContent()).toBe(
      'Formuläret innehåller fel. Rätta fälten nedan.',
    );
    const orgNr = page.getByLabel('Organisationsnummer');
    expect(await orgNr.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await orgNr.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy[0]}"]`).textContent()).toBe(
      'Organisationsnumret stämmer inte: kontrollsiffran är fel. Kontrollera siffrorna.',
    );
    expect(describedBy).toContain('reg-orgnr-hint');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reg-orgnr');
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/kliniksupport-register-error.png', fullPage: true });

    await orgNr.fill('556940-3339');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toMatch(/^Tack! Vi har skickat/);

    // The verification mail, over SMTP; its link carries the token in the fragment.
    const verification = await smtp.waitFor(admin.email, (m) => m.subject.startsWith('Bekräfta din e-postadress'));
    await page.goto(linkIn(verification, '/konto/verifiera'));
    await poll(() => page.getByRole('status').first().textContent()).toBe(
      'Din e-postadress är bekräftad. Nu kan du logga in. Logga in',
    );
    expect(page.url()).toBe(`${base}/konto/verifiera`); // the token is gone from the address bar

    await signIn(page, admin);
    const company = page.getByRole('region', { name: 'Företaget' });
    expect(plain(await company.textContent())).toMatch(/Tandläkarna i Ystad AB.*556940-3339.*Aktiebolag.*271 34 Ystad/);
    expect(await serious(page)).toEqual([]);
    // "Who at Kliniksupport accessed my data" is in the privacy center, linked from the account's navigation.
    await page
      .getByRole('navigation', { name: 'Kontots sidor' })
      .getByRole('link', { name: 'Min integritet' })
      .waitFor();

    // Invite a colleague.
    const colleagues = page.getByRole('region', { name: 'Kollegor' });
    await colleagues.getByLabel('E-postadress').fill('inte-en-adress');
    await colleagues.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await poll(() => colleagues.locator('#invite-email-error').textContent()).toBe(
      'Skriv en giltig e-postadress, till exempel namn@klinik.se.',
    );
    await colleagues.getByLabel('E-postadress').fill(colleague.email);
    await colleagues.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await poll(() => colleagues.getByRole('status').first().textContent()).toBe(
      `Inbjudan är skickad till ${colleague.email}.`,
    );
    await poll(async () => plain(await colleagues.textContent())).toContain('Inbjudningar som inte besvarats');

    // The colleague opens the invitation in a browser of their own.
    const invitation = await smtp.waitFor(colleague.email, (m) => m.subject.startsWith('Inbjudan till'));
    expect(invitation.text).toContain('Agnes Admin har bjudit in dig till Tandläkarna i Ystad ABs kundkonto');
    const other = await newPage();
    await other.goto(linkIn(invitation, '/konto/inbjudan'));
    await poll(async () =>
      plain(await other.getByRole('region', { name: 'Gå med i kundkontot' }).textContent()),
    ).toContain(`Du har bjudits in till Tandläkarna i Ystad ABs kundkonto som ${colleague.email}.`);
    expect(other.url()).toBe(`${base}/konto/inbjudan`);
    await other.getByLabel('Ditt namn').fill('Bertil Kollega');
    await other.getByLabel('Lösenord', { exact: true }).fill(colleague.password);
    await other.getByLabel('Upprepa lösenordet').fill(colleague.password);
    await other.getByRole('button', { name: 'Gå med' }).click();
    await poll(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Mitt konto');
    const theirColleagues = other.getByRole('region', { name: 'Kollegor' });
    await poll(async () => plain(await theirColleagues.textContent())).toContain('Agnes Admin administratör');
    expect(plain(await theirColleagues.textContent())).toContain(
      'Bara företagets administratör kan bjuda in och ta bort kollegor.',
    );

    // The administrator sees the colleague, who can be removed only by the administrator.
    await page.reload();
    await poll(async () => plain(await page.getByRole('region', { name: 'Kollegor' }).textContent())).toContain(
      'Bertil Kollega',
    );
    await page.getByRole('button', { name: 'Ta bort Bertil Kollega' }).waitFor();
    await page.screenshot({ path: '/tmp/kliniksupport-account.png', fullPage: true });
  });

  it('shows the termination plan before confirming, then terminates and signs out', async () => {
    const page = await newPage({ width: 375, height: 800 });
    await signIn(page, colleague);
    const section = page.getByRole('region', { name: 'Avsluta kontot' });
    await section.getByRole('button', { name: 'Visa vad som händer' }).click();
    await poll(async () => plain(await section.textContent())).toContain('Raderas direkt');
    expect(plain(await section.textContent())).toContain('Inloggning och sessioner');
    expect(plain(await section.textContent())).toContain(
      'Inget sparas: ingen lag kräver att vi behåller dina uppgifter.',
    );
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/kliniksupport-termination-mobile.png', fullPage: true });

    await section.getByLabel('Ditt lösenord').fill(colleague.password);
    await section.getByRole('button', { name: 'Avsluta kontot' }).click();
    await poll(() => section.locator('#terminate-confirm-error').textContent()).toBe(
      'Kryssa i rutan för att bekräfta.',
    );
    await section.getByLabel('Jag förstår och vill avsluta kontot').check();
    await section.getByRole('button', { name: 'Avsluta kontot' }).click();
    await poll(() => page.getByRole('status').first().textContent()).toMatch(/^Ditt konto är avslutat/);
    expect((await page.context().request.get('/api/customers/me')).status()).toBe(401);
    const letter = await smtp.waitFor(colleague.email, (m) => m.subject.startsWith('Ditt kundkonto är avslutat'));
    expect(letter.text).toMatch(/det här har vi raderat/i);
  });

  it('reset and sign-in pages, in English too, have no serious accessibility violations', async () => {
    const page = await newPage();
    for (const [path, h1] of [
      ['/konto/logga-in', 'Logga in'],
      ['/konto/aterstall', 'Glömt lösenordet'],
      ['/konto/verifiera', 'Bekräfta e-postadress'],
    ] as const) {
      await page.goto(path);
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(h1);
      expect(await serious(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.goto('/konto/logga-in');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    await page.getByLabel('E-mail address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByRole('alert').textContent()).toBe(
      'Wrong e-mail address or password, or the address is not confirmed yet.',
    );
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-describedby')).toContain(
      'customer-signin-error',
    );
    expect(await serious(page)).toEqual([]);
  });
});
