import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseSie4, tokenize } from './sie4.parse.ts';
import { list, raw, sieAmount, text, writeSie4, type SieItem } from './sie4.write.ts';

const header: SieItem[] = [
  { label: '#PROGRAM', fields: [text('Kliniksupport'), text('1')] },
  { label: '#FORMAT', fields: [raw('PC8')] },
  { label: '#GEN', fields: [raw('20261125')] },
  { label: '#SIETYP', fields: [raw(4)] },
  { label: '#FNAMN', fields: [text('Kliniksupport Sverige AB')] },
  { label: '#RAR', fields: [raw(0), raw('20260101'), raw('20261231')] },
  { label: '#KPTYP', fields: [raw('BAS2024')] },
  { label: '#KONTO', fields: [raw('1510'), text('Kundfordringar')] },
  { label: '#KONTO', fields: [raw('3740'), text('Öres- och kronutjämning')] },
];
const ver = (amounts: [string, number][], t = 'Faktura 2026-000001'): SieItem => ({
  label: '#VER',
  fields: [raw('A'), raw(1), raw('20260115'), text(t), raw('20260115')],
  block: amounts.map(([a, ore]) => ({ label: '#TRANS', fields: [raw(a), list(), raw(sieAmount(ore))] })),
});

describe('SIE 4 writer and parser', () => {
  it('writes amounts with a decimal point and parses them back exactly', () => {
    expect(sieAmount(123456)).toBe('1234.56');
    expect(sieAmount(-5)).toBe('-0.05');
    expect(parseAmount('-0.05')).toBe(-5);
    expect(parseAmount('12.5')).toBe(1250);
    expect(parseAmount('7')).toBe(700);
  });

  it('tokenises quoted fields with escapes and object lists', () => {
    expect(tokenize('#TRANS 1510 {1 "Malmö"} -12.50 20260101 "Sa \\"hej\\" du"')).toEqual([
      { kind: 'word', value: '#TRANS' },
      { kind: 'word', value: '1510' },
      {
        kind: 'list',
        items: [
          { kind: 'word', value: '1' },
          { kind: 'quoted', value: 'Malmö' },
        ],
      },
      { kind: 'word', value: '-12.50' },
      { kind: 'word', value: '20260101' },
      { kind: 'quoted', value: 'Sa "hej" du' },
    ]);
  });

  it('encodes in CP437 with CR LF, #KSUMMA first empty and last with the CRC-32 of labels and field contents', () => {
    const file = writeSie4([{ label: '#FNAMN', fields: [text('Åsa "AB"')] }]);
    expect(file.includes(Buffer.from([0x8f]))).toBe(true); // Å in CP437
    const lines = iconv.decode(file, 'cp437').split('\r\n');
    expect(lines[0]).toBe('#FLAGGA 0');
    expect(lines[1]).toBe('#KSUMMA');
    expect(lines[2]).toBe('#FNAMN "Åsa \\"AB\\""');
    // Only the label and the field's content count: no spaces between fields, no enclosing quotes, no escapes.
    const expected = crc32(iconv.encode('#FNAMNÅsa "AB"', 'cp437')) >>> 0;
    expect(lines[3]).toBe(`#KSUMMA ${expected}`);
  });

  it('round-trips a file with a balanced voucher, and the checksum verifies', () => {
    const file = writeSie4([
      ...header,
      ver([
        ['1510', 12500],
        ['3740', -12500],
      ]),
    ]);
    const doc = parseSie4(file);
    expect(doc.problems).toEqual([]);
    expect(doc.checksum.declared).toBe(doc.checksum.computed);
    expect(doc.accounts.get('3740')).toBe('Öres- och kronutjämning');
    expect(doc.vouchers).toHaveLength(1);
    expect(doc.vouchers[0]!.trans.map((t) => t.amountOre)).toEqual([12500, -12500]);
  });

  it('a changed byte breaks the checksum', () => {
    const file = writeSie4([
      ...header,
      ver([
        ['1510', 12500],
        ['3740', -12500],
      ]),
    ]);
    const at = file.indexOf('Faktura');
    const tampered = Buffer.from(file);
    tampered[at] = 'G'.charCodeAt(0);
    const doc = parseSie4(tampered);
    expect(doc.checksum.declared).not.toBe(doc.checksum.computed);
    expect(doc.problems.some((p) => p.includes('#KSUMMA'))).toBe(true);
  });

  it('finds a voucher that does not balance and an account without #KONTO', () => {
    const file = writeSie4([
      ...header,
      ver([
        ['1510', 12500],
        ['3001', -12400],
      ]),
    ]);
    const doc = parseSie4(file);
    expect(doc.problems).toContain('#VER A 1 does not balance (100 öre)');
    expect(doc.problems).toContain('#VER A 1: account 3001 has no #KONTO');
  });
});
