import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenOf } from '../../../test/smtp.ts';
import { PASSWORD, startAccountsHarness, type AccountsHarness } from './accounts.testing.ts';

describe('registration and e-mail verification (real SMTP)', () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness();
  });
  afterAll(async () => h.close());

  it('mails a verification link, Swedish first with English below, with the controller’s contact details', async () => {
    const mail = await h.register({ email: 'anna@tandvard.example', name: 'Tandvården i Ystad AB' });
    expect(mail.subject).toBe('Bekräfta din e-postadress / Confirm your e-mail address');
    expect(mail.from).toBe('info@kliniksupport.se');
    expect(mail.text.indexOf('Välkommen')).toBeLessThan(mail.text.indexOf('Welcome'));
    expect(mail.text).toContain('Tandvården i Ystad AB');
    expect(mail.text).toMatch(/Kliniksupport Sverige AB, org\.nr 556940-3339, Falsterbovägen 32, 239 41 Falsterbo/);
    expect(mail.text).toContain('040-45 56 80');
    expect(mail.html).toContain('lang="en"');
    // The token travels in the fragment: it never reaches a server's access log.
    const link = new URL(mail.links.find((l) => l.includes('/konto/verifiera'))!);
    expect(link.origin + link.pathname).toBe('http://kliniksupport.test/konto/verifiera');
    expect(link.search).toBe('');
    expect(link.hash).toMatch(/^#token=[A-Za-z0-9_-]{43}$/);
  });

  it('keeps only the hash of the link’s token, and no token in the job queue', async () => {
    const mail = await h.register({ email: 'bo@tandvard.example' });
    const token = tokenOf(mail, '/konto/verifiera');
    const tokens = await h.t.database.query<{ token_hash: string }>('select token_hash from customer_tokens');
    expect(tokens.map((r) => r.token_hash)).not.toContain(token);
    const jobs = await h.t.database.query<{ data: unknown }>('select data from pgboss.job');
    expect(JSON.stringify(jobs)).not.toContain(token);
  });

  it('an unverified contact cannot sign in; the answer is the one for a wrong password', async () => {
    const mail = await h.register({ email: 'cecilia@tandvard.example' });
    const unverified = await h.post('/api/customers/session', {
      email: 'cecilia@tandvard.example',
      password: PASSWORD,
    });
    const wrong = await h.post('/api/customers/session', {
      email: 'cecilia@tandvard.example',
      password: 'fel lösenord',
    });
    const unknown = await h.post('/api/customers/session', { email: 'ingen@tandvard.example', password: PASSWORD });
    for (const r of [unverified, wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json().message).toBe(unverified.json().message);
      expect(r.cookies).toEqual([]);
    }
    const verify = await h.post('/api/customers/verify', { token: tokenOf(mail, '/konto/verifiera') });
    expect(verify.statusCode).toBe(204);
    expect((await h.signIn('cecilia@tandvard.example', PASSWORD)).status).toBe(200);
  });

  it('a verification link works once', async () => {
    const mail = await h.register({ email: 'david@tandvard.example' });
    const token = tokenOf(mail, '/konto/verifiera');
    expect((await h.post('/api/customers/verify', { token })).statusCode).toBe(204);
    const again = await h.post('/api/customers/verify', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields).toEqual([{ field: 'body.token', message: expect.stringContaining('invalid') }]);
  });

  it('a verification link expires after 24 hours', async () => {
    const mail = await h.register({ email: 'eva@tandvard.example' });
    const token = tokenOf(mail, '/konto/verifiera');
    h.t.clock.advance({ hours: 24, seconds: 1 });
    expect((await h.post('/api/customers/verify', { token })).statusCode).toBe(400);
    expect((await h.signIn('eva@tandvard.example', PASSWORD)).status).toBe(401);
    // A new link can be asked for; it works, and the old one still does not.
    const ask = await h.post('/api/customers/verification-requests', { email: 'eva@tandvard.example' });
    expect(ask.statusCode).toBe(202);
    const fresh = await h.smtp.waitFor('eva@tandvard.example', (m) => m.subject.startsWith('Bekräfta'));
    expect((await h.post('/api/customers/verify', { token: tokenOf(fresh, '/konto/verifiera') })).statusCode).toBe(204);
    expect((await h.post('/api/customers/verify', { token })).statusCode).toBe(400);
  });

  it('a malformed token is a 400 naming the field', async () => {
    const res = await h.post('/api/customers/verify', { token: 'kort' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('body.token');
  });

  it('registering a known address mails its owner a notice instead; the answer is the same', async () => {
    await h.registerVerified({ email: 'frida@tandvard.example' });
    const first = await h.post('/api/customers/registrations', {
      company: { orgNr: '556711-4078', name: 'Annan AB', street: 'Gatan 2', postalCode: '211 20', city: 'Malmö' },
      contact: { fullName: 'Någon Annan', email: 'ny.adress@tandvard.example', password: PASSWORD },
    });
    const again = await h.post('/api/customers/registrations', {
      company: { orgNr: '556711-3708', name: 'Annan AB', street: 'Gatan 2', postalCode: '211 20', city: 'Malmö' },
      contact: { fullName: 'Någon Annan', email: 'frida@tandvard.example', password: PASSWORD },
    });
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    const notice = await h.smtp.waitFor('frida@tandvard.example');
    expect(notice.subject).toBe('Försök att registrera din e-postadress / An attempt to register your e-mail address');
    expect(notice.text).toContain('http://kliniksupport.test/konto/aterstall');
    expect(notice.links.some((l) => l.includes('#token='))).toBe(false);
    // The other address got its verification link.
    await h.smtp.waitFor('ny.adress@tandvard.example', (m) => m.subject.startsWith('Bekräfta'));
  });

  it('a failing SMTP server loses no mail: the job retries with backoff', async () => {
    h.smtp.failNext(2);
    const before = h.smtp.refused;
    const mail = await h.register({ email: 'gustav@tandvard.example' });
    expect(h.smtp.refused - before).toBe(2);
    expect((await h.post('/api/customers/verify', { token: tokenOf(mail, '/konto/verifiera') })).statusCode).toBe(204);
  });
});
