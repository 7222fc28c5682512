/** Check digits the seed must get right: Swedish Luhn (org. nr, personnummer) and GS1 (GTIN). */
import { luhnCheckDigit } from '#src/modules/policy/index.ts';

/** Nine digits plus their Luhn check digit: a ten-digit organisationsnummer or personnummer. */
export function withLuhn(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new Error('withLuhn needs nine digits');
  return nineDigits + String(luhnCheckDigit(nineDigits));
}

/** The GS1 check digit of a GTIN's data digits (weights 3,1,3,… from the right). */
export function gs1CheckDigit(dataDigits: string): number {
  if (!/^\d+$/.test(dataDigits)) throw new Error('gs1CheckDigit needs digits');
  let sum = 0;
  for (let i = 0; i < dataDigits.length; i++) {
    sum += Number(dataDigits[dataDigits.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The UDI-DI of a seeded device: a GTIN-14 (indicator 0, the demo GS1 company prefix 7359999,
 * the five-digit item reference from the article number, check digit).
 */
export function demoUdiDi(articleNumber: string): string {
  const item = /^KS-(\d{5})$/.exec(articleNumber)?.[1];
  if (!item) throw new Error(`not a seeded article number: ${articleNumber}`);
  const data = `07359999${item}`;
  return data + String(gs1CheckDigit(data));
}
