import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Sealed links: a payload encrypted and authenticated with AES-256-GCM (node:crypto) under a key
 * derived (HKDF-SHA256) from MARKETING_TOKEN_KEY for one purpose, so a token of one kind never
 * opens as another. Layout: base64url(version byte | 12-byte nonce | ciphertext | 16-byte tag).
 * Opaque to its holder; nothing about it is kept on the server.
 */
export type TokenPurpose = 'confirm' | 'withdraw';

const VERSION = 1;
const NONCE = 12;
const TAG = 16;

export type Sealer = {
  seal(purpose: TokenPurpose, payload: unknown): string;
  /** The payload, or null when the token was not made with this key for this purpose (tampered, truncated, other). */
  open(purpose: TokenPurpose, token: string): unknown;
};

export function createSealer(masterKey: Buffer): Sealer {
  if (masterKey.length !== 32) throw new Error('the marketing token key must be 32 bytes');
  const keys = new Map<TokenPurpose, Buffer>();
  const keyFor = (purpose: TokenPurpose) => {
    let k = keys.get(purpose);
    if (!k) {
      k = Buffer.from(hkdfSync('sha256', masterKey, 'kliniksupport', `marketing.${purpose}.v${VERSION}`, 32));
      keys.set(purpose, k);
    }
    return k;
  };
  const aad = (purpose: TokenPurpose) => Buffer.from(`marketing.${purpose}.v${VERSION}`);

  return {
    seal(purpose, payload) {
      const nonce = randomBytes(NONCE);
      const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), nonce);
      cipher.setAAD(aad(purpose));
      const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), nonce, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(purpose, token) {
      if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
      const raw = Buffer.from(token, 'base64url');
      if (raw.length < 1 + NONCE + TAG + 1 || raw[0] !== VERSION) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), raw.subarray(1, 1 + NONCE));
        decipher.setAAD(aad(purpose));
        decipher.setAuthTag(raw.subarray(raw.length - TAG));
        const plain = Buffer.concat([decipher.update(raw.subarray(1 + NONCE, raw.length - TAG)), decipher.final()]);
        return JSON.parse(plain.toString('utf8')) as unknown;
      } catch {
        return null;
      }
    },
  };
}
