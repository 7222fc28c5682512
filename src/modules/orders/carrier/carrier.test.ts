import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '#src/platform/config/index.ts';
import { signEvent } from '#src/providers/carrier/index.ts';
import { verifyCarrierSignature } from './carrier.signature.ts';

const now = new Date('2026-11-20T10:00:00Z');
const body = '{"eventId":"e1","status":"DELIVERED"}';

describe('the carrier webhook signature', () => {
  it('accepts the shared secret’s HMAC over time and body, and nothing else', () => {
    const header = signEvent('the-shared-secret-0001', body, now);
    expect(verifyCarrierSignature({ secret: 'the-shared-secret-0001', header, rawBody: body, now })).toBe(true);
    expect(verifyCarrierSignature({ secret: 'another-secret-00001', header, rawBody: body, now })).toBe(false);
    expect(verifyCarrierSignature({ secret: 'the-shared-secret-0001', header, rawBody: body + ' ', now })).toBe(false);
    expect(verifyCarrierSignature({ secret: 'the-shared-secret-0001', header: undefined, rawBody: body, now })).toBe(
      false,
    );
    expect(verifyCarrierSignature({ secret: 'the-shared-secret-0001', header: 't=1,v1=zz', rawBody: body, now })).toBe(
      false,
    );
  });

  it('refuses a signature more than five minutes from now (replay)', () => {
    const header = signEvent('the-shared-secret-0001', body, new Date(now.getTime() - 6 * 60_000));
    expect(verifyCarrierSignature({ secret: 'the-shared-secret-0001', header, rawBody: body, now })).toBe(false);
  });
});

describe('carrier configuration', () => {
  const production = {
    NODE_ENV: 'production',
    SMTP_URL: 'smtp://mail.example:587',
    PAYMENT_API_URL: 'https://api.stripe.com',
    PAYMENT_API_KEY: 'sk_live_0123456789',
    PAYMENT_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
    MARKETING_TOKEN_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    PERSONNUMMER_HMAC_KEY: 'personnummer_hmac_key_0123456789abcdef',
    PSEUDONYM_KEY: 'pseudonym-key-0123456789abcdef-0123456789',
  };

  it('requires the carrier’s address, key and webhook secret in production, naming each', () => {
    try {
      loadConfig(production);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).variables).toEqual(['CARRIER_API_URL', 'CARRIER_API_KEY', 'CARRIER_WEBHOOK_SECRET']);
    }
    const c = loadConfig({
      ...production,
      CARRIER_API_URL: 'https://api.unifaun.com/rs-extapi/v1/',
      CARRIER_API_KEY: 'AAAAAAAAAAAAAAAA-BBBBBBBBBBBBBBBBBBBBBBBB',
      CARRIER_WEBHOOK_SECRET: 'a-long-production-secret',
    });
    expect(c.carrier.apiUrl).toBe('https://api.unifaun.com/rs-extapi/v1');
    expect(c.carrier.trackingUrl).toContain('{trackingNumber}');
  });

  it('has local defaults in development, and refuses a tracking page without {trackingNumber}', () => {
    const dev = loadConfig({});
    expect(dev.carrier.apiUrl).toBeUndefined();
    expect(dev.carrier.apiKey.length).toBeGreaterThan(8);
    expect(() => loadConfig({ CARRIER_TRACKING_URL: 'https://track.example/' })).toThrow(/CARRIER_TRACKING_URL/);
  });
});
