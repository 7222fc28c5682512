import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { runSweep } from '#src/modules/privacy/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSecurityEvents, truncateIp } from './security-events.ts';
import { securityEvents } from './security-events.tables.ts';
import { securityInventory } from './security-events.data.ts';
import { createStaffService, identityModule, identityRetention, STAFF_COOKIE } from './index.ts';

describe('truncateIp', () => {
  it('keeps the /24 of an IPv4 address and the /48 of an IPv6 address', () => {
    expect(truncateIp('198.51.100.77')).toBe('198.51.100.0/24');
    expect(truncateIp('::ffff:198.51.100.77')).toBe('198.51.100.0/24');
    expect(truncateIp('2001:db8:abcd:12:3456:789a:bcde:f012')).toBe('2001:db8:abcd::/48');
    expect(truncateIp('not an address')).toBeNull();
  });
});

describe('security events', () => {
  let t: TestApp;
  let staffId: string;
  const password = 'Säkerhet före allt 2026';
  beforeAll(async () => {
    t = await createTestApp();
    staffId = await createStaffService({ db: t.database.db, clock: t.clock }).create({
      email: 'sec@kliniksupport.test',
      displayName: 'Sara Säkerhet',
      roles: ['security'],
      password,
    });
  });
  afterAll(async () => t.close());

  const events = () => t.database.db.select().from(securityEvents).orderBy(asc(securityEvents.at));
  const signIn = (pw: string, remoteAddress: string, email = 'sec@kliniksupport.test') =>
    t.app.inject({ method: 'POST', url: '/api/staff/session', payload: { email, password: pw }, remoteAddress });

  it('records failed and successful sign-ins, sign-out and password change with the client address', async () => {
    await signIn('fel lösenord', '198.51.100.7');
    t.clock.advance({ seconds: 1 });
    await signIn('fel lösenord', '198.51.100.8', 'ingen@kliniksupport.test');
    t.clock.advance({ seconds: 1 });
    const ok = await signIn(password, '2001:db8:abcd:12::5');
    const cookie = `${STAFF_COOKIE}=${ok.cookies.find((c) => c.name === STAFF_COOKIE)!.value}`;
    t.clock.advance({ seconds: 1 });
    await t.app.inject({
      method: 'POST',
      url: '/api/staff/password',
      headers: { cookie },
      payload: { newPassword: 'ett annat långt lösenord' },
      remoteAddress: '2001:db8:abcd:12::5',
    });
    const rows = await events();
    expect(rows.map((r) => [r.type, r.staffId, r.ip, r.detail])).toEqual([
      ['staff.sign_in_failed', staffId, '198.51.100.7', 'wrong_password'],
      ['staff.sign_in_failed', null, '198.51.100.8', 'unknown_account'],
      ['staff.signed_in', staffId, '2001:db8:abcd:12::5', null],
      ['staff.password_changed', staffId, '2001:db8:abcd:12::5', null],
    ]);
  });

  it('keeps addresses in full for 30 days, then the retention sweep truncates them (IPv4 /24, IPv6 /48)', async () => {
    const run = () =>
      runSweep(
        { db: t.database.db, targets: identityRetention, files: null, now: () => t.clock.now() },
        { asOf: t.clock.now(), trigger: 'test' },
      );

    t.clock.advance({ days: 29 });
    const recent = createSecurityEvents({ db: t.database.db, clock: t.clock });
    await recent.record({ type: 'staff.signed_out', ip: '203.0.113.99', staffId });
    await run();
    expect((await events()).every((r) => r.ipTruncatedAt === null)).toBe(true);

    t.clock.advance({ days: 2 }); // 31 days after the first four events, 2 after the last
    await run();
    const rows = await events();
    expect(rows.map((r) => r.ip)).toEqual([
      '198.51.100.0/24',
      '198.51.100.0/24',
      '2001:db8:abcd::/48',
      '2001:db8:abcd::/48',
      '203.0.113.99',
    ]);
    expect(rows.slice(0, 4).every((r) => r.ipTruncatedAt?.getTime() === t.clock.now().getTime())).toBe(true);

    // Idempotent: a second run changes nothing.
    await run();
    expect((await events()).map((r) => r.ip)).toEqual(rows.map((r) => r.ip));
  });

  it('is declared in the inventory: the address as ip_address for abuse prevention under security_ip_30d', () => {
    const table = securityInventory.find((x) => x.table === 'security_events')!;
    expect(table.personal.ip).toEqual({
      category: 'ip_address',
      purposes: ['e.abuse_prevention'],
      retention: 'security_ip_30d',
    });
    expect(table.subjectKey).toEqual({ column: 'contact_id', kind: 'contact' });
  });

  it('the identity module names its enforcement points for the purpose and the retention rule', () => {
    const clauses = identityModule({ db: t.database.db, clock: t.clock }).enforces!.map((e) => e.clause);
    expect(clauses).toEqual(expect.arrayContaining(['purpose:e.abuse_prevention', 'retention:security_ip_30d']));
    expect(identityRetention.map((r) => [r.id, r.rule])).toEqual([['identity.security_ips', 'security_ip_30d']]);
  });
});
