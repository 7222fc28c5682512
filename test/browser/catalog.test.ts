import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createStaffService } from '#src/modules/identity/index.ts';
import { insertTestCategories, insertTestProduct, productLots } from '#src/modules/catalog/index.ts';
import { createTestApp, type TestApp } from '../app.ts';
import { TEST_TOTP_SECRET, totpCode } from '../staff.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const ADMIN = { email: 'olle.order@kliniksupport.se', password: 'Rätt-lösenord-2026', roles: ['order_administration'] };

describe.skipIf(!hasChromium)(`catalogue in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    await ensureUiBuilt();
    t = await createTestApp();
    const deps = { db: t.database.db, clock: t.clock };
    await insertTestCategories(t.database.db);
    const gloves = await insertTestProduct(deps, {
      articleNumber: 'KS-1001',
      nameSv: 'Nitrilhandskar puderfria, M',
      nameEn: 'Nitrile gloves powder-free, M',
      descriptionSv: 'Latexfria undersökningshandskar.',
      medicalDevice: true,
      udiDi: '04006381333931',
      categories: ['handskar'],
    });
    await insertTestProduct(deps, { articleNumber: 'KS-1002', nameSv: 'Kompresser', categories: ['forband'] });
    await insertTestProduct(deps, {
      articleNumber: 'KS-1003',
      nameSv: 'Elastisk linda',
      stock: 0,
      categories: ['forband'],
    });
    await t.database.db.insert(productLots).values({
      productId: gloves,
      lotNumber: 'L1',
      expiresOn: '2099-06-30',
      quantity: 10,
      receivedAt: t.clock.now(),
    });
    const staff = createStaffService({ db: t.database.db, clock: t.clock });
    await staff.totp.enrolKnownSecret(await staff.create({ ...ADMIN, displayName: 'Olle Order' }), TEST_TOTP_SECRET);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = async (): Promise<Page> => (await browser.newContext({ baseURL: base })).newPage();

  it('filters by category and stock, opens a product and adds it to the cart (event for the cart)', async () => {
    const page = await newPage();
    await page.goto('/');
    const items = page.locator('.product-grid > li');
    await poll(() => items.count()).toBe(3);
    await page.getByRole('button', { name: /Förband/ }).click();
    await poll(() => items.count()).toBe(2);
    await page.getByLabel('Endast i lager').check();
    await page.getByRole('button', { name: 'Använd filter' }).click();
    await poll(() => items.count()).toBe(1);
    expect(page.url()).toBe(`${base}/?kategori=forband&ilager=1`);

    await page.goto('/');
    await page.getByRole('link', { name: 'Nitrilhandskar puderfria, M' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nitrilhandskar puderfria, M' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('UDI-DI 04006381333931');
    expect(text).toContain('Lagerförda batcher har bäst före 2099-06-30.');
    expect(text).toContain('Latexfria undersökningshandskar.');

    await page.evaluate(() => {
      window.addEventListener('kliniksupport:add-to-cart', (e) => {
        (window as unknown as { added: unknown }).added = (e as CustomEvent).detail;
      });
    });
    await page.getByLabel('Antal av Nitrilhandskar puderfria, M').fill('3');
    await page.getByRole('button', { name: 'Lägg Nitrilhandskar puderfria, M i varukorgen' }).click();
    expect(await page.evaluate(() => (window as unknown as { added: unknown }).added)).toEqual({
      articleNumber: 'KS-1001',
      quantity: 3,
    });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('lets order administration import a CSV and shows the error report naming row and column', async () => {
    const page = await newPage();
    await page.goto('/admin');
    t.clock.advance({ seconds: 30 });
    await page.getByLabel('E-postadress').fill(ADMIN.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByLabel('Kod från appen').fill(totpCode(t));
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sortiment' }).waitFor();

    const header = 'article_number;name_sv;name_en;price_ex_vat_sek;vat_rate;stock;categories';
    const upload = async (rows: string[]) => {
      await page.getByLabel('CSV-fil').setInputFiles({
        name: 'produkter.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}`),
      });
      await page.getByRole('button', { name: 'Importera' }).click();
    };
    await upload(['KS-9001;Spatel;Spatula;5,00;25;10;forband', 'KS-9002;Fel;Wrong;5,00;20;10;forband']);
    const report = page.getByRole('table', { name: /Inget importerades/ });
    await report.waitFor();
    expect((await report.locator('tbody tr').allTextContents()).join('|')).toMatch(/^3vat_rate.*25, 12 eller 6/);

    await upload(['KS-9001;Spatel;Spatula;5,00;25;10;forband']);
    await poll(() => page.getByRole('status').filter({ hasText: 'Importerat' }).textContent()).toBe(
      'Importerat: 1 nya, 0 ändrade produkter.',
    );
    await page.getByRole('button', { name: 'Ändra KS-9001' }).click();
    await page.getByRole('heading', { level: 3, name: 'Ändra KS-9001' }).waitFor();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});
