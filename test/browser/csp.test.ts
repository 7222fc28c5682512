import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../app.ts';
import { ensureUiBuilt, hasChromium, launchChromium, SKIP_REASON } from './browser.ts';

/**
 * The Content-Security-Policy must not break what it protects: the browser UI and the API
 * reference load and run in Chromium without a single CSP violation.
 */
describe.skipIf(!hasChromium)(`CSP in Chromium${hasChromium ? '' : ` (${SKIP_REASON})`}`, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    await ensureUiBuilt();
    t = await createTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Opens a page and collects every CSP violation it reports. */
  async function open(path: string): Promise<{ page: Page; violations: string[] }> {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    await page.goto(path);
    return { page, violations };
  }

  it('the storefront renders with no violation', async () => {
    const { page, violations } = await open('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('the back office sign-in renders with no violation', async () => {
    const { page, violations } = await open('/admin');
    await page.getByLabel('E-postadress').waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('the API reference runs its bundled script and shows the API with no violation', async () => {
    const { page, violations } = await open('/api/docs/');
    await expect.poll(() => page.getByText('Kliniksupport API').first().isVisible(), { timeout: 15_000 }).toBe(true);
    // Scalar keeps working after its first paint (the document's operations); let it settle.
    await page.getByText('/api/staff/session').first().waitFor({ state: 'attached', timeout: 15_000 });
    // The bundle's zod probes once whether it may compile with `Function('')` and, refused,
    // validates without it: a probe, not a feature the CSP breaks. Anything else fails.
    expect(violations.filter((v) => !/violation: script-src eval /.test(v))).toEqual([]);
  });
});
