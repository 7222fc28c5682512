import type { Localized } from './policy.types.ts';

/**
 * Swedish organisationsnummer (and a sole trader's personnummer, which is their organisation
 * number). Hand-written rather than the `organisationsnummer` package: that package accepts no
 * en dash, gives no reason for a rejection, and reads the century from today's date.
 *
 * Layout: NNNNNN-NNNC. C is a Luhn check digit over the other nine. For a legal person the third
 * digit is 2 or more and the first digit is the group (legal form); a third digit 0–1 is the month
 * of a personnummer (a natural person, i.e. a sole trader).
 */

export type LegalForm =
  | 'dodsbo'
  | 'public_body'
  | 'foreign_company'
  | 'aktiebolag'
  | 'enkelt_bolag'
  | 'ekonomisk_forening'
  | 'ideell_forening_stiftelse'
  | 'handelsbolag'
  | 'enskild_naringsidkare';

export const legalForms = {
  dodsbo: { sv: 'Dödsbo', en: 'Estate of a deceased person' },
  public_body: { sv: 'Stat, region (landsting) eller kommun', en: 'State, region or municipality' },
  foreign_company: { sv: 'Utländskt företag', en: 'Foreign company' },
  aktiebolag: { sv: 'Aktiebolag', en: 'Limited company (aktiebolag)' },
  enkelt_bolag: { sv: 'Enkelt bolag', en: 'Simple partnership (enkelt bolag)' },
  ekonomisk_forening: {
    sv: 'Ekonomisk förening eller bostadsrättsförening',
    en: 'Economic association or housing co-operative',
  },
  ideell_forening_stiftelse: { sv: 'Ideell förening eller stiftelse', en: 'Non-profit association or foundation' },
  handelsbolag: { sv: 'Handelsbolag eller kommanditbolag', en: 'Trading or limited partnership' },
  enskild_naringsidkare: { sv: 'Enskild näringsidkare', en: 'Sole trader' },
} as const satisfies Record<LegalForm, Localized>;

/** The legal form of a legal person by the first digit (group number). 0 and 4 are not issued. */
const groups: Readonly<Record<string, LegalForm>> = {
  '1': 'dodsbo',
  '2': 'public_body',
  '3': 'foreign_company',
  '5': 'aktiebolag',
  '6': 'enkelt_bolag',
  '7': 'ekonomisk_forening',
  '8': 'ideell_forening_stiftelse',
  '9': 'handelsbolag',
};

export type OrgNrFailure = 'empty' | 'format' | 'prefix' | 'check_digit' | 'legal_form' | 'date';

export type ParsedOrgNr =
  | { ok: true; value: string; formatted: string; legalForm: LegalForm; naturalPerson: boolean }
  | { ok: false; reason: OrgNrFailure; message: string };

const fail = (reason: OrgNrFailure, message: string): ParsedOrgNr => ({ ok: false, reason, message });

/** The Luhn check digit for the first nine digits. */
export function luhnCheckDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let v = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

export function parseOrganisationsnummer(input: string): ParsedOrgNr {
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty', 'organisationsnummer is empty');
  const m = /^(\d{2})?(\d{6})[-\u2013]?(\d{4})$/.exec(trimmed);
  if (!m) return fail('format', 'expected NNNNNN-NNNN, NNNNNNNNNN or 16NNNNNNNNNN');
  const prefix = m[1];
  const value = `${m[2]}${m[3]}`;
  if (luhnCheckDigit(value.slice(0, 9)) !== Number(value[9]))
    return fail('check_digit', 'the check digit does not match');
  const formatted = `${value.slice(0, 6)}-${value.slice(6)}`;
  const naturalPerson = Number(value[2]) < 2;

  if (!naturalPerson) {
    if (prefix !== undefined && prefix !== '16') return fail('prefix', 'a 12-digit organisationsnummer starts with 16');
    const legalForm = groups[value[0]!];
    if (!legalForm) return fail('legal_form', `no legal form has group number ${value[0]}`);
    return { ok: true, value, formatted, legalForm, naturalPerson: false };
  }

  if (prefix !== undefined && prefix !== '19' && prefix !== '20') {
    return fail('prefix', 'a 12-digit personnummer starts with 19 or 20');
  }
  if (!isPersonnummerDate(value, prefix)) return fail('date', 'not a valid date of birth for a personnummer');
  return { ok: true, value, formatted, legalForm: 'enskild_naringsidkare', naturalPerson: true };
}

/** YYMMDD with day + 60 for a samordningsnummer; without a century, 29 February is allowed. */
function isPersonnummerDate(value: string, century: string | undefined): boolean {
  const month = Number(value.slice(2, 4));
  let day = Number(value.slice(4, 6));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century === undefined ? 2000 : Number(century + value.slice(0, 2)); // 2000 is a leap year
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
