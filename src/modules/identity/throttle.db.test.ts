import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { securityEvents } from './security-events.tables.ts';
import { throttleCounters } from './throttle.tables.ts';
import { blockDelayMs, createThrottle, purgeThrottleCounters, THROTTLE_LIMITS, type ThrottleKey } from './throttle.ts';

const MINUTE = 60_000;

describe('blockDelayMs', () => {
  const l = THROTTLE_LIMITS.staff_sign_in.account_address;
  it('is free for the first failures, then 1 s, 2 s, 4 s … up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => blockDelayMs(n, l))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => blockDelayMs(n, l))).toEqual([1000, 2000, 4000, 8000]);
    expect(blockDelayMs(15, l)).toBe(15 * MINUTE);
    expect(blockDelayMs(10_000, l)).toBe(15 * MINUTE);
  });
});

describe('the throttle', () => {
  let database: Database;
  const clock = new TestClock();
  let throttle: ReturnType<typeof createThrottle>;
  beforeAll(async () => {
    database = await testDatabase();
    throttle = createThrottle({ db: database.db, clock });
  });
  afterAll(async () => database.close());
  beforeEach(async () => {
    await database.db.delete(throttleCounters);
    await database.db.delete(securityEvents);
    clock.advance({ days: 2 });
  });

  const anna = (ip = '198.51.100.7'): ThrottleKey => ({ action: 'staff_sign_in', account: 'anna@klinik.example', ip });
  const failTimes = async (key: ThrottleKey, n: number) => {
    for (let i = 0; i < n; i++) await throttle.fail(key);
  };

  it('lets 4 failures through, blocks for 1 s after the 5th, and the block ends by itself', async () => {
    await failTimes(anna(), 4);
    expect(await throttle.check(anna())).toEqual({ allowed: true });
    await throttle.fail(anna());
    expect(await throttle.check(anna())).toEqual({ allowed: false, retryAfterMs: 1000, scope: 'account_address' });
    clock.advance({ seconds: 1 });
    expect(await throttle.check(anna())).toEqual({ allowed: true });
  });

  it('doubles the delay with every further failure, capped at 15 minutes', async () => {
    const delays: number[] = [];
    for (let i = 0; i < 16; i++) {
      await throttle.fail(anna());
      const v = await throttle.check(anna());
      delays.push(v.allowed ? 0 : v.retryAfterMs);
      if (!v.allowed) clock.advance({ seconds: Math.ceil(v.retryAfterMs / 1000) });
    }
    expect(delays).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900].map((s) => s * 1000));
  });

  it('cannot lock the real user out: another address still gets in, and the block is short', async () => {
    await failTimes(anna('198.51.100.7'), 30);
    const blocked = await throttle.check(anna('198.51.100.7'));
    expect(blocked.allowed).toBe(false);
    expect(!blocked.allowed && blocked.retryAfterMs).toBeLessThanOrEqual(15 * MINUTE);
    expect(await throttle.check(anna('203.0.113.9'))).toEqual({ allowed: true });
    expect(await throttle.check(anna('2001:db8::1'))).toEqual({ allowed: true });
    clock.advance({ minutes: 15 });
    expect(await throttle.check(anna('198.51.100.7'))).toEqual({ allowed: true });
  });

  it('a success clears the account+address counter, but not the address counter', async () => {
    await failTimes(anna(), 4);
    await throttle.succeed(anna());
    await failTimes(anna(), 4);
    expect(await throttle.check(anna())).toEqual({ allowed: true });
    const [ip] = await database.db
      .execute(sql`select count(*)::int as n from throttle_counters where failures = 8`)
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
    expect(ip!.n).toBe(1); // the address counter kept counting across the success
  });

  it('blocks one address trying many accounts, after a higher allowance', async () => {
    const ip = '192.0.2.44';
    for (let i = 0; i < 99; i++) await throttle.fail({ action: 'staff_sign_in', account: `user${i}@x.example`, ip });
    expect(await throttle.check({ action: 'staff_sign_in', account: 'new@x.example', ip })).toEqual({ allowed: true });
    await throttle.fail({ action: 'staff_sign_in', account: 'user99@x.example', ip });
    expect(await throttle.check({ action: 'staff_sign_in', account: 'new@x.example', ip })).toMatchObject({
      allowed: false,
      scope: 'address',
    });
    // Another action is counted apart.
    expect(await throttle.check({ action: 'registration', account: 'new@x.example', ip })).toEqual({ allowed: true });
  });

  it('forgets a key after 24 hours without a failure, and the purge deletes it', async () => {
    await failTimes(anna(), 20);
    clock.advance({ hours: 24, seconds: 1 });
    await throttle.fail(anna());
    expect(await throttle.check(anna())).toEqual({ allowed: true });
    clock.advance({ hours: 24, seconds: 1 });
    expect(await purgeThrottleCounters(database.db, clock.now())).toBe(2);
    expect(await database.db.select().from(throttleCounters)).toEqual([]);
  });

  it('stores no e-mail address or IP address, only hashes of the keys', async () => {
    await failTimes(anna(), 1);
    const text = JSON.stringify(await database.db.select().from(throttleCounters));
    expect(text).not.toContain('anna');
    expect(text).not.toContain('198.51.100.7');
  });

  it('records a security event with the address when a key becomes blocked', async () => {
    await failTimes(anna(), 5);
    const rows = await database.db.select().from(securityEvents).where(eq(securityEvents.type, 'throttle.blocked'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ip: '198.51.100.7', detail: 'staff_sign_in/account_address', staffId: null });
  });

  it('counts concurrent failures without losing any (one counter row, atomic upsert)', async () => {
    await Promise.all(Array.from({ length: 10 }, () => throttle.fail(anna())));
    const rows = await database.db.select({ failures: throttleCounters.failures }).from(throttleCounters);
    expect(rows.map((r) => r.failures).sort()).toEqual([10, 10]);
  });
});
