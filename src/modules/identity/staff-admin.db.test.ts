import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSignedInStaff, signInStaff, type SignedInStaff } from '../../../test/staff.ts';
import { securityEvents, staffSessions, staffTotp } from './index.ts';

describe('staff and role management (system administration only)', () => {
  let t: TestApp;
  let admin: SignedInStaff & { staffId: string };
  let other: SignedInStaff & { staffId: string; password: string; secret: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createSignedInStaff(t, { email: 'drift@kliniksupport.test', roles: ['system_administration'] });
    other = await createSignedInStaff(t, { email: 'kund@kliniksupport.test', roles: ['customer_service'] });
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: SignedInStaff, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  it('refuses every management route to other roles (403) and to no session (401)', async () => {
    const id = other.staffId;
    const routes: [method: 'GET' | 'POST' | 'PUT', url: string, body?: object][] = [
      ['GET', '/api/staff/users'],
      ['POST', '/api/staff/users', { email: 'x@kliniksupport.test', displayName: 'X', roles: ['security'] }],
      ['POST', `/api/staff/users/${id}/roles`, { roles: ['security'] }],
      ['POST', `/api/staff/users/${id}/disable`],
      ['POST', `/api/staff/users/${id}/second-factor/reset`],
    ];
    for (const [method, url, body] of routes) {
      expect((await call(method, url, other, body)).statusCode, `${method} ${url}`).toBe(403);
      expect((await t.app.inject({ method, url, ...(body ? { payload: body } : {}) })).statusCode).toBe(401);
    }
  });

  it('lists staff with their roles and second-factor status', async () => {
    const res = await call('GET', '/api/staff/users', admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const items = res.json().items as { email: string; secondFactorEnrolled: boolean }[];
    expect(items.map((i) => i.email).sort()).toEqual(['drift@kliniksupport.test', 'kund@kliniksupport.test']);
    expect(items.every((i) => i.secondFactorEnrolled)).toBe(true);
    expect(res.body).not.toMatch(/passwordHash|secret/);
  });

  it('creates a staff member with a one-time password; they must change it and enrol before any access', async () => {
    const bad = await call('POST', '/api/staff/users', admin, {
      email: 'ny@kliniksupport.test',
      displayName: 'N',
      roles: ['chef'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.roles');
    const res = await call('POST', '/api/staff/users', admin, {
      email: 'ny@kliniksupport.test',
      displayName: 'Ny Person',
      roles: ['finance'],
    });
    expect(res.statusCode).toBe(201);
    const { oneTimePassword } = res.json() as { oneTimePassword: string };
    const dup = await call('POST', '/api/staff/users', admin, {
      email: 'NY@kliniksupport.test',
      displayName: 'N',
      roles: ['finance'],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain('body.email');

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { email: 'ny@kliniksupport.test', password: oneTimePassword },
    });
    expect(signIn.json()).toMatchObject({ mustChangePassword: true, mustEnrolSecondFactor: true });
    const [created] = await t.database.db.select().from(securityEvents).where(eq(securityEvents.type, 'staff.created'));
    expect(created!.detail).toBe(`by:${admin.staffId}`);
  });

  it('changes roles (policy roles only); the change applies at the next request', async () => {
    const url = `/api/staff/users/${other.staffId}/roles`;
    expect((await call('POST', url, admin, { roles: ['overlord'] })).statusCode).toBe(400);
    expect((await call('POST', url, admin, { roles: [] })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/privacy/ropa', headers: other.headers })).statusCode).toBe(403);
    expect((await call('POST', url, admin, { roles: ['privacy_officer'] })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/privacy/ropa', headers: other.headers })).statusCode).toBe(200);
    expect(
      (await call('POST', `/api/staff/users/${admin.staffId}/roles`, admin, { roles: ['security'] })).statusCode,
    ).toBe(400);
    const missing = await call('POST', '/api/staff/users/00000000-0000-4000-8000-000000000000/roles', admin, {
      roles: ['security'],
    });
    expect(missing.statusCode).toBe(404);
    const events = await t.database.db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.type, 'staff.roles_changed'));
    expect(events).toHaveLength(1);
  });

  it('resets the second factor: sessions end and the staff member must enrol again', async () => {
    const res = await call('POST', `/api/staff/users/${other.staffId}/second-factor/reset`, admin);
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/staff/me', headers: other.headers })).statusCode).toBe(401);
    expect(await t.database.db.select().from(staffTotp).where(eq(staffTotp.staffId, other.staffId))).toEqual([]);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { email: 'kund@kliniksupport.test', password: other.password },
    });
    expect(again.json()).toMatchObject({ mustEnrolSecondFactor: true });
    const events = await t.database.db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.type, 'staff.second_factor_reset'));
    expect(events).toHaveLength(1);
  });

  it('disables a staff member: every session ends at once; an administrator cannot disable themselves', async () => {
    const victim = await createSignedInStaff(t, { email: 'slutar@kliniksupport.test', roles: ['marketing'] });
    const second = await signInStaff(t, 'slutar@kliniksupport.test', victim.password, victim.secret);
    expect((await t.app.inject({ url: '/api/staff/me', headers: second.headers })).statusCode).toBe(200);
    expect((await call('POST', `/api/staff/users/${victim.staffId}/disable`, admin)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/staff/me', headers: victim.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/staff/me', headers: second.headers })).statusCode).toBe(401);
    expect(await t.database.db.select().from(staffSessions).where(eq(staffSessions.staffId, victim.staffId))).toEqual(
      [],
    );
    expect((await call('POST', `/api/staff/users/${admin.staffId}/disable`, admin)).statusCode).toBe(409);
    const list = (await call('GET', '/api/staff/users', admin)).json().items as { email: string; disabled: boolean }[];
    expect(list.find((i) => i.email === 'slutar@kliniksupport.test')!.disabled).toBe(true);
  });
});
