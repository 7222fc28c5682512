import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createTestApp, type TestApp } from '../app.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';
import { createBackOfficeUser, signInToBackOffice, type BackOfficeUser } from './backoffice-signin.ts';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

if (!hasChromium) console.warn(`Browser tests ${SKIP_REASON}`);

describe.skipIf(!hasChromium)(`staff management in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];
  const linnea: BackOfficeUser = {
    email: 'linnea.drift@kliniksupport.se',
    displayName: 'Linnéa Drift',
    roles: ['system_administration'],
    password: 'Drift och underhåll 2026',
  };
  const mats: BackOfficeUser = {
    email: 'mats.marknad@kliniksupport.se',
    displayName: 'Mats Marknad',
    roles: ['marketing'],
    password: 'Marknad och kampanj 2026',
  };

  beforeAll(async () => {
    await ensureUiBuilt();
    t = await createTestApp();
    await createBackOfficeUser(t, linnea);
    await createBackOfficeUser(t, mats);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: base });
    contexts.push(context);
    return context.newPage();
  }

  it('a system administrator lists staff, adds one (one-time password shown once) and changes roles', async () => {
    const page = await newPage();
    await signInToBackOffice(t, page, base, linnea);
    const region = page.getByRole('region', { name: 'Personal och roller' });
    const table = region.getByRole('table', { name: 'Personal' });
    await poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.getByRole('row', { name: /Mats Marknad/ }).textContent()).toContain('Tvåsteg aktiverat');

    await region.getByRole('button', { name: 'Lägg till' }).click();
    await poll(() => region.getByText('Välj minst en roll.').count()).toBe(1);
    await region.getByLabel('E-postadress').fill('nora.ny@kliniksupport.se');
    await region.getByLabel('Namn', { exact: true }).fill('Nora Ny');
    await region.getByRole('group', { name: 'Roller', exact: true }).getByRole('checkbox', { name: 'Ekonomi' }).check();
    await region.getByRole('button', { name: 'Lägg till' }).click();
    await poll(() => page.locator('#staff-one-time-password').count()).toBe(1);
    expect((await page.locator('#staff-one-time-password').textContent())!.length).toBeGreaterThan(15);
    await poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.getByRole('row', { name: /Nora Ny/ }).textContent()).toContain('Tvåsteg ej aktiverat');

    const matsRow = table.getByRole('row', { name: /Mats Marknad/ });
    await matsRow.getByRole('checkbox', { name: 'Säkerhet' }).check();
    await matsRow.getByRole('button', { name: 'Spara roller' }).click();
    await poll(async () => {
      const res = await page.context().request.get('/api/staff/users');
      const items = (await res.json()).items as { email: string; roles: string[] }[];
      return items.find((i) => i.email === mats.email)?.roles.sort();
    }).toEqual(['marketing', 'security']);

    const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it('other roles do not see the page, and the API refuses them', async () => {
    const page = await newPage();
    await signInToBackOffice(t, page, base, mats);
    await page.getByRole('region', { name: /Inloggad som/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Personal och roller' }).count()).toBe(0);
    expect((await page.context().request.get('/api/staff/users')).status()).toBe(403);
  });
});
