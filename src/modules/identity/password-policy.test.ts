import { describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { commonPasswords, isCommonPassword } from './common-passwords.ts';
import { newPasswordSchema, passwordMessages, passwordProblem } from './password-policy.ts';

describe('the password policy', () => {
  it('refuses fewer than 8 characters and allows 8, 64 and 128; refuses 129', () => {
    expect(passwordProblem('kort-7x')).toBe(passwordMessages.tooShort);
    expect(passwordProblem('åtta-ÅÄÖ')).toBeNull();
    expect(passwordProblem('x'.repeat(7) + 'å')).toBeNull();
    expect(passwordProblem('lång fras '.repeat(6) + 'ända')).toBeNull(); // 64
    expect(passwordProblem('y'.repeat(128))).toBeNull();
    expect(passwordProblem('y'.repeat(129))).toBe(passwordMessages.tooLong);
  });

  it('counts characters, not UTF-16 units: four emoji are four characters', () => {
    expect(passwordProblem('🔒🔑🏥💊')).toBe(passwordMessages.tooShort);
  });

  it('has no composition rules: lower-case words alone, digits alone, spaces are all fine', () => {
    expect(passwordProblem('korvgubbe på lördag')).toBeNull();
    expect(passwordProblem('sommarstuga')).toBeNull();
    expect(passwordProblem('8305 1964 2213')).toBeNull();
  });

  it('refuses the most common passwords, ignoring case', () => {
    for (const p of ['password', 'PASSWORD', 'Password1', 'qwertyuiop', 'iloveyou', 'sunshine', 'Trustno1']) {
      expect(passwordProblem(p), p).toBe(passwordMessages.common);
    }
  });

  it('refuses at least 10,000 common passwords: the whole zxcvbn-ts list, each of them', () => {
    const list = dictionary['passwords-common'];
    expect(list.length).toBeGreaterThanOrEqual(10_000);
    expect(commonPasswords().size).toBeGreaterThanOrEqual(10_000);
    const eightOrMore = list.filter((p) => p.length >= 8);
    expect(eightOrMore.length).toBeGreaterThan(10_000);
    for (const p of eightOrMore) expect(isCommonPassword(p.toUpperCase()), p).toBe(true);
  });

  it('says what is wrong, Swedish first', () => {
    expect(passwordMessages.common).toMatch(
      /^Lösenordet är ett av de vanligaste.* \/ this password is among the most common ones; choose another$/,
    );
    const r = newPasswordSchema.safeParse('Password123');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(passwordMessages.common);
    expect(newPasswordSchema.safeParse('en lång och ovanlig fras').success).toBe(true);
  });
});
