/**
 * GS1 GTIN check digits. A UDI-DI issued by GS1 is a GTIN; in the UDI database and on labels it
 * is written as 14 digits (GTIN-14, shorter GTINs padded with leading zeros).
 */

/** The GS1 mod-10 check digit of the digits before it (weights 3, 1, 3, … from the right). */
export function gs1CheckDigit(data: string): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const digit = data.charCodeAt(data.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Why `value` is not a valid GTIN-14, in Swedish and English; undefined when it is. */
export function gtin14Problem(value: string): string | undefined {
  if (!/^\d{14}$/.test(value)) return 'UDI-DI ska vara en GTIN-14 med 14 siffror / UDI-DI must be a 14-digit GTIN-14';
  if (gs1CheckDigit(value.slice(0, 13)) !== Number(value[13])) {
    return 'UDI-DI har fel kontrollsiffra / UDI-DI has a wrong check digit';
  }
  return undefined;
}

/** A GTIN-14 made of a 13-digit body and its check digit. */
export const withGs1CheckDigit = (body13: string): string => body13 + String(gs1CheckDigit(body13));
