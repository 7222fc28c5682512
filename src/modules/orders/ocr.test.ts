import { describe, expect, it } from 'vitest';
import { checkOcr, hasValidLuhn, luhnCheckDigit, makeOcr } from './ocr.ts';

describe('OCR references (modulus 10, length digit)', () => {
  it('computes the modulus-10 check digit as the Luhn algorithm does', () => {
    // The textbook Luhn example: 7992739871 → 3.
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('123456789')).toBe(7);
    expect(luhnCheckDigit('0')).toBe(0);
    expect(hasValidLuhn('79927398713')).toBe(true);
    expect(hasValidLuhn('79927398710')).toBe(false);
  });

  it('builds a reference with length digit and check digit', () => {
    // 2026000001 (10 digits) + length digit 2 (12 digits in all) + check digit.
    const ocr = makeOcr('2026000001');
    expect(ocr).toHaveLength(12);
    expect(ocr.slice(0, 11)).toBe('20260000012');
    expect(Number(ocr.at(-1))).toBe(luhnCheckDigit('20260000012'));
    expect(checkOcr(ocr)).toEqual({ ok: true, ocr });
    // The length digit wraps modulo 10: 23 digits → 3.
    expect(makeOcr('1'.repeat(21)).at(-2)).toBe('3');
  });

  it('refuses what Bankgirot refuses under hård kontroll', () => {
    const ocr = makeOcr('2026000001');
    const wrongCheck = ocr.slice(0, -1) + String((Number(ocr.at(-1)) + 1) % 10);
    expect(checkOcr(wrongCheck)).toEqual({ ok: false, reason: 'check_digit' });
    // A valid check digit but a wrong length digit: drop the base's first digit and recompute.
    const shortBody = '0260000012';
    const short = shortBody + String(luhnCheckDigit(shortBody));
    expect(checkOcr(short)).toEqual({ ok: false, reason: 'length_digit' });
    expect(checkOcr(short, { lengthDigit: false }).ok).toBe(true);
    expect(checkOcr('12a4')).toEqual({ ok: false, reason: 'format' });
    expect(checkOcr('9'.repeat(26))).toEqual({ ok: false, reason: 'length' });
    expect(checkOcr('0', { lengthDigit: false })).toEqual({ ok: false, reason: 'length' });
  });

  it('accepts a printed reference grouped with spaces', () => {
    const ocr = makeOcr('2026000042');
    expect(checkOcr(`${ocr.slice(0, 4)} ${ocr.slice(4, 8)} ${ocr.slice(8)}`)).toEqual({ ok: true, ocr });
  });

  it('a transposition of two adjacent digits is caught', () => {
    const ocr = makeOcr('2026000157');
    const swapped = ocr.slice(0, 7) + ocr[8] + ocr[7] + ocr.slice(9);
    expect(swapped).not.toBe(ocr);
    expect(checkOcr(swapped).ok).toBe(false);
  });
});
