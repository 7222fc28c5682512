import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadConfig, ConfigError } from '#src/platform/config/index.ts';
import { securityEvents } from '#src/modules/identity/index.ts';
import { createTestApp, type TestApp } from './app.ts';

describe('TRUST_PROXY', () => {
  it('is off by default; takes true/false, a number of hops, or addresses and CIDRs', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,loopback' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  const failedSignInIp = async (app: TestApp) => {
    await app.app.inject({
      method: 'POST',
      url: '/api/staff/session',
      payload: { email: 'ingen@kliniksupport.test', password: 'fel lösenord' },
      headers: { 'x-forwarded-for': '203.0.113.66' },
      remoteAddress: '10.0.0.5',
    });
    const [row] = await app.database.db
      .select({ ip: securityEvents.ip })
      .from(securityEvents)
      .where(eq(securityEvents.type, 'staff.sign_in_failed'));
    return row!.ip;
  };

  it('by default the client address is the connection’s: a forged X-Forwarded-For is ignored', async () => {
    t = await createTestApp();
    expect(await failedSignInIp(t)).toBe('10.0.0.5');
  });

  it('behind a trusted proxy, the address the proxy forwards', async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '10.0.0.0/8' } });
    expect(await failedSignInIp(t)).toBe('203.0.113.66');
  });
});
