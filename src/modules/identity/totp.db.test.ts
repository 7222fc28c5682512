import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSignedInStaff, signInStaff, TEST_TOTP_SECRET, totpCode } from '../../../test/staff.ts';
import {
  createStaffService,
  securityEvents,
  staffRecoveryCodes,
  staffTotp,
  STAFF_CHALLENGE_COOKIE,
  STAFF_COOKIE,
} from './index.ts';

describe('staff second factor (TOTP, recovery codes)', () => {
  let t: TestApp;
  const password = 'två steg är bättre än ett';
  beforeAll(async () => {
    t = await createTestApp();
    await createSignedInStaff(t, { email: 'dso@kliniksupport.test', roles: ['privacy_officer'], password });
  });
  afterAll(async () => t.close());

  const passwordStep = async (email = 'dso@kliniksupport.test', pw = password) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/staff/session', payload: { email, password: pw } });
    const challenge = res.cookies.find((c) => c.name === STAFF_CHALLENGE_COOKIE);
    return { res, challenge, cookie: challenge ? `${STAFF_CHALLENGE_COOKIE}=${challenge.value}` : '' };
  };
  const secondStep = (cookie: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/staff/session/second-factor', payload, headers: { cookie } });
  const sessionOf = (res: { cookies: { name: string; value: string }[] }) =>
    res.cookies.find((c) => c.name === STAFF_COOKIE && c.value)?.value;

  it('a correct password alone gives no session, only a short-lived challenge cookie', async () => {
    const { res, challenge } = await passwordStep();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ secondFactorRequired: true });
    expect(sessionOf(res)).toBeUndefined();
    expect(challenge).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: 300 });
  });

  it('refuses a wrong code, and a challenge older than 5 minutes', async () => {
    t.clock.advance({ seconds: 30 });
    const p = await passwordStep();
    const wrong = await secondStep(p.cookie, { code: totpCode(t) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(sessionOf(wrong)).toBeUndefined();
    const bad = await secondStep(p.cookie, { code: '12ab' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.code');
    expect((await secondStep('', { code: totpCode(t) })).statusCode).toBe(401);

    t.clock.advance({ minutes: 6 });
    expect((await secondStep(p.cookie, { code: totpCode(t) })).statusCode).toBe(401);
    const failed = await t.database.db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.type, 'staff.second_factor_failed'));
    expect(failed.map((e) => e.detail)).toContain('wrong_code');
  });

  it('accepts the code of the step before or after (±1), not two steps away', async () => {
    t.clock.advance({ minutes: 2 });
    const p = await passwordStep();
    const codeAt = (seconds: number) => {
      t.clock.advance({ seconds });
      const c = totpCode(t);
      t.clock.advance({ seconds: -seconds });
      return c;
    };
    const twoBack = codeAt(-60);
    const oneBack = codeAt(-30);
    const oneAhead = codeAt(30);
    if (twoBack !== oneBack) expect((await secondStep(p.cookie, { code: twoBack })).statusCode).toBe(401);
    expect((await secondStep(p.cookie, { code: oneBack })).statusCode).toBe(200);
    t.clock.advance({ minutes: 2 });
    const q = await passwordStep();
    expect((await secondStep(q.cookie, { code: codeAt(30) })).statusCode).toBe(200);
    expect(oneAhead).toMatch(/^\d{6}$/);
  });

  it('a used code cannot be replayed, not even within its window', async () => {
    t.clock.advance({ minutes: 2 });
    const a = await passwordStep();
    const code = totpCode(t);
    const first = await secondStep(a.cookie, { code });
    expect(first.statusCode).toBe(200);
    expect(sessionOf(first)).toBeDefined();
    const b = await passwordStep();
    expect((await secondStep(b.cookie, { code })).statusCode).toBe(401);
    t.clock.advance({ seconds: 10 }); // still the same or next step: the old code stays refused
    expect((await secondStep(b.cookie, { code })).statusCode).toBe(401);
    // The challenge of a completed sign-in cannot be used again either.
    t.clock.advance({ seconds: 30 });
    expect((await secondStep(a.cookie, { code: totpCode(t) })).statusCode).toBe(401);
  });

  it('throttles wrong codes with the sign-in throttle (429 + Retry-After)', async () => {
    const staff = createStaffService({ db: t.database.db, clock: t.clock });
    const id = await staff.create({
      email: 'guess@kliniksupport.test',
      displayName: 'G',
      roles: ['security'],
      password,
    });
    await staff.totp.enrolKnownSecret(id, TEST_TOTP_SECRET);
    const p = await passwordStep('guess@kliniksupport.test');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await secondStep(p.cookie, { code: '000000' })).statusCode);
    expect(statuses).toContain(429);
  });

  describe('enrolment, recovery codes', () => {
    let cookie = '';
    let secret = '';
    let recoveryCodes: string[] = [];
    const enrolPassword = 'nyanställd med lång fras';

    it('no access before enrolment: only /me, password and enrolment', async () => {
      const staff = createStaffService({ db: t.database.db, clock: t.clock });
      await staff.create({
        email: 'ny@kliniksupport.test',
        displayName: 'Ny',
        roles: ['privacy_officer'],
        password: enrolPassword,
      });
      const p = await passwordStep('ny@kliniksupport.test', enrolPassword);
      expect(p.res.statusCode).toBe(200);
      expect(p.res.json()).toMatchObject({ mustEnrolSecondFactor: true });
      cookie = `${STAFF_COOKIE}=${sessionOf(p.res)}`;
      expect((await t.app.inject({ url: '/api/staff/me', headers: { cookie } })).statusCode).toBe(200);
      expect((await t.app.inject({ url: '/api/privacy/ropa', headers: { cookie } })).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/api/staff/users', headers: { cookie } })).statusCode).toBe(403);
    });

    it('enrols: the secret is shown once, confirmed by a first valid code; 10 recovery codes stored hashed', async () => {
      const start = await t.app.inject({
        method: 'POST',
        url: '/api/staff/second-factor/enrolment',
        headers: { cookie },
      });
      expect(start.statusCode).toBe(200);
      expect(start.headers['cache-control']).toBe('no-store');
      ({ secret } = start.json() as { secret: string });
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(start.json().otpauthUri).toMatch(/^otpauth:\/\/totp\/Kliniksupport:.*secret=/);

      const confirm = (code: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/staff/second-factor/enrolment/confirm',
          headers: { cookie },
          payload: { code },
        });
      const wrong = await confirm(totpCode(t, secret) === '000000' ? '111111' : '000000');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('body.code');
      expect((await t.app.inject({ url: '/api/privacy/ropa', headers: { cookie } })).statusCode).toBe(403);

      const ok = await confirm(totpCode(t, secret));
      expect(ok.statusCode).toBe(200);
      recoveryCodes = ok.json().recoveryCodes;
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      // Now the same session has full access; a second enrolment is refused.
      expect((await t.app.inject({ url: '/api/privacy/ropa', headers: { cookie } })).statusCode).toBe(200);
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/staff/second-factor/enrolment',
        headers: { cookie },
      });
      expect(again.statusCode).toBe(409);

      const stored = JSON.stringify(await t.database.db.select().from(staffRecoveryCodes));
      for (const c of recoveryCodes) expect(stored).not.toContain(c);
      // The code that confirmed the enrolment cannot be used to sign in.
      const p = await passwordStep('ny@kliniksupport.test', enrolPassword);
      expect((await secondStep(p.cookie, { code: totpCode(t, secret) })).statusCode).toBe(401);
    });

    it('a recovery code works once', async () => {
      const p = await passwordStep('ny@kliniksupport.test', enrolPassword);
      const used = await secondStep(p.cookie, { recoveryCode: recoveryCodes[0]!.toUpperCase() });
      expect(used.statusCode).toBe(200);
      expect(sessionOf(used)).toBeDefined();
      const q = await passwordStep('ny@kliniksupport.test', enrolPassword);
      expect((await secondStep(q.cookie, { recoveryCode: recoveryCodes[0]! })).statusCode).toBe(401);
      expect((await secondStep(q.cookie, { recoveryCode: 'aaaaa-bbbbb' })).statusCode).toBe(401);
      expect((await secondStep(q.cookie, { recoveryCode: recoveryCodes[1]! })).statusCode).toBe(200);
      const types = (await t.database.db.select().from(securityEvents)).map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(['staff.second_factor_enrolled', 'staff.recovery_code_used']));
    });

    it('a code and a recovery code together, or neither, is a 400', async () => {
      const p = await passwordStep('ny@kliniksupport.test', enrolPassword);
      expect((await secondStep(p.cookie, {})).statusCode).toBe(400);
      expect((await secondStep(p.cookie, { code: '123456', recoveryCode: 'x' })).statusCode).toBe(400);
      expect((await secondStep(p.cookie, { code: '123456', extra: 1 })).statusCode).toBe(400);
    });

    it('the helper signs in with the secret; the secret is never in a response after enrolment', async () => {
      const s = await signInStaff(t, 'ny@kliniksupport.test', enrolPassword, secret);
      const me = await t.app.inject({ url: '/api/staff/me', headers: s.headers });
      expect(me.json()).toMatchObject({ mustEnrolSecondFactor: false });
      expect(me.body).not.toContain(secret);
      const [row] = await t.database.db.select().from(staffTotp).where(eq(staffTotp.secret, secret));
      expect(row?.confirmedAt).toBeInstanceOf(Date);
    });
  });
});
