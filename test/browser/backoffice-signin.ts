import type { Page } from 'playwright-core';
import { createStaffService } from '#src/modules/identity/index.ts';
import type { TestApp } from '../app.ts';
import { TEST_TOTP_SECRET, totpCode } from '../staff.ts';

export type BackOfficeUser = { email: string; password: string; displayName: string; roles: string[] };

/** A staff member with a confirmed second factor (the shared test secret). */
export async function createBackOfficeUser(t: TestApp, who: BackOfficeUser): Promise<void> {
  const staff = createStaffService({ db: t.database.db, clock: t.clock });
  await staff.totp.enrolKnownSecret(await staff.create(who), TEST_TOTP_SECRET);
}

/**
 * Signs `who` in to the back office in the page's browser context, through the API (password,
 * then the TOTP code when asked for one), and opens /admin. The sign-in UI has tests of its own;
 * the only place the back-office tests know how staff sign in.
 */
export async function signInToBackOffice(t: TestApp, page: Page, base: string, who: BackOfficeUser): Promise<void> {
  const request = page.context().request;
  const headers = { origin: base };
  t.clock.advance({ seconds: 30 }); // a fresh TOTP step, never a replay of the last sign-in's code
  const first = await request.post(`${base}/api/staff/session`, {
    headers,
    data: { email: who.email, password: who.password },
  });
  if (!first.ok()) throw new Error(`staff sign-in: ${first.status()} ${await first.text()}`);
  if ((await first.json()).secondFactorRequired) {
    const second = await request.post(`${base}/api/staff/session/second-factor`, {
      headers,
      data: { code: totpCode(t) },
    });
    if (!second.ok()) throw new Error(`second factor: ${second.status()} ${await second.text()}`);
  }
  await page.goto('/admin');
}
