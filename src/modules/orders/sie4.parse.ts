import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';

/**
 * A SIE 4 reader written from the specification (SIE filformat 4B), used to check what the export
 * writes: decodes CP437, splits items into label and fields (quoted fields with \" escapes, object
 * lists in braces), recomputes #KSUMMA, and checks that every #VER balances and that every account
 * a #TRANS names has a #KONTO.
 */

export type SieToken = { kind: 'word' | 'quoted'; value: string } | { kind: 'list'; items: SieToken[] };
export type SieLine = { label: string; fields: SieToken[]; lineNo: number };
export type SieTrans = { account: string; objects: SieToken[]; amountOre: number; date?: string; text?: string };
export type SieVoucher = { series: string; number: string; date: string; text: string; trans: SieTrans[] };
export type SieDocument = {
  items: SieLine[];
  accounts: Map<string, string>;
  vouchers: SieVoucher[];
  balances: { kind: 'IB' | 'UB' | 'RES'; year: number; account: string; amountOre: number }[];
  checksum: { declared: number | null; computed: number };
  problems: string[];
};

/** Splits one line into tokens. */
export function tokenize(line: string): SieToken[] {
  let i = 0;
  const read = (inList: boolean): SieToken[] => {
    const out: SieToken[] = [];
    while (i < line.length) {
      const c = line[i]!;
      if (c === ' ' || c === '\t') {
        i++;
      } else if (c === '}' && inList) {
        i++;
        return out;
      } else if (c === '{') {
        i++;
        out.push({ kind: 'list', items: read(true) });
      } else if (c === '"') {
        i++;
        let v = '';
        while (i < line.length && line[i] !== '"') {
          if (line[i] === '\\' && i + 1 < line.length) i++;
          v += line[i++];
        }
        i++; // the closing quote
        out.push({ kind: 'quoted', value: v });
      } else {
        let v = '';
        while (i < line.length && !' \t{}"'.includes(line[i]!)) v += line[i++];
        out.push({ kind: 'word', value: v });
      }
    }
    if (inList) throw new Error('an object list is not closed');
    return out;
  };
  return read(false);
}

const valueOf = (t: SieToken | undefined): string => (t && t.kind !== 'list' ? t.value : '');

/** A SIE amount ("-1234.5", "12.34", "7") as whole öre, exactly (no floating point). */
export function parseAmount(s: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${s}`);
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -ore : ore;
}

function contentOf(t: SieToken): string {
  return t.kind === 'list' ? t.items.map(contentOf).join('') : t.value;
}

export function parseSie4(file: Buffer): SieDocument {
  const textOf = iconv.decode(file, 'cp437');
  const lines = textOf.split(/\r?\n/);
  const items: SieLine[] = [];
  const problems: string[] = [];
  const accounts = new Map<string, string>();
  const vouchers: SieVoucher[] = [];
  const balances: SieDocument['balances'] = [];
  let crc = 0;
  let ksummaSeen = 0;
  let declared: number | null = null;
  let current: SieVoucher | null = null;
  let inBlock = false;

  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.trim();
    if (!line) return;
    if (line === '{') {
      if (!current) problems.push(`line ${lineNo}: a block without #VER`);
      inBlock = true;
      return;
    }
    if (line === '}') {
      if (current) vouchers.push(current);
      current = null;
      inBlock = false;
      return;
    }
    let fields: SieToken[];
    try {
      fields = tokenize(line);
    } catch (e) {
      problems.push(`line ${lineNo}: ${(e as Error).message}`);
      return;
    }
    const label = valueOf(fields[0]);
    const rest = fields.slice(1);
    if (!label.startsWith('#')) {
      problems.push(`line ${lineNo}: an item must start with a label`);
      return;
    }
    if (label === '#KSUMMA') {
      ksummaSeen++;
      if (ksummaSeen === 2) declared = Number(valueOf(rest[0]));
      return;
    }
    if (ksummaSeen === 1) {
      crc = crc32(iconv.encode(label + rest.map(contentOf).join(''), 'cp437'), crc);
    }
    items.push({ label, fields: rest, lineNo });
    try {
      if (label === '#KONTO') accounts.set(valueOf(rest[0]), valueOf(rest[1]));
      if (label === '#IB' || label === '#UB' || label === '#RES') {
        balances.push({
          kind: label.slice(1) as 'IB' | 'UB' | 'RES',
          year: Number(valueOf(rest[0])),
          account: valueOf(rest[1]),
          amountOre: parseAmount(valueOf(rest[2])),
        });
      }
      if (label === '#VER') {
        if (current || inBlock) problems.push(`line ${lineNo}: #VER inside a voucher`);
        current = {
          series: valueOf(rest[0]),
          number: valueOf(rest[1]),
          date: valueOf(rest[2]),
          text: valueOf(rest[3]),
          trans: [],
        };
      }
      if (label === '#TRANS') {
        if (!current || !inBlock) throw new Error('#TRANS outside a voucher');
        const objects = rest[1]?.kind === 'list' ? rest[1].items : [];
        if (rest[1]?.kind !== 'list') throw new Error('#TRANS needs an object list ({} when empty)');
        current.trans.push({
          account: valueOf(rest[0]),
          objects,
          amountOre: parseAmount(valueOf(rest[2])),
          date: valueOf(rest[3]) || undefined,
          text: valueOf(rest[4]) || undefined,
        });
      }
    } catch (e) {
      problems.push(`line ${lineNo}: ${(e as Error).message}`);
    }
  });

  const first = lines.find((l) => l.trim());
  if (first?.trim() !== '#FLAGGA 0' && !first?.startsWith('#FLAGGA')) problems.push('the first item must be #FLAGGA');
  if (ksummaSeen !== 2) problems.push('#KSUMMA must open and close the checksummed items');
  const computed = crc >>> 0;
  if (declared !== null && declared !== computed)
    problems.push(`#KSUMMA ${declared} does not match the contents (${computed})`);
  const one = (label: string) => items.find((i) => i.label === label);
  if (valueOf(one('#SIETYP')?.fields[0]) !== '4') problems.push('#SIETYP must be 4');
  if (valueOf(one('#FORMAT')?.fields[0]) !== 'PC8') problems.push('#FORMAT must be PC8');
  for (const label of ['#PROGRAM', '#GEN', '#FNAMN', '#RAR', '#KPTYP'])
    if (!one(label)) problems.push(`${label} is missing`);
  for (const v of vouchers) {
    const sum = v.trans.reduce((s, t) => s + t.amountOre, 0);
    if (sum !== 0) problems.push(`#VER ${v.series} ${v.number} does not balance (${sum} öre)`);
    for (const t of v.trans)
      if (!accounts.has(t.account)) problems.push(`#VER ${v.series} ${v.number}: account ${t.account} has no #KONTO`);
  }
  for (const b of balances)
    if (!accounts.has(b.account)) problems.push(`#${b.kind} ${b.account}: the account has no #KONTO`);
  return { items, accounts, vouchers, balances, checksum: { declared, computed }, problems };
}
