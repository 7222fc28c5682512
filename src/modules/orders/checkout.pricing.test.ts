import { describe, expect, it } from 'vitest';
import {
  allocate,
  FREE_SHIPPING_FROM_EX_VAT_ORE,
  priceCart,
  roundToKronor,
  SHIPPING_EX_VAT_ORE,
  vatOf,
} from './checkout.pricing.ts';
import { checkVatNumber } from './checkout.vat.ts';

describe('pricing a cart', () => {
  it('adds VAT per rate on prices excluding VAT, shipping at 25 %, and rounds the total to whole kronor', () => {
    // 3 × 99.99 kr at 25 %, 2 × 45.50 kr at 12 %, 1 × 10.01 kr at 6 %.
    const p = priceCart(
      [
        { unitPriceExVatOre: 9_999, vatRate: 25, quantity: 3 },
        { unitPriceExVatOre: 4_550, vatRate: 12, quantity: 2 },
        { unitPriceExVatOre: 1_001, vatRate: 6, quantity: 1 },
      ],
      { reverseCharge: false },
    );
    expect(p.goodsExVatOre).toBe(29_997 + 9_100 + 1_001);
    expect(p.shippingExVatOre).toBe(SHIPPING_EX_VAT_ORE);
    expect(p.vatByRate).toEqual([
      { rate: 25, baseOre: 29_997 + 14_900, vatOre: 11_224 }, // 11 224.25 → 11 224
      { rate: 12, baseOre: 9_100, vatOre: 1_092 },
      { rate: 6, baseOre: 1_001, vatOre: 60 }, // 60.06 → 60
    ]);
    expect(p.vatOre).toBe(11_224 + 1_092 + 60);
    // The lines and shipping share their rate's VAT exactly.
    expect(p.lines.map((l) => l.lineVatOre)).toEqual([7_499, 1_092, 60]);
    expect(p.shippingVatOre).toBe(3_725);
    expect(p.lines[0]!.lineVatOre + p.shippingVatOre).toBe(11_224);
    const exact = 29_997 + 9_100 + 1_001 + 14_900 + 12_376; // 67 374 öre
    expect(p.totalBeforeRoundingOre).toBe(exact);
    expect(p.totalIncVatOre).toBe(67_400);
    expect(p.roundingOre).toBe(26);
  });

  it('rounds down below 50 öre and up from 50 öre, keeping the rounding separate', () => {
    expect(roundToKronor(12_349)).toBe(12_300);
    expect(roundToKronor(12_350)).toBe(12_400);
    const down = priceCart([{ unitPriceExVatOre: 200_039, vatRate: 25, quantity: 1 }], { reverseCharge: false });
    // 2 000.39 + 500.10 (500.0975) = 2 500.49 → 2 500, rounding −0.49
    expect(down.vatOre).toBe(50_010);
    expect(down.totalIncVatOre).toBe(250_000);
    expect(down.roundingOre).toBe(-49);
    expect(down.totalBeforeRoundingOre + down.roundingOre).toBe(down.totalIncVatOre);
  });

  it('VAT of half an öre rounds up; integer arithmetic, no floating error', () => {
    expect(vatOf(2, 25)).toBe(1); // 0.5 → 1
    expect(vatOf(1, 25)).toBe(0); // 0.25 → 0
    expect(vatOf(1_001, 6)).toBe(60);
    expect(vatOf(8_325, 6)).toBe(500); // 499.5 → 500
  });

  it('ships free from the threshold (goods excluding VAT)', () => {
    const below = priceCart([{ unitPriceExVatOre: FREE_SHIPPING_FROM_EX_VAT_ORE - 1, vatRate: 12, quantity: 1 }], {
      reverseCharge: false,
    });
    expect(below.shippingExVatOre).toBe(SHIPPING_EX_VAT_ORE);
    expect(below.shippingVatOre).toBe(3_725);
    expect(below.vatByRate.map((r) => r.rate)).toEqual([25, 12]);
    const at = priceCart([{ unitPriceExVatOre: FREE_SHIPPING_FROM_EX_VAT_ORE, vatRate: 12, quantity: 1 }], {
      reverseCharge: false,
    });
    expect(at.shippingExVatOre).toBe(0);
    expect(at.shippingVatOre).toBe(0);
    expect(at.vatByRate.map((r) => r.rate)).toEqual([12]);
  });

  it('reverse charge: no VAT on any line or on shipping; the total is the net rounded', () => {
    const p = priceCart(
      [
        { unitPriceExVatOre: 9_999, vatRate: 25, quantity: 3 },
        { unitPriceExVatOre: 4_550, vatRate: 12, quantity: 2 },
      ],
      { reverseCharge: true },
    );
    expect(p.reverseCharge).toBe(true);
    expect(p.vatOre).toBe(0);
    expect(p.shippingVatOre).toBe(0);
    expect(p.lines.every((l) => l.lineVatOre === 0)).toBe(true);
    expect(p.vatByRate.every((r) => r.vatOre === 0)).toBe(true);
    expect(p.totalBeforeRoundingOre).toBe(29_997 + 9_100 + 14_900);
    expect(p.totalIncVatOre).toBe(54_000);
    expect(p.roundingOre).toBe(3);
  });

  it('shares a rate’s VAT over its lines so that they add up exactly', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    const p = priceCart(
      Array.from({ length: 7 }, () => ({ unitPriceExVatOre: 333, vatRate: 6, quantity: 1 })),
      { reverseCharge: false },
    );
    expect(p.lines.reduce((a, l) => a + l.lineVatOre, 0)).toBe(p.vatByRate.find((r) => r.rate === 6)!.vatOre);
  });

  it('refuses quantities and prices that are not whole, positive numbers', () => {
    expect(() => priceCart([{ unitPriceExVatOre: 1.5, vatRate: 25, quantity: 1 }], { reverseCharge: false })).toThrow();
    expect(() => priceCart([{ unitPriceExVatOre: 100, vatRate: 25, quantity: 0 }], { reverseCharge: false })).toThrow();
  });
});

describe('EU VAT number formats', () => {
  it('accepts valid formats per country, normalising spaces and case', () => {
    expect(checkVatNumber('de 123 456 789', 'DE')).toEqual({ ok: true, vatNumber: 'DE123456789' });
    expect(checkVatNumber('ATU12345678', 'AT')).toMatchObject({ ok: true });
    expect(checkVatNumber('NL123456789B01', 'NL')).toMatchObject({ ok: true });
    expect(checkVatNumber('EL123456789', 'GR')).toMatchObject({ ok: true });
    expect(checkVatNumber('FRXX123456789', 'FR')).toMatchObject({ ok: true });
    expect(checkVatNumber('SE556677889901', 'SE')).toMatchObject({ ok: true });
  });
  it('refuses a wrong format, another country’s prefix, and countries outside the EU', () => {
    expect(checkVatNumber('DE12345678', 'DE')).toMatchObject({ ok: false });
    expect(checkVatNumber('FI12345678', 'DE')).toMatchObject({ ok: false, message: expect.stringContaining('DE') });
    expect(checkVatNumber('NL123456789', 'NL')).toMatchObject({ ok: false });
    expect(checkVatNumber('GB123456789', 'GB')).toMatchObject({ ok: false });
    expect(checkVatNumber('SE5566778899', 'SE')).toMatchObject({ ok: false });
  });
});
