import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createStaffService, securityEvents, staffSessions, STAFF_COOKIE } from '#src/modules/identity/index.ts';
import { createTestApp, type TestApp } from './app.ts';

describe('staff sessions', () => {
  let t: TestApp;
  let staff: ReturnType<typeof createStaffService>;
  let mktId: string;
  const password = 'Integritet är en rättighet';
  beforeAll(async () => {
    t = await createTestApp();
    staff = createStaffService({ db: t.database.db, clock: t.clock });
    await staff.create({ email: 'dso@kliniksupport.test', displayName: 'D', roles: ['privacy_officer'], password });
    mktId = await staff.create({ email: 'mkt@kliniksupport.test', displayName: 'M', roles: ['marketing'], password });
  });
  afterAll(async () => t.close());

  const signIn = async (email: string, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { email, password },
      headers,
    });
    const token = res.cookies.find((c) => c.name === STAFF_COOKIE)!.value;
    return { res, token, headers: { cookie: `${STAFF_COOKIE}=${token}` } };
  };
  const me = (headers: Record<string, string>) => t.app.inject({ url: '/api/staff/me', headers });

  it('gives a new random token at every sign-in, and only its hash is stored', async () => {
    const a = await signIn('dso@kliniksupport.test');
    const b = await signIn('dso@kliniksupport.test');
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, 'base64url').length).toBeGreaterThanOrEqual(16); // ≥ 128 bits
    const stored = JSON.stringify(await t.database.db.select().from(staffSessions));
    expect(stored).not.toContain(a.token);
    expect(stored).not.toContain(b.token);
    // Two browsers, two sessions: both work.
    expect((await me(a.headers)).statusCode).toBe(200);
    expect((await me(b.headers)).statusCode).toBe(200);
  });

  it('a sign-in from a browser that still holds a session replaces it: the old cookie no longer works', async () => {
    const old = await signIn('dso@kliniksupport.test');
    const fresh = await signIn('dso@kliniksupport.test', old.headers);
    expect(fresh.token).not.toBe(old.token);
    expect((await me(old.headers)).statusCode).toBe(401);
    expect((await me(fresh.headers)).statusCode).toBe(200);
  });

  it('a session token planted before sign-in (fixation) is never adopted', async () => {
    const planted = { cookie: `${STAFF_COOKIE}=chosen-by-the-attacker-0123456789abcdefghijkl` };
    const s = await signIn('dso@kliniksupport.test', planted);
    expect(s.token).not.toBe('chosen-by-the-attacker-0123456789abcdefghijkl');
    expect((await me(planted)).statusCode).toBe(401);
  });

  it('disabling a staff user ends every session of theirs at once, and they cannot sign in again', async () => {
    const one = await signIn('mkt@kliniksupport.test');
    const two = await signIn('mkt@kliniksupport.test');
    const other = await signIn('dso@kliniksupport.test');
    expect((await me(one.headers)).statusCode).toBe(200);

    expect(await staff.disable(mktId, { ip: '198.51.100.1' })).toBe(true);
    expect((await me(one.headers)).statusCode).toBe(401);
    expect((await me(two.headers)).statusCode).toBe(401);
    expect(await t.database.db.select().from(staffSessions).where(eq(staffSessions.staffId, mktId))).toEqual([]);
    expect((await me(other.headers)).statusCode).toBe(200); // nobody else's

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { email: 'mkt@kliniksupport.test', password },
    });
    expect(again.statusCode).toBe(401);
    const events = await t.database.db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.staffId, mktId), eq(securityEvents.type, 'staff.disabled')));
    expect(events).toHaveLength(1);
    expect(await staff.disable(mktId)).toBe(false); // already disabled
  });

  it('sign-out ends the session and records it', async () => {
    const s = await signIn('dso@kliniksupport.test');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/staff/session', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect((await me(s.headers)).statusCode).toBe(401);
    const events = await t.database.db.select().from(securityEvents).where(eq(securityEvents.type, 'staff.signed_out'));
    expect(events.length).toBeGreaterThan(0);
  });
});
