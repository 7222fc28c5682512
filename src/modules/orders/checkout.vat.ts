/**
 * EU VAT numbers (VIES formats, as published by the European Commission): the country prefix
 * followed by the national part. Only the format is checked here, not whether the number is
 * registered (a VIES lookup is an outside service and belongs after the order, not in it).
 */
const formats: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  GR: /^EL\d{9}$/,
  ES: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO\d{2,10}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
};

/** The EU member states by ISO 3166-1 alpha-2 code (Greece is GR here, EL in its VAT numbers). */
export const euCountries = Object.keys(formats).sort();

export const isEuCountry = (country: string): boolean => country in formats;

/** Spaces, dots and dashes are how people write it; the stored form has none, in upper case. */
export const normaliseVatNumber = (raw: string): string => raw.replace(/[\s.-]/g, '').toUpperCase();

export type VatNumberCheck = { ok: true; vatNumber: string } | { ok: false; message: string };

/** Checks a VAT number's format against the buyer's country (its prefix must be that country's). */
export function checkVatNumber(raw: string, country: string): VatNumberCheck {
  const format = formats[country];
  if (!format) return { ok: false, message: 'Landet är inte ett EU-land / The country is not an EU member state' };
  const vatNumber = normaliseVatNumber(raw);
  const prefix = country === 'GR' ? 'EL' : country;
  if (!vatNumber.startsWith(prefix)) {
    return { ok: false, message: `Momsnumret ska börja med ${prefix} / The VAT number must begin with ${prefix}` };
  }
  if (!format.test(vatNumber)) {
    return { ok: false, message: 'Momsnumret har fel format / The VAT number has the wrong format' };
  }
  return { ok: true, vatNumber };
}
