import { z } from 'zod';
import { validationError } from '#src/platform/errors/index.ts';
import { isCommonPassword } from './common-passwords.ts';

/**
 * The password policy (OWASP ASVS 5.0 V6.2, NIST SP 800-63B): at least 8 characters, at most
 * 128 (ASVS asks that at least 64 be allowed), any characters, no composition rules, and none
 * of the most common passwords. Applies wherever a password is chosen: customer registration,
 * staff password change (and, to come, customer password change and reset).
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const passwordMessages = {
  tooShort: `Lösenordet måste ha minst ${PASSWORD_MIN} tecken / must be at least ${PASSWORD_MIN} characters`,
  tooLong: `Lösenordet får ha högst ${PASSWORD_MAX} tecken / must be at most ${PASSWORD_MAX} characters`,
  common:
    'Lösenordet är ett av de vanligaste lösenorden; välj ett annat / this password is among the most common ones; choose another',
} as const;

/** Code points, not UTF-16 units: "åäö" and emoji count as one character each. */
const length = (password: string): number => [...password].length;

/** What is wrong with a new password, or null when the policy allows it. */
export function passwordProblem(password: string): string | null {
  if (length(password) < PASSWORD_MIN) return passwordMessages.tooShort;
  if (length(password) > PASSWORD_MAX) return passwordMessages.tooLong;
  if (isCommonPassword(password)) return passwordMessages.common;
  return null;
}

/** Throws a 400 naming the field (e.g. `body.contact.password`) when the policy refuses the password. */
export function assertPasswordAllowed(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw validationError(field, problem);
}

/** A new password in a request body: the error names the field and says what is wrong. */
export const newPasswordSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe(
    `A new password: ${PASSWORD_MIN}–${PASSWORD_MAX} characters, any characters, not one of the most common passwords`,
  );
