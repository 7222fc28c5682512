import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, gtin14Problem, withGs1CheckDigit } from './gtin.ts';

describe('GS1 GTIN-14 (UDI-DI)', () => {
  it('computes the GS1 check digit (weights 3,1,3… from the right)', () => {
    // GS1's own worked example: 629104150021 → check digit 3.
    expect(gs1CheckDigit('629104150021')).toBe(3);
    // EAN-13 4006381333931 padded to 14 digits: the check digit stays 1.
    expect(gs1CheckDigit('0400638133393')).toBe(1);
    expect(withGs1CheckDigit('0735999910001')).toMatch(/^0735999910001\d$/);
  });

  it('accepts a valid GTIN-14 and rejects a wrong check digit, length or characters', () => {
    expect(gtin14Problem('04006381333931')).toBeUndefined();
    expect(gtin14Problem('04006381333932')).toMatch(/check digit/);
    expect(gtin14Problem('4006381333931')).toMatch(/14-digit/);
    expect(gtin14Problem('0400638133393X')).toMatch(/14-digit/);
    expect(gtin14Problem('')).toMatch(/14-digit/);
  });
});
