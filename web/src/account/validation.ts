import type { AccountTexts } from './texts.ts';

/** The same checks the server makes, run first in the browser so errors appear at once, in the user's language. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function orgNrProblem(value: string, a: AccountTexts): string | undefined {
  const v = value.trim();
  if (!v) return a.required;
  let digits = v.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return a.orgNrLength;
  if (digits.length === 12) digits = digits.slice(2); // with century (a sole trader's personnummer)
  if (digits.length !== 10) return a.orgNrLength;
  const sum = [...digits.slice(0, 9)].reduce((s, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0);
  return (10 - (sum % 10)) % 10 === Number(digits[9]) ? undefined : a.orgNrCheck;
}

export const requiredText = (v: string, a: AccountTexts, min = 2): string | undefined =>
  !v.trim() ? a.required : v.trim().length < min ? a.nameTooShort : undefined;

export const emailProblem = (v: string, a: AccountTexts): string | undefined =>
  !v.trim() ? a.required : EMAIL.test(v.trim()) ? undefined : a.emailInvalid;

export const postalCodeProblem = (v: string, a: AccountTexts): string | undefined =>
  !v.trim() ? a.required : /^\d{3} ?\d{2}$/.test(v.trim()) ? undefined : a.postalCodeInvalid;

export const phoneProblem = (v: string, a: AccountTexts): string | undefined =>
  !v.trim() || /^\+?[0-9 ()-]{7,20}$/.test(v.trim()) ? undefined : a.phoneInvalid;

export function newPasswordProblem(v: string, a: AccountTexts): string | undefined {
  const n = [...v].length;
  if (n === 0) return a.required;
  if (n < 8) return a.passwordTooShort;
  if (n > 128) return a.passwordTooLong;
  return undefined;
}

/**
 * A server field problem in the user's language. The server names the field (`body.company.orgNr`)
 * and says what is wrong in English or in both languages; the form shows its own text per field.
 */
export function serverFieldText(field: string, message: string, a: AccountTexts): string {
  const name = field.split('.').pop() ?? field;
  if (name === 'orgNr') return /check digit/i.test(message) ? a.orgNrCheck : a.orgNrInvalid;
  if (name === 'password' || name === 'newPassword') {
    if (/common|vanligaste/i.test(message)) return a.passwordCommon;
    if (/wrong|fel lösenord/i.test(message)) return a.passwordWrong;
    if (/at most|högst/i.test(message)) return a.passwordTooLong;
    return a.passwordTooShort;
  }
  if (name === 'email' || name === 'newEmail') return /current|nuvarande/i.test(message) ? a.sameEmail : a.emailInvalid;
  if (name === 'phone') return a.phoneInvalid;
  if (name === 'postalCode') return a.postalCodeInvalid;
  return a.nameTooShort;
}
