/**
 * The price of a cart: pure arithmetic on integer öre, no I/O. Prices are excluding VAT (B2B);
 * VAT is added per rate, shipping carries VAT at the standard rate, and the total to pay is
 * rounded to whole kronor (öresavrundning) with the rounding kept as its own line.
 */

export const STANDARD_VAT_RATE = 25;
/** Shipping excluding VAT: 149 kr. */
export const SHIPPING_EX_VAT_ORE = 14_900;
/** Free shipping when the goods, excluding VAT, come to at least 2 000 kr. */
export const FREE_SHIPPING_FROM_EX_VAT_ORE = 200_000;

export type PricedInputLine = { unitPriceExVatOre: number; vatRate: number; quantity: number };

export type PricedLine = PricedInputLine & { lineExVatOre: number; lineVatOre: number };

export type VatRateTotal = { rate: number; baseOre: number; vatOre: number };

export type Price = {
  lines: PricedLine[];
  goodsExVatOre: number;
  shippingExVatOre: number;
  shippingVatOre: number;
  /** Per rate: the base (goods and shipping at that rate) and its VAT; the rates that occur, highest first. */
  vatByRate: VatRateTotal[];
  vatOre: number;
  /** Goods + shipping + VAT, before rounding. */
  totalBeforeRoundingOre: number;
  /** Öresavrundning: whole kronor minus the exact total, −50 < r ≤ 50. */
  roundingOre: number;
  /** What is paid, in whole kronor. */
  totalIncVatOre: number;
  reverseCharge: boolean;
};

/** Half away from zero: 0.5 öre rounds up, as Skatteverket's examples do. */
const roundHalfUp = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

/** VAT of a base at a rate in percent, rounded to whole öre (integers only: no floating error). */
export const vatOf = (baseOre: number, rate: number): number => {
  const hundredths = baseOre * rate; // öre × percent
  const q = Math.trunc(hundredths / 100);
  const r = hundredths - q * 100;
  return Math.abs(r) * 2 >= 100 ? q + Math.sign(r) : q;
};

/** Whole kronor: 50 öre and more rounds up. */
export const roundToKronor = (ore: number): number => roundHalfUp(ore / 100) * 100;

/**
 * Splits `total` over the parts in proportion to `weights` so that the parts add up exactly
 * (largest remainder). Used to give each line its share of the VAT computed per rate.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

export function shippingFor(goodsExVatOre: number): number {
  return goodsExVatOre >= FREE_SHIPPING_FROM_EX_VAT_ORE ? 0 : SHIPPING_EX_VAT_ORE;
}

/**
 * Prices the lines. `reverseCharge`: the buyer is a business in another EU country with a VAT
 * number, so no Swedish VAT is charged (the buyer accounts for it: "Omvänd betalningsskyldighet").
 */
export function priceCart(input: PricedInputLine[], opts: { reverseCharge: boolean }): Price {
  for (const l of input) {
    if (!Number.isSafeInteger(l.unitPriceExVatOre) || l.unitPriceExVatOre < 0) throw new Error('price must be öre');
    if (!Number.isSafeInteger(l.quantity) || l.quantity < 1) throw new Error('quantity must be a positive integer');
  }
  const nets = input.map((l) => l.unitPriceExVatOre * l.quantity);
  const goodsExVatOre = nets.reduce((a, b) => a + b, 0);
  const shippingExVatOre = input.length === 0 ? 0 : shippingFor(goodsExVatOre);

  // Each rate's VAT is computed once on its whole base (as the invoice shows it), then shared out.
  const rates = [...new Set([...input.map((l) => l.vatRate), ...(shippingExVatOre ? [STANDARD_VAT_RATE] : [])])];
  rates.sort((a, b) => b - a);
  const lineVat = input.map(() => 0);
  let shippingVatOre = 0;
  const vatByRate = rates.map((rate) => {
    const idx = input.map((l, i) => (l.vatRate === rate ? i : -1)).filter((i) => i >= 0);
    const withShipping = rate === STANDARD_VAT_RATE && shippingExVatOre > 0;
    const weights = [...idx.map((i) => nets[i]!), ...(withShipping ? [shippingExVatOre] : [])];
    const baseOre = weights.reduce((a, b) => a + b, 0);
    const vatOre = opts.reverseCharge ? 0 : vatOf(baseOre, rate);
    const shares = allocate(vatOre, weights);
    idx.forEach((i, k) => (lineVat[i] = shares[k]!));
    if (withShipping) shippingVatOre = shares[shares.length - 1]!;
    return { rate, baseOre, vatOre };
  });
  const vatOre = vatByRate.reduce((a, r) => a + r.vatOre, 0);
  const totalBeforeRoundingOre = goodsExVatOre + shippingExVatOre + vatOre;
  const totalIncVatOre = roundToKronor(totalBeforeRoundingOre);
  return {
    lines: input.map((l, i) => ({ ...l, lineExVatOre: nets[i]!, lineVatOre: lineVat[i]! })),
    goodsExVatOre,
    shippingExVatOre,
    shippingVatOre,
    vatByRate,
    vatOre,
    totalBeforeRoundingOre,
    roundingOre: totalIncVatOre - totalBeforeRoundingOre,
    totalIncVatOre,
    reverseCharge: opts.reverseCharge,
  };
}
