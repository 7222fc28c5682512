import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer } from './marketing.tokens.ts';

const key = randomBytes(32);

describe('sealed links (AES-256-GCM)', () => {
  it('opens what it sealed, and shows nothing of it in the token', () => {
    const s = createSealer(key);
    const token = s.seal('confirm', { email: 'anna@klinik.example', n: 1 });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).not.toContain('anna');
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('anna');
    expect(s.open('confirm', token)).toEqual({ email: 'anna@klinik.example', n: 1 });
    // Two seals of the same payload differ (a fresh nonce each time).
    expect(s.seal('confirm', { n: 1 })).not.toBe(s.seal('confirm', { n: 1 }));
  });

  it('refuses a changed byte, a cut token, another purpose and another key', () => {
    const s = createSealer(key);
    const token = s.seal('confirm', { n: 1 });
    const raw = Buffer.from(token, 'base64url');
    for (const i of [0, 5, 20, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[i] = bad[i]! ^ 1;
      expect(s.open('confirm', bad.toString('base64url'))).toBeNull();
    }
    expect(s.open('confirm', token.slice(0, -4))).toBeNull();
    expect(s.open('confirm', `${token}!`)).toBeNull();
    expect(s.open('withdraw', token)).toBeNull();
    expect(createSealer(randomBytes(32)).open('confirm', token)).toBeNull();
    expect(() => createSealer(randomBytes(16))).toThrow(/32 bytes/);
  });
});
