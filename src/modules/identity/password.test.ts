import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('argon2id passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const phc = await hashPassword('korrekt häst batteri');
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(phc, 'korrekt häst batteri')).toBe(true);
    expect(await verifyPassword(phc, 'korrekt häst batteri!')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('samma')).not.toBe(await hashPassword('samma'));
  });
});
