import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createStaffService, securityEvents } from '#src/modules/identity/index.ts';
import { createTestApp, type TestApp } from './app.ts';

const registration = (over: { email?: string; orgNr?: string; password?: string } = {}) => ({
  company: {
    orgNr: over.orgNr ?? '556940-3339',
    name: 'Kliniken i Falsterbo AB',
    street: 'Storgatan 1',
    postalCode: '239 41',
    city: 'Falsterbo',
  },
  contact: {
    fullName: 'Karin Kanarie',
    email: over.email ?? 'karin@kliniken.example',
    password: over.password ?? 'en lång lösenfras 2026',
  },
});

/** The body of an answer without its request id: what must not differ between two accounts. */
const sameness = (body: string) => {
  const { requestId: _, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return rest;
};

describe('abuse prevention over HTTP', () => {
  let t: TestApp;
  const password = 'Integritet är en rättighet';
  beforeAll(async () => {
    t = await createTestApp();
    const staff = createStaffService({ db: t.database.db, clock: t.clock });
    await staff.create({ email: 'dso@kliniksupport.test', displayName: 'D', roles: ['privacy_officer'], password });
    const gone = await staff.create({
      email: 'gone@kliniksupport.test',
      displayName: 'G',
      roles: ['marketing'],
      password,
    });
    await staff.disable(gone);
  });
  afterAll(async () => t.close());

  const signIn = (email: string, pw: string, remoteAddress = '198.51.100.7') =>
    t.app.inject({ method: 'POST', url: '/api/staff/session', payload: { email, password: pw }, remoteAddress });

  describe('no user enumeration', () => {
    it('staff sign-in: a known address with a wrong password, an unknown address and a disabled user get the same answer', async () => {
      const wrong = await signIn('dso@kliniksupport.test', 'fel lösenord', '192.0.2.1');
      const unknown = await signIn('ingen@kliniksupport.test', 'fel lösenord', '192.0.2.1');
      const disabled = await signIn('gone@kliniksupport.test', password, '192.0.2.1');
      for (const r of [wrong, unknown, disabled]) {
        expect(r.statusCode).toBe(401);
        expect(sameness(r.body)).toEqual(sameness(wrong.body));
        expect(r.cookies).toEqual([]);
      }
    });

    it('staff sign-in: once throttled, a known and an unknown address get the same 429', async () => {
      for (let i = 0; i < 5; i++) {
        await signIn('dso@kliniksupport.test', 'fel lösenord', '192.0.2.2');
        await signIn('ingen@kliniksupport.test', 'fel lösenord', '192.0.2.2');
      }
      const known = await signIn('dso@kliniksupport.test', 'fel lösenord', '192.0.2.2');
      const unknown = await signIn('ingen@kliniksupport.test', 'fel lösenord', '192.0.2.2');
      expect(known.statusCode).toBe(429);
      expect(unknown.statusCode).toBe(429);
      expect(sameness(unknown.body)).toEqual(sameness(known.body));
      expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
    });

    it('registration: a new address, a known address and a known company get the same answer', async () => {
      const post = (body: object, remoteAddress: string) =>
        t.app.inject({ method: 'POST', url: '/api/customers/registrations', payload: body, remoteAddress });
      const fresh = await post(registration(), '192.0.2.3');
      const knownEmail = await post(registration({ orgNr: '202100-5489' }), '192.0.2.4');
      const knownCompany = await post(registration({ email: 'annan@kliniken.example' }), '192.0.2.5');
      for (const r of [fresh, knownEmail, knownCompany]) {
        expect(r.statusCode).toBe(202);
        expect(r.body).toBe(fresh.body);
      }
    });
  });

  describe('throttling', () => {
    it('staff sign-in: after 5 failures from one address for one account, 429 with Retry-After, a clear message and a security event', async () => {
      const ip = '203.0.113.10';
      for (let i = 0; i < 5; i++) expect((await signIn('dso@kliniksupport.test', 'fel', ip)).statusCode).toBe(401);
      const refused = await signIn('dso@kliniksupport.test', password, ip); // even the right password waits
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json()).toMatchObject({
        error: 'too_many_requests',
        message: 'För många försök. Försök igen om 1 sekund. / Too many attempts. Try again in 1 second.',
      });
      expect(refused.cookies).toEqual([]);
      const blocked = await t.database.db
        .select()
        .from(securityEvents)
        .where(eq(securityEvents.type, 'throttle.blocked'));
      expect(blocked.some((e) => e.ip === ip && e.detail === 'staff_sign_in/account_address')).toBe(true);

      // The real user at another address is not locked out.
      expect((await signIn('dso@kliniksupport.test', password, '203.0.113.11')).statusCode).toBe(200);

      // After the wait, the right password works and clears the counter: the next failure is free again.
      t.clock.advance({ seconds: 1 });
      expect((await signIn('dso@kliniksupport.test', password, ip)).statusCode).toBe(200);
      expect((await signIn('dso@kliniksupport.test', 'fel', ip)).statusCode).toBe(401);
      expect((await signIn('dso@kliniksupport.test', 'fel', ip)).statusCode).toBe(401);
    });

    it('staff sign-in: the delays grow (2 s, 4 s, …) and stop at 15 minutes', async () => {
      const ip = '203.0.113.20';
      const retryAfters: number[] = [];
      for (let i = 0; i < 40; i++) {
        const r = await signIn('dso@kliniksupport.test', 'fel', ip);
        if (r.statusCode === 429) {
          const s = Number(r.headers['retry-after']);
          retryAfters.push(s);
          t.clock.advance({ seconds: s });
        }
      }
      expect(retryAfters.slice(0, 4)).toEqual([1, 2, 4, 8]);
      expect(Math.max(...retryAfters)).toBe(900);
      t.clock.advance({ minutes: 15 });
      expect((await signIn('dso@kliniksupport.test', password, ip)).statusCode).toBe(200);
    });

    it('registration: every submission counts; the fourth for one address from one client address waits', async () => {
      const post = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/customers/registrations',
          payload: registration({ email: 'flood@kliniken.example', orgNr: '556677-8899' }),
          remoteAddress: '203.0.113.30',
        });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await post()).statusCode);
      expect(codes).toEqual([202, 202, 202, 429]);
    });
  });

  describe('the password policy', () => {
    it('registration refuses a common password, naming body.contact.password, and writes nothing', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/customers/registrations',
        payload: registration({ email: 'vanlig@kliniken.example', orgNr: '556016-0680', password: 'Password123' }),
        remoteAddress: '203.0.113.40',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: 'validation',
        message:
          'body.contact.password: Lösenordet är ett av de vanligaste lösenorden; välj ett annat / this password is among the most common ones; choose another',
        fields: [{ field: 'body.contact.password' }],
      });
      const rows = await t.database.query("select 1 from contacts where email = 'vanlig@kliniken.example'");
      expect(rows).toEqual([]);
    });

    it('staff password change refuses a common password, naming body.newPassword; 64 characters are allowed', async () => {
      const ok = await signIn('dso@kliniksupport.test', password, '203.0.113.50');
      const cookie = ok.headers['set-cookie'] as string;
      const change = (newPassword: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/staff/password',
          headers: { cookie: cookie.split(';')[0]! },
          payload: { newPassword },
        });
      const common = await change('qwertyuiop');
      expect(common.statusCode).toBe(400);
      expect(common.json().fields).toEqual([
        { field: 'body.newPassword', message: expect.stringContaining('among the most common ones') },
      ]);
      expect((await change('kort')).json().fields[0].field).toBe('body.newPassword');
      expect((await change('x'.repeat(129))).statusCode).toBe(400);
      expect((await change('sextiofyra tecken är gott om plats för en lösenfras, eller hur?!!')).statusCode).toBe(204);
    });
  });
});
