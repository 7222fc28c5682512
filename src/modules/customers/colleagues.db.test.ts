import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenOf } from '../../../test/smtp.ts';
import { startAccountsHarness, type AccountsHarness } from './accounts.testing.ts';

describe('colleagues: invitations by the company administrator, and removal', () => {
  let h: AccountsHarness;
  let admin: { headers: Record<string, string> };
  beforeAll(async () => {
    h = await startAccountsHarness();
    const a = await h.registerVerified({ email: 'anna@vardcentral.example' });
    admin = await h.signIn(a.email, a.password);
  });
  afterAll(async () => h.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: object, payload?: object) =>
    h.t.app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

  async function invite(email: string) {
    const res = await call('POST', '/api/customers/invitations', admin.headers, { email });
    expect(res.statusCode).toBe(202);
    return h.smtp.waitFor(email, (m) => m.subject.startsWith('Inbjudan till') && m.text.includes('#token='));
  }

  async function accept(email: string, fullName: string) {
    const mail = await invite(email);
    const token = tokenOf(mail, '/konto/inbjudan');
    const res = await h.post('/api/customers/invitations/accept', {
      token,
      fullName,
      password: 'kollegans lösenord 7',
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === '__Host-ks_customer')!;
    return { id: res.json().contactId as string, token, headers: { cookie: `${cookie.name}=${cookie.value}` } };
  }

  it('invites by e-mail; the invitee sees the company, sets name and password and is signed in', async () => {
    const mail = await invite('bo@vardcentral.example');
    expect(mail.subject).toMatch(/^Inbjudan till Kliniken nr 1 ABs kundkonto/);
    expect(mail.text).toContain('Karin Kanarie har bjudit in dig');
    expect(mail.text).toContain('sju dagar');
    const token = tokenOf(mail, '/konto/inbjudan');
    const pending = (await call('GET', '/api/customers/me', admin.headers)).json().invitations;
    expect(pending).toEqual([expect.objectContaining({ email: 'bo@vardcentral.example' })]);

    const look = await h.post('/api/customers/invitations/lookup', { token });
    expect(look.json()).toEqual({ companyName: 'Kliniken nr 1 AB', email: 'bo@vardcentral.example' });
    const bad = await h.post('/api/customers/invitations/accept', { token, fullName: 'B', password: 'kort' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['body.fullName', 'body.password']);
    const ok = await h.post('/api/customers/invitations/accept', {
      token,
      fullName: 'Bo Berg',
      password: 'kollegans lösenord 7',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ companyAdmin: false });
    const cookie = ok.cookies.find((c) => c.name === '__Host-ks_customer')!;
    const bo = await call('GET', '/api/customers/me', { cookie: `${cookie.name}=${cookie.value}` });
    expect(bo.json()).toMatchObject({
      contact: { fullName: 'Bo Berg', email: 'bo@vardcentral.example', companyAdmin: false },
      colleagues: [{ fullName: 'Karin Kanarie', companyAdmin: true }],
      invitations: null,
    });
    expect((await h.signIn('bo@vardcentral.example', 'kollegans lösenord 7')).status).toBe(200);
    // Once only.
    const again = await h.post('/api/customers/invitations/accept', {
      token,
      fullName: 'Bo Två',
      password: 'ett annat lösenord 8',
    });
    expect(again.statusCode).toBe(400);
    expect((await call('GET', '/api/customers/me', admin.headers)).json().invitations).toEqual([]);
  });

  it('an invitation expires after 7 days', async () => {
    const mail = await invite('cilla@vardcentral.example');
    h.t.clock.advance({ days: 7, minutes: 1 });
    const token = tokenOf(mail, '/konto/inbjudan');
    expect((await h.post('/api/customers/invitations/lookup', { token })).statusCode).toBe(400);
    const res = await h.post('/api/customers/invitations/accept', {
      token,
      fullName: 'Cilla',
      password: 'kollegans lösenord 7',
    });
    expect(res.statusCode).toBe(400);
    admin = await h.signIn('anna@vardcentral.example', 'en lång lösenfras 2026');
  });

  it('an open invitation can be withdrawn by the administrator', async () => {
    const mail = await invite('dan@vardcentral.example');
    const [inv] = (await call('GET', '/api/customers/me', admin.headers)).json().invitations;
    expect((await call('DELETE', `/api/customers/invitations/${inv.id}`, admin.headers)).statusCode).toBe(204);
    const token = tokenOf(mail, '/konto/inbjudan');
    expect((await h.post('/api/customers/invitations/lookup', { token })).statusCode).toBe(400);
  });

  it('a colleague who is not the administrator can neither invite nor remove', async () => {
    const eva = await accept('eva@vardcentral.example', 'Eva Ek');
    const fia = await accept('fia@vardcentral.example', 'Fia Fors');
    const inv = await call('POST', '/api/customers/invitations', eva.headers, { email: 'x@vardcentral.example' });
    expect(inv.statusCode).toBe(403);
    expect((await call('DELETE', `/api/customers/colleagues/${fia.id}`, eva.headers)).statusCode).toBe(403);
    expect(await h.count('contacts', 'id = $1', [fia.id])).toBe(1);
    expect(await h.count('customer_tokens', "email = 'x@vardcentral.example'")).toBe(0);
  });

  it('the administrator removes a colleague: sign-in and sessions end, a letter says what was deleted', async () => {
    const gun = await accept('gun@vardcentral.example', 'Gun Gran');
    expect((await call('GET', '/api/customers/me', gun.headers)).statusCode).toBe(200);
    const res = await call('DELETE', `/api/customers/colleagues/${gun.id}`, admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().deletedNow.map((d: { id: string }) => d.id)).toEqual(['sign_in', 'profile']);
    expect((await call('GET', '/api/customers/me', gun.headers)).statusCode).toBe(401);
    expect((await h.signIn('gun@vardcentral.example', 'kollegans lösenord 7')).status).toBe(401);
    expect(await h.count('contacts', 'id = $1', [gun.id])).toBe(0);
    expect(await h.count('customer_sessions', 'contact_id = $1', [gun.id])).toBe(0);
    const letter = await h.smtp.waitFor('gun@vardcentral.example', (m) => m.subject.startsWith('Du har tagits bort'));
    expect(letter.text).toMatch(/det här har vi raderat/i);
    expect(letter.text).toMatch(/inloggning och sessioner/i);
  });

  it('refuses to remove oneself, or a contact of another company', async () => {
    const me = (await call('GET', '/api/customers/me', admin.headers)).json();
    expect((await call('DELETE', `/api/customers/colleagues/${me.contact.id}`, admin.headers)).statusCode).toBe(409);
    const other = await h.registerVerified({ email: 'hugo@annanklinik.example' });
    const otherSession = await h.signIn(other.email, other.password);
    const otherMe = (await call('GET', '/api/customers/me', otherSession.headers)).json();
    expect((await call('DELETE', `/api/customers/colleagues/${otherMe.contact.id}`, admin.headers)).statusCode).toBe(
      404,
    );
    expect((await call('DELETE', '/api/customers/colleagues/inte-ett-id', admin.headers)).statusCode).toBe(400);
  });

  it('inviting an address that already has an account sends a notice instead of a link', async () => {
    const res = await call('POST', '/api/customers/invitations', admin.headers, { email: 'hugo@annanklinik.example' });
    expect(res.statusCode).toBe(202);
    const notice = await h.smtp.waitFor('hugo@annanklinik.example', (m) => m.subject.startsWith('Inbjudan till ett'));
    expect(notice.links.some((l) => l.includes('#token='))).toBe(false);
  });
});
