import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';

/**
 * A SIE 4 file (SIE filformat version 4B): one item ("post") per line, a label such as `#VER`
 * and fields separated by spaces. Text is encoded in IBM PC 8-bit (CP437, `#FORMAT PC8`), lines end
 * with CR LF. The `#KSUMMA` checksum is a CRC-32 (the polynomial of ISO 3309 / zlib) over the
 * characters of the labels and field contents of every item after the opening `#KSUMMA` and before
 * the closing one — not the spaces between fields, the quotation marks around them, the braces of
 * object lists or the line endings.
 */

/** A field: text (quoted when it must be), a raw token (numbers, dates, codes) or an object list. */
export type SieField = { text: string } | { raw: string } | { list: SieField[] };
export type SieItem = { label: string; fields: SieField[]; block?: SieItem[] };

export const text = (s: string): SieField => ({ text: s });
export const raw = (s: string | number): SieField => ({ raw: String(s) });
export const list = (...fields: SieField[]): SieField => ({ list: fields });

/** An amount in öre as SIE writes it: a decimal point, two decimals, a leading minus. */
export function sieAmount(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A date as SIE writes it: YYYYMMDD. */
export const sieDate = (iso: string): string => iso.slice(0, 10).replaceAll('-', '');

// Control characters are not allowed in a SIE file; a field never spans lines.
const clean = (s: string) => [...s].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c)).join('');

function fieldText(f: SieField): string {
  if ('list' in f) return `{${f.list.map(fieldText).join(' ')}}`;
  if ('raw' in f) return clean(f.raw);
  return `"${clean(f.text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The characters of an item that the checksum covers: the label, then each field's content. */
function checksummed(item: SieItem): string {
  const content = (f: SieField): string =>
    'list' in f ? f.list.map(content).join('') : clean('raw' in f ? f.raw : f.text);
  return item.label + item.fields.map(content).join('');
}

const lineOf = (item: SieItem) => [item.label, ...item.fields.map(fieldText)].join(' ');

export const encodePc8 = (s: string): Buffer => iconv.encode(s, 'cp437');

/**
 * The file: `#FLAGGA 0`, the opening `#KSUMMA`, the items (a block — the transactions of a
 * `#VER` — between lines `{` and `}`), and the closing `#KSUMMA` with the checksum.
 */
export function writeSie4(items: SieItem[]): Buffer {
  const lines: string[] = ['#FLAGGA 0', '#KSUMMA'];
  let crc = 0;
  const add = (item: SieItem) => {
    lines.push(lineOf(item));
    crc = crc32(encodePc8(checksummed(item)), crc);
    if (item.block) {
      lines.push('{');
      item.block.forEach(add);
      lines.push('}');
    }
  };
  items.forEach(add);
  lines.push(`#KSUMMA ${crc >>> 0}`);
  return encodePc8(lines.join('\r\n') + '\r\n');
}
