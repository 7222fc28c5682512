import { parse } from 'csv-parse/sync';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { AppError, type FieldProblem } from '#src/platform/errors/index.ts';
import { categoryIds, writeProduct, type ProductWrite } from './catalog.admin.service.ts';
import { productInputSchema } from './catalog.schemas.ts';
import { products } from './catalog.tables.ts';

/**
 * CSV import of products, as Excel saves it: UTF-8 with or without BOM, semicolon- or
 * comma-separated (whichever the header line uses), a header row naming the columns. Every row
 * is validated with the same schema as the back office form; one bad row and nothing is written,
 * and the report names each problem's row (as Excel numbers it, the header being row 1) and column.
 * Rows are upserted by article number in one transaction. The optional column `implantable`
 * (ja/nej, like medical_device) marks an implantable medical device.
 */
export const CSV_COLUMNS = [
  'article_number',
  'name_sv',
  'name_en',
  'description_sv',
  'description_en',
  'price_ex_vat_sek',
  'vat_rate',
  'stock',
  'medical_device',
  'udi_di',
  'implantable',
  'categories',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = [
  'article_number',
  'name_sv',
  'name_en',
  'price_ex_vat_sek',
  'vat_rate',
  'stock',
  'categories',
];

export const MAX_IMPORT_ROWS = 5_000;
const MAX_REPORTED = 200;

/** Schema field → CSV column, to name the column of a validation problem. */
const COLUMN_OF: Record<string, Column> = {
  articleNumber: 'article_number',
  nameSv: 'name_sv',
  nameEn: 'name_en',
  descriptionSv: 'description_sv',
  descriptionEn: 'description_en',
  priceExVatOre: 'price_ex_vat_sek',
  vatRate: 'vat_rate',
  stock: 'stock',
  medicalDevice: 'medical_device',
  udiDi: 'udi_di',
  implantable: 'implantable',
  categories: 'categories',
};

/** "1 234,50" or "1234.5" kronor → öre; NaN when it is not an amount with at most two decimals. */
export function sekToOre(s: string): number {
  const t = s.replace(/[\s\u00a0]/g, '').replace(',', '.');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y']);
const NO = new Set(['nej', 'no', 'false', '0', 'n', '']);
const toBool = (s: string): boolean | string => (YES.has(s.toLowerCase()) ? true : NO.has(s.toLowerCase()) ? false : s);
const toInt = (s: string): number | string =>
  /^-?\d+$/.test(s.replace(/[\s\u00a0]/g, '')) ? Number(s.replace(/[\s\u00a0]/g, '')) : s;

function rowToInput(r: Record<string, string>): unknown {
  const price = sekToOre(r.price_ex_vat_sek ?? '');
  return {
    articleNumber: r.article_number ?? '',
    nameSv: r.name_sv ?? '',
    nameEn: r.name_en ?? '',
    descriptionSv: r.description_sv ?? '',
    descriptionEn: r.description_en ?? '',
    priceExVatOre: Number.isNaN(price) ? (r.price_ex_vat_sek ?? '') : price,
    vatRate: toInt(r.vat_rate ?? ''),
    stock: toInt(r.stock ?? ''),
    medicalDevice: toBool(r.medical_device ?? ''),
    udiDi: r.udi_di?.trim() ? r.udi_di.trim() : null,
    implantable: toBool(r.implantable ?? ''),
    categories: (r.categories ?? '')
      .split(/[|]/)
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

const problem = (row: number, column: string, message: string): FieldProblem => ({
  field: `row ${row}, ${column}`,
  message,
});

function fail(problems: FieldProblem[]): never {
  const shown = problems.slice(0, MAX_REPORTED);
  const more = problems.length > shown.length ? ` (+${problems.length - shown.length})` : '';
  throw new AppError(
    'validation',
    `CSV: ${problems.length} fel, inget importerades / ${problems.length} errors, nothing imported${more}`,
    shown,
  );
}

/** Parses and validates the whole file; throws a validation AppError listing every problem. */
export function parseProductCsv(csv: string, knownCategories: ReadonlySet<string>): ProductWrite[] {
  const text = csv.replace(/^\uFEFF/, '');
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') ? ';' : ',';
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    fail([
      problem(line ?? 1, 'csv', `kunde inte läsas / could not be parsed (${(e as Error).message.split('\n')[0]})`),
    ]);
  }
  const headers = header.split(delimiter).map((h) => h.replace(/^"|"$/g, '').trim().toLowerCase());
  const problems: FieldProblem[] = [];
  for (const h of headers) {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) problems.push(problem(1, h, 'okänd kolumn / unknown column'));
  }
  for (const c of REQUIRED) if (!headers.includes(c)) problems.push(problem(1, c, 'kolumnen saknas / column missing'));
  if (problems.length) fail(problems);
  if (records.length === 0) fail([problem(2, 'csv', 'inga rader / no rows')]);
  if (records.length > MAX_IMPORT_ROWS)
    fail([problem(MAX_IMPORT_ROWS + 2, 'csv', `högst ${MAX_IMPORT_ROWS} rader / at most ${MAX_IMPORT_ROWS} rows`)]);

  // Without the column, an existing device keeps its implant flag (see ProductWrite).
  const implantColumn = headers.includes('implantable');
  const seen = new Map<string, number>();
  const out: ProductWrite[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    const parsed = productInputSchema.safeParse(rowToInput(record));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        problems.push(problem(row, COLUMN_OF[key] ?? key, issue.message));
      }
      return;
    }
    const p = parsed.data;
    const first = seen.get(p.articleNumber);
    if (first) problems.push(problem(row, 'article_number', `samma som rad ${first} / same as row ${first}`));
    else seen.set(p.articleNumber, row);
    for (const slug of p.categories) {
      if (!knownCategories.has(slug))
        problems.push(problem(row, 'categories', `okänd kategori ${slug} / unknown category ${slug}`));
    }
    out.push({ ...p, images: undefined, implantable: implantColumn ? p.implantable : undefined });
  });
  if (problems.length) fail(problems);
  return out;
}

export const importBodySchema = z.strictObject({ csv: z.string().min(1).max(5_000_000) });

/** Validates the file, then writes every row in one transaction. */
export async function importProductsCsv(
  deps: { db: Db; clock: Clock },
  csv: string,
): Promise<{ created: number; updated: number }> {
  const ids = await categoryIds(deps.db);
  const rows = parseProductCsv(csv, new Set(ids.keys()));
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const numbers = rows.map((p) => p.articleNumber);
    const existing = await tx
      .select({ a: products.articleNumber })
      .from(products)
      .where(inArray(products.articleNumber, numbers));
    for (const p of rows) await writeProduct(tx, p, ids, now);
    return { created: rows.length - existing.length, updated: existing.length };
  });
}
