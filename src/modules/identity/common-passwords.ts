import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The most common passwords: zxcvbn-ts's list (about 49,000 passwords from leaked-password
 * corpora, most common first), compared case-insensitively. Built on first use.
 */
let common: Set<string> | undefined;

const normalize = (password: string): string => password.normalize('NFKC').toLowerCase();

export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map(normalize));
  return common;
}

/** True when the password, ignoring case, is on the list of the most common passwords. */
export const isCommonPassword = (password: string): boolean => commonPasswords().has(normalize(password));
