import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './app.ts';
import { startTestSmtp, tokenOf, type TestSmtp } from './smtp.ts';

const registration = (over: { email?: string; orgNr?: string; phone?: string } = {}) => ({
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
    phone: over.phone ?? '070-174 06 42',
    password: 'en lång lösenfras 2026',
  },
});

describe('the platform over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async (table: string) =>
    Number(
      (
        (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );

  it('serves liveness, readiness, the OpenAPI document and its reference', async () => {
    expect((await t.app.inject({ url: '/health/live' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/health/ready' })).json()).toEqual({ status: 'ready' });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/catalog/products', '/api/customers/registrations', '/api/staff/session']),
    );
    const ref = await t.app.inject({ url: '/api/docs/' });
    expect(ref.statusCode).toBe(200);
    expect(ref.headers['content-type']).toContain('text/html');
  });

  it('names the field of bad input and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: registration({ orgNr: '556940-3338' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', fields: [{ field: 'body.company.orgNr' }] });
    expect(await count('companies')).toBe(0);
    expect(await count('contacts')).toBe(0);
  });

  it('answers a known and an unknown address alike', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/customers/registrations', payload: registration() });
    const again = await t.app.inject({ method: 'POST', url: '/api/customers/registrations', payload: registration() });
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    expect(await count('companies')).toBe(1);
    expect(await count('contacts')).toBe(1);
  });

  it('answers an unknown API route with a JSON 404 that does not echo the path', async () => {
    const res = await t.app.inject({ url: '/api/nothing/anna@example.se' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('anna');
  });

  it('logs no personal data: a canary e-mail address and phone number never reach the log', async () => {
    const canaryEmail = 'kanariefagel.7f3a9@canary.example';
    const canaryPhone = '070-1740677';
    const canaryDigits = '0701740677';
    const before = t.logs.length;
    // A good registration, a rejected one (bad org. nr), one that trips a schema rule, and a query string.
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: registration({ email: canaryEmail, orgNr: '202100-5489', phone: canaryPhone }),
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: registration({ email: canaryEmail, orgNr: '1', phone: canaryPhone }),
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: { ...registration({ email: canaryEmail, phone: canaryPhone }), extra: canaryEmail },
    });
    await t.app.inject({ method: 'GET', url: `/api/catalog/products?q=${encodeURIComponent(canaryEmail)}` });
    const written = t.logs.slice(before);
    expect(written.length).toBeGreaterThanOrEqual(8); // request and response lines were logged
    const text = written.join('\n');
    expect(text).not.toContain(canaryEmail);
    expect(text).not.toContain('kanariefagel');
    expect(text).not.toContain(canaryPhone);
    expect(text).not.toContain(canaryDigits);
  });
});

describe('no personal data in logs: customer accounts and their mail', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { SMTP_URL: smtp.url } });
    await t.rt.jobs.work();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('a canary address, name, phone number and every one-time token stay out of the log', async () => {
    const canary = 'kanariefagel.c0ffee@canary.example';
    const newAddress = 'kanariefagel.ny.c0ffee@canary.example';
    const colleague = 'kanariefagel.kollega.c0ffee@canary.example';
    const phone = '070-1740688';
    const secrets: string[] = [];
    const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload, headers });
    const before = t.logs.length;

    await post('/api/customers/registrations', registration({ email: canary, phone, orgNr: '556711-0001' }));
    const verify = tokenOf(await smtp.waitFor(canary), '/konto/verifiera');
    secrets.push(verify);
    await post('/api/customers/verify', { token: verify });
    await post('/api/customers/session', { email: canary, password: 'fel lösenord' });
    await post('/api/customers/password-resets', { email: canary });
    await post('/api/customers/password-resets', { email: 'okand.kanariefagel@canary.example' });
    const reset = tokenOf(await smtp.waitFor(canary), '/konto/nytt-losenord');
    secrets.push(reset);
    await post('/api/customers/password-resets/confirm', { token: reset, newPassword: 'kanariefågelns lösenord' });
    const signIn = await post('/api/customers/session', { email: canary, password: 'kanariefågelns lösenord' });
    const cookie = signIn.cookies.find((c) => c.name === '__Host-ks_customer')!;
    secrets.push(cookie.value);
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    await t.app.inject({
      method: 'PATCH',
      url: '/api/customers/me',
      headers,
      payload: { phone, fullName: 'Kanariefågel Kvitter' },
    });
    await t.app.inject({ method: 'PATCH', url: '/api/customers/me', headers, payload: { phone: canary } });
    await post(
      '/api/customers/me/email-changes',
      { newEmail: newAddress, password: 'kanariefågelns lösenord' },
      headers,
    );
    const change = tokenOf(await smtp.waitFor(newAddress), '/konto/ny-e-post');
    secrets.push(change);
    await post('/api/customers/email-changes/confirm', { token: change });
    await post('/api/customers/invitations', { email: colleague }, headers);
    const invitation = tokenOf(await smtp.waitFor(colleague), '/konto/inbjudan');
    secrets.push(invitation);
    await post('/api/customers/invitations/lookup', { token: invitation });
    const accepted = await post('/api/customers/invitations/accept', {
      token: invitation,
      fullName: 'Kanariefågel Kollega',
      password: 'kollegans lösenord 7',
      phone,
    });
    await t.app.inject({ method: 'DELETE', url: `/api/customers/colleagues/${accepted.json().contactId}`, headers });
    await t.app.inject({ url: '/api/customers/me/termination', headers });
    await post('/api/customers/me/termination', { confirm: true, password: 'kanariefågelns lösenord' }, headers);
    await smtp.waitFor(colleague, (m) => m.subject.startsWith('Du har tagits bort'));
    await smtp.waitFor(newAddress, (m) => m.subject.startsWith('Ditt kundkonto är avslutat'));

    const written = t.logs.slice(before).join('\n');
    expect(written).toContain('mail sent'); // the mail jobs logged, too
    for (const s of ['kanariefagel', 'Kanariefågel', phone, '0701740688', ...secrets]) expect(written).not.toContain(s);
  });
});
