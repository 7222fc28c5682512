import { describe, expect, it } from 'vitest';
import { buildRopa, controller, langs } from '#src/modules/policy/index.ts';
import { formatSek, withVat } from '../../web/src/format.ts';
import { isRopa, commonValue } from '../../web/src/admin/ropa.ts';
import { ropaView } from '../../web/src/admin/ropaModel.ts';
import { messages } from '../../web/src/i18n/messages.ts';
import { company } from '../../web/src/company.ts';

// The browser UI's pure logic, run in Node (no browser needed).

const plain = (s: string) => s.replace(/\s/g, ' ');
const yesNo = { yes: 'Ja', no: 'Nej' };

describe('prices', () => {
  it('formats öre as Swedish kronor', () => {
    expect(plain(formatSek(123450))).toBe('1 234,50 kr');
    expect(plain(formatSek(0))).toBe('0,00 kr');
    expect(plain(formatSek(100_000_000))).toBe('1 000 000,00 kr');
  });

  it('adds VAT rounded to the öre', () => {
    expect(withVat(123450, 25)).toBe(154313); // 154 312,5
    expect(withVat(1000, 12)).toBe(1120);
    expect(withVat(999, 6)).toBe(1059); // 1 058,94
  });
});

describe('texts', () => {
  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
  });
});

describe('contact details', () => {
  it('in the footer are the controller of the policy module', () => {
    const { legalName, orgNr, street, postalCode, city, phone, email } = company;
    expect({ name: legalName, orgNr, street, postalCode, city, phone, email }).toEqual({
      name: controller.name,
      orgNr: controller.orgNr,
      street: controller.street,
      postalCode: controller.postalCode,
      city: controller.city,
      phone: controller.phone,
      email: controller.email,
    });
    expect(company.phoneHref).toBe(`tel:${controller.phoneE164}`);
  });
});

describe('record of processing', () => {
  it.each(langs)('recognises the API shape (buildRopa, %s) so the specific table is used', (lang) => {
    const ropa = buildRopa(lang);
    expect(isRopa(ropa)).toBe(true);
    expect(commonValue(ropa.activities, (a) => a.thirdCountryTransfers.statement)).toBeTypeOf('string');
  });

  it('rejects other shapes, which get the generic view', () => {
    expect(isRopa(null)).toBe(false);
    expect(isRopa({ title: 'x', activities: [] })).toBe(false);
  });

  it('renders any record generically: localized texts, lists and nested objects', () => {
    const view = ropaView(
      {
        title: { sv: 'Register', en: 'Record' },
        controller: { name: 'Kliniksupport Sverige AB' },
        activities: [
          {
            purpose: { sv: 'Order', en: 'Orders' },
            categories: [{ sv: 'Namn', en: 'Name' }, 'E-post'],
            consent: false,
          },
          { purpose: 'Marknadsföring', legalBasis: { label: 'Samtycke', article: '6(1)(a)' } },
        ],
      },
      'sv',
      yesNo,
      'Behandlingar',
    );
    expect(view.title).toBe('Register');
    expect(view.facts).toEqual([
      { key: 'controller', label: 'Personuppgiftsansvarig', value: 'Kliniksupport Sverige AB' },
    ]);
    expect(view.tables).toHaveLength(1);
    const [table] = view.tables;
    expect(table!.columns.map((c) => c.label)).toEqual([
      'Ändamål',
      'Kategorier av personuppgifter',
      'Consent',
      'Rättslig grund',
    ]);
    expect(table!.rows).toEqual([
      ['Order', ['Namn', 'E-post'], 'Nej', '—'],
      ['Marknadsföring', '—', '—', 'Samtycke (6(1)(a))'],
    ]);
    expect(ropaView([{ a: 1 }], 'en', yesNo, 'Rows').tables[0]!.rows).toEqual([['1']]);
    expect(ropaView('nonsense', 'en', yesNo, 'Rows')).toEqual({ facts: [], tables: [] });
  });
});
