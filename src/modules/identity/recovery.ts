import { randomInt } from 'node:crypto';
import { hashToken } from './tokens.ts';

/** How many one-time recovery codes an enrolment hands out. */
export const RECOVERY_CODE_COUNT = 10;

// No 0/O, 1/I/L: codes are read off paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A readable recovery code, `xxxxx-xxxxx` (10 characters of 31: about 50 bits). */
export function newRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** Case, spaces and dashes do not matter when a code is typed. */
export const normalizeRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');

/** Only this hash is stored. */
export const hashRecoveryCode = (code: string): string => hashToken(`recovery:${normalizeRecoveryCode(code)}`);
