import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { TestClock } from '#src/platform/clock/index.ts';
import { currentConsentText } from '#src/modules/marketing/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { startTestSmtp, type TestSmtp } from '../smtp.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(
  `newsletter sign-up with double opt-in in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`,
  () => {
    let t: TestApp;
    let smtp: TestSmtp;
    let browser: Browser;
    let base: string;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      await ensureUiBuilt();
      smtp = await startTestSmtp();
      t = await createTestApp({ env: { SMTP_URL: smtp.url }, clock: new TestClock('2026-03-02T09:00:00Z') });
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

    async function newPage(): Promise<Page> {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      return context.newPage();
    }

    const serious = async (page: Page) =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

    /** The link in a mail, on the test server (the mail names PUBLIC_URL, whose port is not this one). */
    const local = (link: string) => {
      const u = new URL(link);
      return `${u.pathname}${u.hash}`;
    };
    const count = async (table: string) =>
      (await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

    it('signs up, confirms from the mail, sees the consent confirmed and withdraws it from the receipt', async () => {
      const email = 'webb-prospekt@klinik.example';
      const page = await newPage();
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Nyhetsbrev och erbjudanden' }).click();
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nyhetsbrev och erbjudanden');
      await page.getByText('Ingenting sparas när du skickar formuläret.').waitFor();

      // Nothing chosen: the form says so, naming the choice.
      await page.getByLabel('E-postadress').fill(email);
      await page.getByRole('button', { name: 'Skicka bekräftelselänk' }).click();
      await page.getByText('Välj minst ett sätt att kontakta dig.').waitFor();

      await page.getByLabel('Namn (frivilligt)').fill('Webb Prospekt');
      await page.getByRole('checkbox', { name: 'E-post' }).check();
      const text = currentConsentText('email');
      await page.getByText(`Version ${text.version}`).waitFor();
      await page.getByText(text.sha256).waitFor();
      expect(await serious(page)).toEqual([]);
      await page.getByRole('button', { name: 'Skicka bekräftelselänk' }).click();
      await page.getByText('Tack! Kontrollera din e-post').waitFor();
      expect(await count('prospects')).toBe(0);
      expect(await count('consents')).toBe(0);

      const mail = await smtp.waitFor(email, (m) => m.subject.includes('Bekräfta din anmälan'));
      const confirmLink = mail.links.find((l) => new URL(l).pathname === '/nyhetsbrev/bekrafta')!;
      await page.goto(local(confirmLink));
      await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bekräfta din anmälan');
      // The token has left the address bar.
      expect(new URL(page.url()).hash).toBe('');
      expect(await count('prospects')).toBe(0);
      await page.getByRole('button', { name: 'Jag bekräftar' }).click();
      await page.getByText('Tack! Ditt samtycke är registrerat.').waitFor();
      await page
        .getByRole('list')
        .filter({ hasText: `Version ${text.version}` })
        .waitFor();
      expect(await serious(page)).toEqual([]);
      expect(await count('prospects')).toBe(1);

      const receipt = await smtp.waitFor(email, (m) => m.subject.includes('ditt samtycke är registrerat'));
      const withdrawLink = receipt.links.find((l) => new URL(l).pathname === '/nyhetsbrev/aterkalla')!;
      const other = await newPage();
      await other.goto(local(withdrawLink));
      await poll(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Återkalla samtycke');
      await other.getByRole('button', { name: 'Återkalla mitt samtycke' }).click();
      await other.getByText('Ditt samtycke är återkallat').waitFor();
      expect(await serious(other)).toEqual([]);
      const [row] = await t.database.query<{ withdrawal_method: string }>('select withdrawal_method from consents');
      expect(row?.withdrawal_method).toBe('link');
    });
  },
);
