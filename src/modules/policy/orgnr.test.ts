import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, parseOrganisationsnummer } from './orgnr.ts';

describe('parseOrganisationsnummer', () => {
  it('accepts Kliniksupport Sverige AB in every written form', () => {
    for (const input of [
      '556940-3339',
      '5569403339',
      '556940\u20133339',
      '165569403339',
      '16556940-3339',
      ' 556940-3339 ',
    ]) {
      expect(parseOrganisationsnummer(input)).toEqual({
        ok: true,
        value: '5569403339',
        formatted: '556940-3339',
        legalForm: 'aktiebolag',
        naturalPerson: false,
      });
    }
  });

  it('reads the legal form from the group number of real organisations', () => {
    const cases = [
      ['202100-5489', 'public_body'], // Skatteverket
      ['212000-0142', 'public_body'], // Stockholms stad
      ['556016-0680', 'aktiebolag'], // Telefonaktiebolaget LM Ericsson
      ['556012-5790', 'aktiebolag'], // AB Volvo
    ] as const;
    for (const [input, legalForm] of cases) {
      const r = parseOrganisationsnummer(input);
      expect(r, input).toMatchObject({ ok: true, legalForm, naturalPerson: false });
    }
  });

  it('treats a personnummer as a sole trader, a natural person', () => {
    expect(parseOrganisationsnummer('811218-9876')).toEqual({
      ok: true,
      value: '8112189876',
      formatted: '811218-9876',
      legalForm: 'enskild_naringsidkare',
      naturalPerson: true,
    });
    expect(parseOrganisationsnummer('198112189876')).toMatchObject({ ok: true, naturalPerson: true });
  });

  it('rejects a wrong check digit', () => {
    expect(parseOrganisationsnummer('556940-3338')).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(parseOrganisationsnummer('202100-5488')).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(parseOrganisationsnummer('811218-9875')).toMatchObject({ ok: false, reason: 'check_digit' });
  });

  it('rejects malformed input with a reason', () => {
    expect(parseOrganisationsnummer('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseOrganisationsnummer('55694-03339')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseOrganisationsnummer('556940-333')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseOrganisationsnummer('556940 3339')).toMatchObject({ ok: false, reason: 'format' });
    expect(parseOrganisationsnummer('SE556940333901')).toMatchObject({ ok: false, reason: 'format' });
  });

  it('rejects a century prefix that does not fit the kind of number', () => {
    expect(parseOrganisationsnummer('195569403339')).toMatchObject({ ok: false, reason: 'prefix' });
    expect(parseOrganisationsnummer('168112189876')).toMatchObject({ ok: false, reason: 'prefix' });
  });

  it('rejects group numbers that are not issued and impossible dates of birth', () => {
    const withCheck = (nine: string) => nine + String(luhnCheckDigit(nine));
    expect(parseOrganisationsnummer(withCheck('452100548'))).toMatchObject({ ok: false, reason: 'legal_form' });
    expect(parseOrganisationsnummer(withCheck('002100548'))).toMatchObject({ ok: false, reason: 'legal_form' });
    expect(parseOrganisationsnummer(withCheck('811318987'))).toMatchObject({ ok: false, reason: 'date' });
    expect(parseOrganisationsnummer(withCheck('810231987'))).toMatchObject({ ok: false, reason: 'date' });
    expect(parseOrganisationsnummer('19' + withCheck('010229987'))).toMatchObject({ ok: false, reason: 'date' });
    expect(parseOrganisationsnummer('20' + withCheck('000229987'))).toMatchObject({ ok: true });
    // samordningsnummer: day + 60
    expect(parseOrganisationsnummer(withCheck('811278987'))).toMatchObject({ ok: true, naturalPerson: true });
  });

  it('computes the Luhn check digit', () => {
    expect(luhnCheckDigit('556940333')).toBe(9);
    expect(luhnCheckDigit('202100548')).toBe(9);
    expect(luhnCheckDigit('811218987')).toBe(6);
  });
});
