/**
 * OCR references (Bankgirot's "OCR-referenskontroll"): 2–25 digits whose last digit is a check
 * digit by modulus 10 (the Luhn algorithm: from the right, the digits left of the check digit are
 * weighted 2, 1, 2, 1 …, the digit sums of the products are added, and the check digit brings the
 * sum up to the next multiple of ten). Under "hård kontroll" with variable length the digit before
 * the check digit is a length digit: the reference's whole length, check and length digit
 * included, modulo 10. Bankgirot refuses a payment whose reference fails the checks the payee chose.
 * Bankgiro numbers carry the same modulus-10 check digit.
 */

export const OCR_MIN_LENGTH = 2;
export const OCR_MAX_LENGTH = 25;

const digitsOnly = /^\d+$/;

/** The modulus-10 (Luhn) check digit for `digits` (the digits before the check digit). */
export function luhnCheckDigit(digits: string): number {
  if (!digitsOnly.test(digits)) throw new Error('luhnCheckDigit: digits only');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // The rightmost digit gets weight 2, the next 1, and so on leftwards.
    const d = Number(digits[digits.length - 1 - i]);
    const p = i % 2 === 0 ? d * 2 : d;
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `number` is the modulus-10 check digit of the digits before it. */
export function hasValidLuhn(number: string): boolean {
  return digitsOnly.test(number) && number.length >= 2 && luhnCheckDigit(number.slice(0, -1)) === Number(number.at(-1));
}

/**
 * An OCR reference from `base` (the digits that identify the invoice): the length digit (unless
 * `lengthDigit: false`), then the check digit.
 */
export function makeOcr(base: string, opts: { lengthDigit?: boolean } = {}): string {
  if (!digitsOnly.test(base)) throw new Error('makeOcr: the base must be digits');
  const withLength = opts.lengthDigit ?? true;
  const length = base.length + (withLength ? 2 : 1);
  if (length > OCR_MAX_LENGTH) throw new Error(`makeOcr: an OCR reference has at most ${OCR_MAX_LENGTH} digits`);
  const body = withLength ? `${base}${length % 10}` : base;
  return `${body}${luhnCheckDigit(body)}`;
}

export type OcrCheck =
  { ok: true; ocr: string } | { ok: false; reason: 'format' | 'length' | 'check_digit' | 'length_digit' };

/**
 * Checks a reference as Bankgirot does under the chosen control: digits only (spaces are
 * ignored, as printed references are grouped), 2–25 digits, a valid check digit, and with
 * `lengthDigit` (hård kontroll, variable length) a length digit that matches.
 */
export function checkOcr(input: string, opts: { lengthDigit?: boolean } = {}): OcrCheck {
  const ocr = input.replace(/\s+/g, '');
  if (!digitsOnly.test(ocr)) return { ok: false, reason: 'format' };
  const withLength = opts.lengthDigit ?? true;
  const min = withLength ? 3 : OCR_MIN_LENGTH;
  if (ocr.length < min || ocr.length > OCR_MAX_LENGTH) return { ok: false, reason: 'length' };
  if (!hasValidLuhn(ocr)) return { ok: false, reason: 'check_digit' };
  if (withLength && Number(ocr.at(-2)) !== ocr.length % 10) return { ok: false, reason: 'length_digit' };
  return { ok: true, ocr };
}
