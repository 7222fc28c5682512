import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffService, STAFF_COOKIE } from '#src/modules/identity/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createSignedInStaff } from './staff.ts';

describe('CSRF protection and security headers of the whole platform', () => {
  let t: TestApp;
  const password = 'Integritet är en rättighet';
  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://kliniksupport.example' } });
    const staff = createStaffService({ db: t.database.db, clock: t.clock });
    await staff.create({ email: 'dso@kliniksupport.test', displayName: 'D', roles: ['privacy_officer'], password });
  });
  afterAll(async () => t.close());

  const signIn = async (pw = password) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { email: 'dso@kliniksupport.test', password: pw },
      headers: { origin: 'https://kliniksupport.example', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.statusCode).toBe(200);
    return `${STAFF_COOKIE}=${res.cookies.find((c) => c.name === STAFF_COOKIE)!.value}`;
  };

  it('refuses a cross-site POST carrying a valid session cookie with 403, and changes nothing', async () => {
    const cookie = await signIn();
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: { newPassword: 'angriparens eget lösenord' },
    });
    expect(forged.statusCode).toBe(403);
    // The password is unchanged and the session still works.
    expect((await t.app.inject({ url: '/api/staff/me', headers: { cookie } })).statusCode).toBe(200);
    await signIn(password);
  });

  it('refuses a cross-site sign-out (DELETE) and a cross-site sign-in (login CSRF)', async () => {
    const cookie = await signIn();
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(out.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/staff/me', headers: { cookie } })).statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { email: 'dso@kliniksupport.test', password },
    });
    expect(login.statusCode).toBe(403);
    expect(login.cookies).toEqual([]);
  });

  it('lets the same request through from the platform’s own origin', async () => {
    const cookie = await signIn();
    const own = await t.app.inject({
      method: 'DELETE',
      url: '/api/staff/session',
      headers: { cookie, origin: 'https://kliniksupport.example', 'sec-fetch-site': 'same-origin' },
    });
    expect(own.statusCode).toBe(204);
  });

  it('marks personal-data responses no-store, and not the public catalogue', async () => {
    // Both sign-in steps (password, TOTP code): the record of processing needs full access.
    const { cookie } = await createSignedInStaff(t, { email: 'dpo@kliniksupport.test', roles: ['privacy_officer'] });
    const me = await t.app.inject({ url: '/api/staff/me', headers: { cookie } });
    const ropa = await t.app.inject({ url: '/api/privacy/ropa', headers: { cookie } });
    const reg = await t.app.inject({ method: 'POST', url: '/api/customers/registrations', payload: {} });
    expect([me.statusCode, ropa.statusCode]).toEqual([200, 200]);
    for (const r of [me, ropa, reg]) expect(r.headers['cache-control']).toBe('no-store');
    const catalog = await t.app.inject({ url: '/api/catalog/products' });
    expect(catalog.headers['cache-control']).not.toBe('no-store');
  });

  it('the policy pages keep their own stricter CSP; everything else gets the platform’s', async () => {
    const page = await t.app.inject({ url: '/integritetspolicy' });
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['strict-transport-security']).toContain('includeSubDomains');
    const app = await t.app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(app.headers['content-security-policy']).toContain("script-src 'self'");
    expect(app.headers['content-security-policy']).toContain('upgrade-insecure-requests'); // PUBLIC_URL is https
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  });
});
