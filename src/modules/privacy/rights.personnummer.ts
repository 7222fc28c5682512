import { createHmac } from 'node:crypto';

/**
 * A Swedish personnummer (or samordningsnummer: day + 60), as the person writes it: 10 or 12
 * digits, with or without the dash (`+` for a person of 100 years or more). Checked by its date
 * and its Luhn check digit; kept only as a keyed hash of its 12-digit form, so it can be compared
 * with one given later and never read back. Never logged, never returned.
 */
const FORM = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

function luhnOk(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function validDate(y: number, m: number, d: number): boolean {
  const day = d > 60 ? d - 60 : d; // samordningsnummer
  const date = new Date(Date.UTC(y, m - 1, day));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
}

/** The 12-digit form (YYYYMMDDNNNC), or null when it is not a valid personnummer. */
export function normalisePersonnummer(input: string, today: Date): string | null {
  const m = FORM.exec(input.trim().replace(/\s+/g, ''));
  if (!m) return null;
  const [, century, yy, mm, dd, sep, tail] = m as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
    string,
    string,
  ];
  if (century && sep === '+') return null;
  let year: number;
  if (century) year = Number(century + yy);
  else {
    const now = today.getUTCFullYear();
    year = Math.floor(now / 100) * 100 + Number(yy);
    if (year > now) year -= 100;
    if (sep === '+') year -= 100;
  }
  if (!validDate(year, Number(mm), Number(dd))) return null;
  if (!luhnOk(`${yy}${mm}${dd}${tail}`)) return null;
  return `${year}${mm}${dd}${tail}`;
}

/** HMAC-SHA256 of the 12-digit form with the platform's key (PERSONNUMMER_HMAC_KEY), hex. */
export const hashPersonnummer = (twelveDigits: string, key: string) =>
  createHmac('sha256', key).update(twelveDigits, 'utf8').digest('hex');
