import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.ts';

describe('loadConfig', () => {
  it('gives defaults: embedded database in ./data, port 3000, demo data outside production', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.jobs).toBe('web');
    expect(c.seedDemo).toBe(true);
  });
  it('never seeds demo data in production', () => {
    const smtp = {
      SMTP_URL: 'smtp://mail.kliniksupport.test:587',
      PAYMENT_API_URL: 'https://api.psp.test',
      PAYMENT_API_KEY: 'sk_live_0123456789',
      PAYMENT_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
      CARRIER_API_URL: 'https://api.carrier.test/rs-extapi/v1',
      CARRIER_API_KEY: 'carrier-key-0123456789',
      CARRIER_WEBHOOK_SECRET: 'carrier_webhook_0123456789',
      PSEUDONYM_KEY: 'pseudonym-key-0123456789abcdef-0123456789',
      MARKETING_TOKEN_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
      PERSONNUMMER_HMAC_KEY: 'personnummer_hmac_key_0123456789abcdef',
    };
    expect(loadConfig({ NODE_ENV: 'production', ...smtp }).seedDemo).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', ...smtp })).toThrow(/SEED_DEMO/);
    // The personnummer hash key has a development default only outside production.
    const { PERSONNUMMER_HMAC_KEY: _key, ...noKey } = smtp;
    expect(() => loadConfig({ NODE_ENV: 'production', ...noKey })).toThrow(/PERSONNUMMER_HMAC_KEY/);
    expect(loadConfig({}).personnummerHmacKey.length).toBeGreaterThanOrEqual(32);
  });
  it('keeps files in DATA_DIR/files and sweeps retention at 03:30 unless told otherwise', () => {
    const dev = loadConfig({});
    expect(dev.filesDir).toMatch(/\/data\/files$/);
    expect(dev.retentionSweepAt).toBe('03:30');
    expect(loadConfig({ FILES_DIR: '/srv/files', RETENTION_SWEEP_AT: '01:05' })).toMatchObject({
      filesDir: '/srv/files',
      retentionSweepAt: '01:05',
    });
    expect(() => loadConfig({ RETENTION_SWEEP_AT: '3.30' })).toThrow(/RETENTION_SWEEP_AT: must be a time of day/);
  });
  it('writes mail to an outbox folder in development, and needs an SMTP server in production', () => {
    const dev = loadConfig({});
    expect(dev.smtpUrl).toBeUndefined();
    expect(dev.outboxDir).toMatch(/\/data\/outbox$/);
    expect(dev.mailFrom).toBe('Kliniksupport <info@kliniksupport.se>');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: must be an smtp/);
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).smtpUrl).toBe('smtp://127.0.0.1:2525');
  });
  it('names the variable of a bad value', () => {
    const err = (() => {
      try {
        loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variables.sort()).toEqual(['DATABASE_URL', 'PORT']);
    expect((err as Error).message).toContain('PORT: must be a port number');
    expect((err as Error).message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });
  it('card payments: the local provider in development, the three PAYMENT_ variables required in production', () => {
    const dev = loadConfig({});
    expect(dev.payment.apiUrl).toBeUndefined();
    expect(dev.payment.webhookSecret).toMatch(/^whsec_/);
    const smtp = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.kliniksupport.test:587' };
    const err = (() => {
      try {
        loadConfig({ ...smtp, PAYMENT_API_KEY: 'sk_live_0123456789' });
      } catch (e) {
        return e;
      }
    })();
    expect((err as ConfigError).variables.sort()).toEqual(['PAYMENT_API_URL', 'PAYMENT_WEBHOOK_SECRET']);
    expect(() => loadConfig({ PAYMENT_API_URL: 'ftp://psp.example' })).toThrow(/PAYMENT_API_URL/);
    expect(loadConfig({ PAYMENT_API_URL: 'https://api.stripe.com/' }).payment.apiUrl).toBe('https://api.stripe.com');
  });
});
