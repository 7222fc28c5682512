import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestApp, type TestApp } from '../app.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';
import { newcomer, officer, seedCatalog, seedStaff } from './seed.ts';
import { totpCode } from '../staff.ts';

/** Text with every kind of white space (Intl's no-break spaces too) as one plain space. */
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the page to settle on a value (the UI fetches after it renders). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`browser UI in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await ensureUiBuilt();
    t = await createTestApp();
    await seedCatalog(t);
    await seedStaff(t);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A fresh browser profile (no cookies, no remembered language) per test. */
  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ baseURL: base, viewport });
    contexts.push(context);
    return context.newPage();
  }

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  }

  /** Both steps: password, then the current TOTP code (the clock moves 30 s first: never a replay). */
  async function signInWithCode(page: Page, email: string, password: string, secret?: string) {
    t.clock.advance({ seconds: 30 });
    await signIn(page, email, password);
    await page.getByRole('heading', { level: 2, name: 'Tvåstegsverifiering' }).waitFor();
    await page.getByLabel('Kod från appen').fill(totpCode(t, secret));
    await page.getByRole('button', { name: 'Verifiera' }).click();
  }

  describe('storefront', () => {
    it('renders in Swedish and lists the catalogue with prices excluding and including VAT', async () => {
      const page = await newPage();
      await page.goto('/');
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sortiment');
      await poll(() => page.getByRole('banner').textContent()).toContain('Kliniksupport');

      const gloves = page.getByRole('article', { name: 'Undersökningshandskar nitril, medium' });
      await gloves.waitFor();
      const text = plain(await gloves.textContent());
      expect(text).toContain('KS-1001');
      expect(text).toContain('1 234,50 kr exkl. moms');
      expect(text).toContain('1 543,13 kr inkl. 25 % moms'); // 1 234,50 × 1,25 = 1 543,125 → rounded to the öre
      expect(text).toContain('Medicinteknisk produkt');
      expect(plain(await page.getByRole('article', { name: 'Kompresser 10 x 10 cm' }).textContent())).toContain(
        'Slut i lager',
      );
      expect(plain(await page.locator('.result-count').textContent())).toBe('Visar 24 av 26 produkter');

      // The footer: contact details and the server-rendered policy page.
      const footer = page.getByRole('contentinfo');
      expect(plain(await footer.textContent())).toMatch(
        /Kliniksupport Sverige AB.*Falsterbovägen 32.*556940-3339.*040-45 56 80.*info@kliniksupport\.se/,
      );
      expect(await footer.getByRole('link', { name: 'Så behandlar vi personuppgifter' }).getAttribute('href')).toBe(
        '/integritetspolicy',
      );
    });

    it('pages with "Visa fler" and searches', async () => {
      const page = await newPage();
      await page.goto('/');
      const items = page.locator('.product-grid > li');
      await poll(() => items.count()).toBe(24);
      await page.getByRole('button', { name: 'Visa fler' }).click();
      await poll(() => items.count()).toBe(26);
      await poll(() => page.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
      // Focus moves to the first product of the new page.
      await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Spatel trä nr 23');

      await page.getByRole('searchbox', { name: 'Sök i sortimentet' }).fill('handskar');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await poll(() => items.count()).toBe(1);
      expect(plain(await items.first().textContent())).toContain('Undersökningshandskar');
      expect(page.url()).toBe(`${base}/?q=handskar`);

      await page.getByRole('searchbox').fill('finns-inte-alls');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await poll(() => page.getByRole('status').first().textContent()).toBe(
        'Inga produkter matchar ”finns-inte-alls”.',
      );
    });

    it('switches to English, sets html lang and remembers the choice', async () => {
      const page = await newPage();
      await page.goto('/');
      await page.getByRole('article', { name: 'Undersökningshandskar nitril, medium' }).waitFor();
      await page.getByRole('button', { name: 'Change language to English' }).click();

      await poll(() => page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Products');
      const gloves = page.getByRole('article', { name: 'Nitrile examination gloves, medium' });
      expect(plain(await gloves.textContent())).toContain('1 234,50 kr excl. VAT');
      expect(
        await page
          .getByRole('contentinfo')
          .getByRole('link', { name: 'How we handle personal data' })
          .getAttribute('href'),
      ).toBe('/en/privacy-policy');
      expect(await page.title()).toBe('Products – Kliniksupport');

      await page.reload();
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Products');
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      await page.getByRole('button', { name: 'Byt språk till svenska' }).click();
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sortiment');
    });

    it('routes on the client and shows a 404 page for unknown paths', async () => {
      const page = await newPage();
      await page.goto('/finns-inte');
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sidan finns inte');
      await page.getByRole('link', { name: 'Till startsidan' }).click();
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sortiment');
      await page.getByRole('navigation').getByRole('link', { name: 'Personal' }).click();
      await poll(() => page.getByRole('heading', { level: 2, name: 'Logga in' }).count()).toBe(1);
      expect(page.url()).toBe(`${base}/admin`);
      await page.goBack();
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sortiment');
    });
  });

  describe('back office', () => {
    it('rejects a wrong password with an announced error tied to the fields', async () => {
      const page = await newPage();
      await page.goto('/admin');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await poll(() => page.getByRole('alert').first().textContent()).toBe(
        'Formuläret innehåller fel. Rätta fälten nedan.',
      );
      const email = page.getByLabel('E-postadress');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      const described = await email.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described}"]`).textContent()).toBe('Ange din e-postadress.');

      await signIn(page, officer.email, 'fel-lösenord');
      await poll(() => page.getByRole('alert').textContent()).toBe('Fel e-postadress eller lösenord.');
      const password = page.getByLabel('Lösenord', { exact: true });
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await password.getAttribute('aria-describedby')).toContain('signin-error');
      expect(await password.inputValue()).toBe('');
      expect(await page.getByText('Dana Dataskydd').count()).toBe(0);
    });

    it('signs in, shows name, roles and the record of processing, and signs out', async () => {
      const page = await newPage();
      await page.goto('/admin');
      t.clock.advance({ seconds: 30 });
      await signIn(page, officer.email, officer.password);
      // The second step: a code field made for one-time codes; a wrong code is refused.
      await page.getByRole('heading', { level: 2, name: 'Tvåstegsverifiering' }).waitFor();
      const code = page.getByLabel('Kod från appen');
      expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(await code.getAttribute('inputmode')).toBe('numeric');
      expect((await page.context().request.get('/api/staff/me')).status()).toBe(401);
      await code.fill(totpCode(t) === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: 'Verifiera' }).click();
      await poll(() => page.locator('#two-factor-code-error').textContent()).toBe(
        'Fel eller redan använd kod. Vänta på nästa kod och försök igen.',
      );
      await code.fill(totpCode(t));
      await page.getByRole('button', { name: 'Verifiera' }).click();

      const session = page.getByRole('region', { name: /Inloggad som/ });
      await session.waitFor();
      expect(plain(await session.getByRole('heading', { level: 2 }).textContent())).toBe('Inloggad som Dana Dataskydd');
      const roles = await page.locator('.role').allTextContents();
      expect(roles).toEqual(['Dataskyddsombud/integritetsansvarig', 'Kundtjänst']);

      const ropa = page.getByRole('region', { name: 'Registerförteckning (art. 30)' });
      await ropa.waitFor();
      const table = ropa.getByRole('table', { name: 'Behandlingar' });
      await table.waitFor();
      expect(await table.locator('thead th').allTextContents()).toEqual([
        'Behandling och ändamål',
        'Rättslig grund',
        'Registrerade',
        'Personuppgifter',
        'Mottagare',
        'Lagring och radering',
      ]);
      const orders = table.getByRole('row', { name: /Hantera beställningar och köp/ });
      expect(plain(await orders.textContent())).toMatch(/§4a.*Avtal \(art\. 6\(1\)\(b\)\).*Bokföringslagen/);
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(9); // one per purpose, §4a–g and §6
      expect(plain(await ropa.textContent())).toContain('Kliniksupport Sverige AB');

      const csvLink = ropa.getByRole('link', { name: 'Ladda ner som CSV' });
      const mdLink = ropa.getByRole('link', { name: 'Ladda ner som Markdown' });
      expect(await csvLink.getAttribute('href')).toBe('/api/privacy/ropa?format=csv&lang=sv');
      expect(await mdLink.getAttribute('href')).toBe('/api/privacy/ropa?format=md&lang=sv');
      // The links work with the session cookie the browser holds.
      const csv = await page.context().request.get('/api/privacy/ropa?format=csv&lang=sv');
      expect([csv.status(), csv.headers()['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
      const md = await page.context().request.get('/api/privacy/ropa?format=md&lang=sv');
      expect([md.status(), md.headers()['content-type']]).toEqual([200, 'text/markdown; charset=utf-8']);

      await page.screenshot({ path: '/tmp/kliniksupport-admin.png', fullPage: true });

      // In English the record is fetched again, in English.
      await page.getByRole('button', { name: 'Change language to English' }).click();
      const ropaEn = page.getByRole('region', { name: 'Record of processing activities (art. 30)' });
      await poll(() => ropaEn.getByRole('heading', { level: 3 }).textContent()).toBe(
        'Record of processing activities (Article 30(1) GDPR)',
      );
      expect(
        await ropaEn.getByRole('table', { name: 'Processing activities' }).locator('tbody tr').count(),
      ).toBeGreaterThanOrEqual(9);
      expect(await ropaEn.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
        '/api/privacy/ropa?format=csv&lang=en',
      );
      await page.getByRole('button', { name: 'Byt språk till svenska' }).click();
      await poll(() => page.getAttribute('html', 'lang')).toBe('sv');

      await page.getByRole('button', { name: 'Logga ut' }).click();
      await poll(() => page.getByRole('status').first().textContent()).toBe('Du är utloggad.');
      expect((await page.context().request.get('/api/staff/me')).status()).toBe(401);
      await page.reload();
      await poll(() => page.getByRole('heading', { level: 2, name: 'Logga in' }).count()).toBe(1);

      // Neither the password nor the e-mail address was logged.
      const logs = t.logs.join('\n');
      expect(logs).not.toContain(officer.password);
      expect(logs).not.toContain(officer.email);
    });

    it('makes a user with a one-time password choose a new one, then sign in with it', async () => {
      const page = await newPage();
      await page.goto('/admin');
      await signIn(page, newcomer.email, newcomer.password);
      await page.getByRole('heading', { name: 'Byt lösenord' }).waitFor();

      await page.getByLabel('Nytt lösenord', { exact: true }).fill('kort');
      await page.getByRole('button', { name: 'Spara lösenord' }).click();
      await poll(() => page.locator('#new-password-error').textContent()).toBe('Lösenordet måste ha minst 8 tecken.');
      expect(await page.getByLabel('Nytt lösenord', { exact: true }).getAttribute('aria-describedby')).toContain(
        'new-password-error',
      );

      await page.getByLabel('Nytt lösenord', { exact: true }).fill('Mitt-nya-lösenord-42');
      await page.getByLabel('Upprepa nytt lösenord').fill('Mitt-nya-lösenord-42');
      await page.getByRole('button', { name: 'Spara lösenord' }).click();
      await poll(() => page.getByRole('status').first().textContent()).toBe(
        'Lösenordet är bytt. Logga in med ditt nya lösenord.',
      );

      await signIn(page, newcomer.email, 'Mitt-nya-lösenord-42');
      // No second factor yet: enrolment comes before anything else.
      await page.getByRole('heading', { name: 'Aktivera tvåstegsverifiering' }).waitFor();
      expect((await page.context().request.get('/api/staff/purposes')).status()).toBe(403);
      await page.getByRole('button', { name: 'Visa min hemlighet' }).click();
      const secret = plain(await page.locator('#totp-secret').textContent()).replace(/ /g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(await page.locator('#totp-uri').textContent()).toContain(`secret=${secret}`);
      await page.getByLabel('Kod från appen').fill(totpCode(t, secret));
      await page.getByRole('button', { name: 'Aktivera' }).click();
      const codes = page.getByRole('list', { name: 'Dina återställningskoder' }).getByRole('listitem');
      await poll(() => codes.count()).toBe(10);
      await page.getByRole('button', { name: 'Jag har sparat koderna' }).click();
      await page.getByRole('region', { name: /Inloggad som/ }).waitFor();
      expect(await page.locator('.role').allTextContents()).toEqual(['Orderadministration']);
      expect(await page.getByRole('region', { name: 'Registerförteckning (art. 30)' }).count()).toBe(0);
    });
  });

  describe('accessibility (axe)', () => {
    const serious = async (page: Page) => {
      const result = await new AxeBuilder({ page }).analyze();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };

    it.each([
      ['/', 'Sortiment'],
      ['/admin', 'Personal'],
      ['/integritetspolicy', null],
      ['/en/privacy-policy', null],
    ])('%s has no serious or critical violations', async (path, h1) => {
      const page = await newPage();
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      if (h1) await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(h1);
      await page.waitForLoadState('networkidle');
      expect(await serious(page)).toEqual([]);
    });

    it('the signed-in back office and the start page in English and at mobile width have none either', async () => {
      const page = await newPage({ width: 375, height: 800 });
      await page.goto('/admin');
      await signInWithCode(page, officer.email, officer.password);
      await page.getByRole('table', { name: 'Behandlingar' }).waitFor();
      expect(await serious(page)).toEqual([]);

      await page.getByRole('button', { name: 'Change language to English' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Products' }).click();
      await page.getByRole('article').first().waitFor();
      expect(await serious(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/kliniksupport-start-mobile-en.png', fullPage: true });
    });

    it('has a skip link to the main content as the first focus stop', async () => {
      const page = await newPage();
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        text: document.activeElement?.textContent,
        href: document.activeElement?.getAttribute('href'),
      }));
      expect(focused).toEqual({ text: 'Hoppa till innehållet', href: '#main' });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });

  it('screenshots the start page', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('article').first().waitFor();
    await page.screenshot({ path: '/tmp/kliniksupport-start.png', fullPage: false });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
  });
});
