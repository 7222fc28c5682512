import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_TOTP_SECRET, totpCode } from '../../../test/staff.ts';
import { createStaffService, purgeEndedSessions, STAFF_CHALLENGE_COOKIE, STAFF_COOKIE } from './index.ts';

describe('staff sign-in and sessions', () => {
  let t: TestApp;
  const password = 'Integritet är en rättighet';
  beforeAll(async () => {
    t = await createTestApp();
    const staff = createStaffService({ db: t.database.db, clock: t.clock });
    const dso = await staff.create({
      email: 'dso@kliniksupport.test',
      displayName: 'Dina Dataskydd',
      roles: ['privacy_officer'],
      password,
    });
    await staff.totp.enrolKnownSecret(dso, TEST_TOTP_SECRET);
    await staff.create({
      email: 'mkt@kliniksupport.test',
      displayName: 'Mats Marknad',
      roles: ['marketing'],
      password,
    });
    const newcomer = await staff.create({
      email: 'new@kliniksupport.test',
      displayName: 'Ny Admin',
      roles: ['privacy_officer'],
      password,
      mustChangePassword: true,
    });
    await staff.totp.enrolKnownSecret(newcomer, TEST_TOTP_SECRET);
  });
  afterAll(async () => t.close());

  /** Both steps when the staff member has a second factor (the clock moves 30 s so no code is a replay). */
  const signIn = async (email: string, pw = password) => {
    t.clock.advance({ seconds: 30 });
    let res = await t.app.inject({ method: 'POST', url: '/api/staff/session', payload: { email, password: pw } });
    const challenge = res.cookies.find((c) => c.name === STAFF_CHALLENGE_COOKIE);
    if (res.statusCode === 200 && challenge)
      res = await t.app.inject({
        method: 'POST',
        url: '/api/staff/session/second-factor',
        payload: { code: totpCode(t) },
        headers: { cookie: `${STAFF_CHALLENGE_COOKIE}=${challenge.value}` },
      });
    const cookie = res.cookies.find((c) => c.name === STAFF_COOKIE);
    return { res, cookie, headers: cookie ? { cookie: `${STAFF_COOKIE}=${cookie.value}` } : {} };
  };

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const wrong = await signIn('dso@kliniksupport.test', 'fel lösenord');
    const unknown = await signIn('ingen@kliniksupport.test', 'fel lösenord');
    expect(wrong.res.statusCode).toBe(401);
    expect(unknown.res.statusCode).toBe(401);
    expect(JSON.parse(wrong.res.body).message).toBe(JSON.parse(unknown.res.body).message);
    expect(wrong.cookie).toBeUndefined();
  });

  it('sets a __Host- session cookie: HttpOnly, Secure, SameSite, path /', async () => {
    const { res, cookie } = await signIn('dso@kliniksupport.test');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      displayName: 'Dina Dataskydd',
      roles: ['privacy_officer'],
      mustChangePassword: false,
      mustEnrolSecondFactor: false,
    });
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(cookie!.value.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(cookie!.domain).toBeUndefined();
  });

  it('gives the art. 30 record to a privacy officer only', async () => {
    const dso = await signIn('dso@kliniksupport.test');
    const mkt = await signIn('mkt@kliniksupport.test');
    expect((await t.app.inject({ url: '/api/privacy/ropa' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/privacy/ropa', headers: mkt.headers })).statusCode).toBe(403);
    const ok = await t.app.inject({ url: '/api/privacy/ropa', headers: dso.headers });
    expect(ok.statusCode).toBe(200);
    const csv = await t.app.inject({ url: '/api/privacy/ropa?format=csv', headers: dso.headers });
    expect(csv.headers['content-type']).toContain('text/csv');
  });

  it('ends a session after 30 minutes idle, and after 12 hours in all', async () => {
    const s = await signIn('dso@kliniksupport.test');
    t.clock.advance({ minutes: 29 });
    expect((await t.app.inject({ url: '/api/staff/me', headers: s.headers })).statusCode).toBe(200);
    t.clock.advance({ minutes: 31 });
    expect((await t.app.inject({ url: '/api/staff/me', headers: s.headers })).statusCode).toBe(401);

    const long = await signIn('dso@kliniksupport.test');
    for (let i = 0; i < 24; i++) {
      t.clock.advance({ minutes: 29 });
      await t.app.inject({ url: '/api/staff/me', headers: long.headers });
    }
    t.clock.advance({ minutes: 29 }); // 12 h 5 min after sign-in, never idle for 30 min
    expect((await t.app.inject({ url: '/api/staff/me', headers: long.headers })).statusCode).toBe(401);
  });

  it('sign-out ends the session at once', async () => {
    const s = await signIn('dso@kliniksupport.test');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/staff/session', headers: s.headers })).statusCode).toBe(
      204,
    );
    expect((await t.app.inject({ url: '/api/staff/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('a one-time password must be changed before anything else; the change ends every session', async () => {
    const s = await signIn('new@kliniksupport.test');
    expect(s.res.json().mustChangePassword).toBe(true);
    expect((await t.app.inject({ url: '/api/privacy/ropa', headers: s.headers })).statusCode).toBe(403);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers: s.headers,
      payload: { newPassword: 'ett nytt och långt lösenord' },
    });
    expect(change.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/staff/me', headers: s.headers })).statusCode).toBe(401);
    const again = await signIn('new@kliniksupport.test', 'ett nytt och långt lösenord');
    expect((await t.app.inject({ url: '/api/privacy/ropa', headers: again.headers })).statusCode).toBe(200);
  });

  it('the purge job deletes ended sessions', async () => {
    await signIn('dso@kliniksupport.test');
    t.clock.advance({ hours: 13 });
    expect(await purgeEndedSessions(t.database.db, t.clock.now())).toBeGreaterThan(0);
    expect(await purgeEndedSessions(t.database.db, t.clock.now())).toBe(0);
  });
});
