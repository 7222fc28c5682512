import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenOf } from '../../../test/smtp.ts';
import { startAccountsHarness, type AccountsHarness } from './accounts.testing.ts';
import { CUSTOMER_COOKIE, purgeEndedCustomerAccess } from './index.ts';

describe('customer sign-in, sessions, profile, password reset and change of e-mail', () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness();
  });
  afterAll(async () => h.close());

  const me = (headers: object) =>
    h.t.app.inject({ url: '/api/customers/me', headers: headers as Record<string, string> });

  describe('sessions', () => {
    it('sets a __Host- cookie: HttpOnly, Secure, SameSite=Strict, path /, a new 256-bit token per sign-in', async () => {
      const { email, password } = await h.registerVerified({ email: 'hanna@ortoped.example' });
      const a = await h.post('/api/customers/session', { email, password });
      const b = await h.post('/api/customers/session', { email: 'HANNA@ortoped.example', password });
      const ca = a.cookies.find((c) => c.name === CUSTOMER_COOKIE)!;
      const cb = b.cookies.find((c) => c.name === CUSTOMER_COOKIE)!;
      expect(ca).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
      expect(ca.domain).toBeUndefined();
      expect(ca.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cb.value).not.toBe(ca.value);
      const stored = await h.t.database.query<{ token_hash: string }>('select token_hash from customer_sessions');
      expect(stored.map((s) => s.token_hash)).not.toContain(ca.value);
      expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
    });

    it('shows the signed-in contact with Cache-Control: no-store; nothing without a session', async () => {
      const { email, password } = await h.registerVerified({ email: 'ivar@ortoped.example' });
      const s = await h.signIn(email, password);
      const res = await me(s.headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toMatchObject({
        contact: { fullName: 'Karin Kanarie', email, phone: '0701740642', companyAdmin: true },
        company: { legalForm: 'Aktiebolag', city: 'Falsterbo', postalCode: '23941' },
        colleagues: [],
        invitations: [],
      });
      expect((await me({})).statusCode).toBe(401);
      expect((await me({ cookie: `${CUSTOMER_COOKIE}=${'x'.repeat(43)}` })).statusCode).toBe(401);
    });

    it('ends after 8 hours idle and after 30 days in all; sign-out ends it at once', async () => {
      const { email, password } = await h.registerVerified({ email: 'jan@ortoped.example' });
      const idle = await h.signIn(email, password);
      h.t.clock.advance({ hours: 7, minutes: 59 });
      expect((await me(idle.headers)).statusCode).toBe(200);
      h.t.clock.advance({ hours: 8, minutes: 1 });
      expect((await me(idle.headers)).statusCode).toBe(401);

      const long = await h.signIn(email, password);
      for (let i = 0; i < 90; i++) {
        h.t.clock.advance({ hours: 7, minutes: 55 });
        if (i % 9 === 0) expect((await me(long.headers)).statusCode).toBe(200);
        else await me(long.headers);
      }
      h.t.clock.advance({ hours: 7, minutes: 59 }); // 90 × 7 h 55 min + 7 h 59 min: past 30 days, never idle for 8 h
      expect((await me(long.headers)).statusCode).toBe(401);

      const out = await h.signIn(email, password);
      const del = await h.t.app.inject({ method: 'DELETE', url: '/api/customers/session', headers: out.headers });
      expect(del.statusCode).toBe(204);
      expect((await me(out.headers)).statusCode).toBe(401);
    });

    it('the purge job deletes ended sessions and expired links', async () => {
      const { email, password } = await h.registerVerified({ email: 'kim@ortoped.example' });
      await h.signIn(email, password);
      h.t.clock.advance({ days: 31 });
      const first = await purgeEndedCustomerAccess(h.t.database.db, h.t.clock.now());
      expect(first.sessions).toBeGreaterThan(0);
      expect(await purgeEndedCustomerAccess(h.t.database.db, h.t.clock.now())).toEqual({ sessions: 0, links: 0 });
    });
  });

  describe('profile', () => {
    it('corrects name and phone, names the field of bad input and changes nothing then', async () => {
      const { email, password } = await h.registerVerified({ email: 'lena@ortoped.example' });
      const s = await h.signIn(email, password);
      const patch = (payload: object) =>
        h.t.app.inject({ method: 'PATCH', url: '/api/customers/me', headers: s.headers, payload });
      const bad = await patch({ fullName: 'Lena Lind', phone: 'ring mig' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual(['body.phone']);
      expect((await me(s.headers)).json().contact.fullName).toBe('Karin Kanarie');
      expect((await patch({ email: 'x@y.example' })).statusCode).toBe(400);
      expect((await patch({})).statusCode).toBe(400);
      const ok = await patch({ fullName: 'Lena Lind', phone: null });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['cache-control']).toBe('no-store');
      expect(ok.json().contact).toMatchObject({ fullName: 'Lena Lind', phone: null });
    });
  });

  describe('password reset', () => {
    it('answers a known and an unknown address alike, and mails only the known one', async () => {
      const { email } = await h.registerVerified({ email: 'maja@ortoped.example' });
      const known = await h.post('/api/customers/password-resets', { email });
      const unknown = await h.post('/api/customers/password-resets', { email: 'okand@ortoped.example' });
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(unknown.body).toBe(known.body);
      const mail = await h.smtp.waitFor(email, (m) => m.subject.startsWith('Välj ett nytt lösenord'));
      expect(mail.text).toContain('en timme');
      await new Promise((r) => setTimeout(r, 1500));
      expect(h.smtp.received.some((m) => m.to.includes('okand@ortoped.example'))).toBe(false);
    });

    it('sets the password once with the link, ends every session, and the link then fails', async () => {
      const { email, password } = await h.registerVerified({ email: 'nils@ortoped.example' });
      const s1 = await h.signIn(email, password);
      const s2 = await h.signIn(email, password);
      await h.post('/api/customers/password-resets', { email });
      const mail = await h.smtp.waitFor(email, (m) => m.subject.startsWith('Välj ett nytt lösenord'));
      const token = tokenOf(mail, '/konto/nytt-losenord');
      const weak = await h.post('/api/customers/password-resets/confirm', { token, newPassword: 'password' });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().fields[0].field).toBe('body.newPassword');
      const done = await h.post('/api/customers/password-resets/confirm', {
        token,
        newPassword: 'nytt långt lösenord 42',
      });
      expect(done.statusCode).toBe(204);
      expect((await me(s1.headers)).statusCode).toBe(401);
      expect((await me(s2.headers)).statusCode).toBe(401);
      expect((await h.signIn(email, password)).status).toBe(401);
      expect((await h.signIn(email, 'nytt långt lösenord 42')).status).toBe(200);
      const again = await h.post('/api/customers/password-resets/confirm', {
        token,
        newPassword: 'ännu ett lösenord 43',
      });
      expect(again.statusCode).toBe(400);
      const notice = await h.smtp.waitFor(email, (m) => m.subject.startsWith('Ditt lösenord har bytts'));
      expect(notice.links.some((l) => l.includes('#token='))).toBe(false);
    });

    it('a reset link expires after one hour', async () => {
      const { email, password } = await h.registerVerified({ email: 'olle@ortoped.example' });
      await h.post('/api/customers/password-resets', { email });
      const mail = await h.smtp.waitFor(email, (m) => m.subject.startsWith('Välj ett nytt lösenord'));
      h.t.clock.advance({ minutes: 61 });
      const res = await h.post('/api/customers/password-resets/confirm', {
        token: tokenOf(mail, '/konto/nytt-losenord'),
        newPassword: 'nytt långt lösenord 42',
      });
      expect(res.statusCode).toBe(400);
      expect((await h.signIn(email, password)).status).toBe(200);
    });
  });

  describe('change of e-mail', () => {
    it('takes effect only when confirmed from the new address; the old address gets a notice', async () => {
      const { email, password } = await h.registerVerified({ email: 'petra@ortoped.example' });
      const s = await h.signIn(email, password);
      const ask = (payload: object) =>
        h.t.app.inject({ method: 'POST', url: '/api/customers/me/email-changes', headers: s.headers, payload });
      const wrongPw = await ask({ newEmail: 'petra.ny@ortoped.example', password: 'fel lösenord' });
      expect(wrongPw.statusCode).toBe(400);
      expect(wrongPw.json().fields[0].field).toBe('body.password');
      expect((await ask({ newEmail: 'inte en adress', password })).json().fields[0].field).toBe('body.newEmail');

      expect((await ask({ newEmail: 'Petra.Ny@ortoped.example', password })).statusCode).toBe(202);
      const mail = await h.smtp.waitFor('petra.ny@ortoped.example');
      expect(mail.subject).toBe('Bekräfta din nya e-postadress / Confirm your new e-mail address');
      // Not yet: the old address still signs in, the new one does not.
      expect((await me(s.headers)).json().contact.email).toBe(email);
      expect((await h.signIn('petra.ny@ortoped.example', password)).status).toBe(401);

      const token = tokenOf(mail, '/konto/ny-e-post');
      expect((await h.post('/api/customers/email-changes/confirm', { token })).statusCode).toBe(204);
      expect((await me(s.headers)).json().contact.email).toBe('petra.ny@ortoped.example');
      expect((await h.signIn('petra.ny@ortoped.example', password)).status).toBe(200);
      expect((await h.signIn(email, password)).status).toBe(401);
      expect((await h.post('/api/customers/email-changes/confirm', { token })).statusCode).toBe(400);

      const notice = await h.smtp.waitFor(email);
      expect(notice.subject).toBe('Din e-postadress har bytts / Your e-mail address has been changed');
      expect(notice.text).toContain('p•••@ortoped.example');
      expect(notice.text).not.toContain('petra.ny@');
    });

    it('an address that already has an account gets a notice, not a link; the answer is the same', async () => {
      const a = await h.registerVerified({ email: 'rut@ortoped.example' });
      const b = await h.registerVerified({ email: 'sara@ortoped.example' });
      const s = await h.signIn(a.email, a.password);
      const res = await h.t.app.inject({
        method: 'POST',
        url: '/api/customers/me/email-changes',
        headers: s.headers,
        payload: { newEmail: b.email, password: a.password },
      });
      expect(res.statusCode).toBe(202);
      const notice = await h.smtp.waitFor(b.email);
      expect(notice.subject).toMatch(/^Försök att registrera/);
      expect(notice.links.some((l) => l.includes('#token='))).toBe(false);
    });

    it('a change link expires after 24 hours', async () => {
      const { email, password } = await h.registerVerified({ email: 'tore@ortoped.example' });
      const s = await h.signIn(email, password);
      await h.t.app.inject({
        method: 'POST',
        url: '/api/customers/me/email-changes',
        headers: s.headers,
        payload: { newEmail: 'tore.ny@ortoped.example', password },
      });
      const mail = await h.smtp.waitFor('tore.ny@ortoped.example');
      h.t.clock.advance({ hours: 25 });
      const res = await h.post('/api/customers/email-changes/confirm', { token: tokenOf(mail, '/konto/ny-e-post') });
      expect(res.statusCode).toBe(400);
      expect(await h.count('contacts', 'email = $1', ['tore@ortoped.example'])).toBe(1);
    });
  });
});
