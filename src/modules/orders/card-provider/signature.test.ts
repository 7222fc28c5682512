import { describe, expect, it } from 'vitest';
import { signPayload } from '#src/providers/card/index.ts';
import { signatureHeader, verifySignature, WebhookSignatureError } from './signature.ts';

const secret = 'whsec_test_0123456789abcdef';
const body = '{"id":"evt_1","object":"event"}';
const now = 1_800_000_000;
const reason = (f: () => void) => {
  try {
    f();
    return 'accepted';
  } catch (e) {
    return (e as WebhookSignatureError).reason;
  }
};

describe('webhook signatures (Stripe-Signature: t=…,v1=…)', () => {
  it('accepts the HMAC-SHA256 of "t.body" under the secret, as the provider signs it', () => {
    expect(reason(() => verifySignature(signatureHeader(secret, body, now), body, secret, now))).toBe('accepted');
    const fromProvider = signPayload(secret, body, new Date(now * 1000));
    expect(fromProvider).toBe(signatureHeader(secret, body, now));
    // Several v1 signatures (secret rotation): one matching is enough; unknown schemes are ignored.
    const rotated = `t=${now},v1=${'0'.repeat(64)},v0=abc,v1=${fromProvider.split('v1=')[1]}`;
    expect(reason(() => verifySignature(rotated, body, secret, now))).toBe('accepted');
  });

  it('refuses another body, another secret, a missing or malformed header', () => {
    const header = signatureHeader(secret, body, now);
    expect(reason(() => verifySignature(header, body.replace('evt_1', 'evt_2'), secret, now))).toBe(
      'no_matching_signature',
    );
    expect(reason(() => verifySignature(header, body, 'whsec_other_secret_000', now))).toBe('no_matching_signature');
    expect(reason(() => verifySignature(undefined, body, secret, now))).toBe('missing_header');
    expect(reason(() => verifySignature('v1=abc', body, secret, now))).toBe('malformed_header');
    expect(reason(() => verifySignature(`t=${now}`, body, secret, now))).toBe('malformed_header');
  });

  it('refuses a signature older (or newer) than the 300 s tolerance: a captured request cannot be replayed later', () => {
    const header = signatureHeader(secret, body, now - 300);
    expect(reason(() => verifySignature(header, body, secret, now))).toBe('accepted');
    expect(reason(() => verifySignature(header, body, secret, now + 1))).toBe('outside_tolerance');
    expect(reason(() => verifySignature(signatureHeader(secret, body, now + 301), body, secret, now))).toBe(
      'outside_tolerance',
    );
  });

  it('is an error of its own type', () => {
    expect(() => verifySignature(undefined, body, secret, now)).toThrow(WebhookSignatureError);
  });
});
