/**
 * The register extract (GDPR art. 15/20) of the heavy customer of `seed --size large` — five years,
 * 5,000 orders with their invoices, payments and vouchers, 200,000 usage events — as JSON, on
 * PostgreSQL, beside the time to read the same rows and columns by plain SQL in the same run.
 * Aim: under 2 s and under 3× the plain read.
 *
 *   `npm run bench:extract` alone (seeds its own database), or as part of `npm run bench`.
 *   BENCH_EXTRACT_ROUNDS   measured rounds, alternating plain read and extract (default 5)
 */
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { buildExtract, extractJson, type RegisterExtract, type TableInventory } from '#src/modules/privacy/index.ts';
import { inventory } from '#src/app/inventory.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { HEAVY_CUSTOMER_EMAIL, seedDemoData } from '#src/seed/index.ts';
import { openBenchPostgres } from './backends.ts';
import { measureErasure, renderErasure } from './erasure.ts';

export type ExtractFigures = {
  rounds: number;
  orders: number;
  usageEvents: number;
  rows: number;
  bytes: number;
  extractMs: number;
  plainMs: number;
};

/** The heavy customer's contact id; throws when the database was not seeded with `--size large`. */
export async function heavyContactId(database: Database): Promise<string> {
  const [c] = await database.query<{ id: string }>('select id from contacts where email = $1', [HEAVY_CUSTOMER_EMAIL]);
  if (!c) throw new Error(`no contact ${HEAVY_CUSTOMER_EMAIL}: seed the database with --size large`);
  return c.id;
}

/** Plain SQL that picks a table's rows of the contact (and their company), following the inventory. */
function filterOf(inv: TableInventory, byName: Map<string, TableInventory>): string | null {
  if (inv.subjectKey?.kind === 'contact') return `${inv.subjectKey.column} = $1`;
  if (inv.subjectKey?.kind === 'company')
    return `${inv.subjectKey.column} = (select company_id from contacts where id = $1)`;
  if (!inv.via) return null;
  const parent = byName.get(inv.via.parent);
  const cond = parent && filterOf(parent, byName);
  if (!cond) return null;
  const key = inv.via.asText ? `${inv.via.parentColumn}::text` : inv.via.parentColumn;
  return `${inv.via.column} in (select ${key} from ${inv.via.parent} where ${cond})`;
}

/**
 * The baseline: per table of the extract, `select <its personal columns> from <table> where …`
 * with the rows as the driver gives them, plus the access log and disclosures the extract reads.
 */
function plainStatements(): { table: string; text: string }[] {
  const byName = new Map(inventory.map((t) => [t.table, t]));
  const out: { table: string; text: string }[] = [];
  for (const inv of inventory) {
    const columns = Object.keys(inv.personal);
    const filter = inv.scope === 'customer' && columns.length > 0 ? filterOf(inv, byName) : null;
    if (filter) out.push({ table: inv.table, text: `select ${columns.join(', ')} from ${inv.table} where ${filter}` });
  }
  out.push({
    table: 'access_log',
    text: `select at, actor_role, purpose, categories, action from access_log
           where subject_type = 'contact' and subject_id = $1::text order by seq`,
  });
  out.push({
    table: 'disclosures',
    text: `select at, recipient, purpose, categories, reference from disclosures
           where (subject_type = 'contact' and subject_id = $1::text)
              or (subject_type = 'company' and subject_id = (select company_id::text from contacts where id = $1::uuid))
           order by at`,
  });
  return out;
}

/** Row counts per table of the extract, to check that the baseline reads the same rows. */
function extractCounts(x: RegisterExtract): Map<string, number> {
  const m = new Map(x.sections.map((s) => [s.table, s.rows.length]));
  m.set('access_log', x.accessLog.length);
  m.set('disclosures', x.disclosures.length);
  return m;
}

export async function measureExtract(
  database: Database,
  opts: { rounds?: number; say?: (line: string) => void } = {},
): Promise<ExtractFigures> {
  const rounds = opts.rounds ?? Number(process.env.BENCH_EXTRACT_ROUNDS ?? 5);
  const contactId = await heavyContactId(database);
  const [counts] = await database.query<{ orders: number; usage: number }>(
    `select (select count(*)::int from orders where contact_id = $1) as orders,
            (select count(*)::int from usage_events where contact_id = $1) as usage`,
    [contactId],
  );
  const statements = plainStatements();
  const plainRead = async () => {
    const rows = new Map<string, number>();
    for (const s of statements) rows.set(s.table, (await database.query(s.text, [contactId])).length);
    return rows;
  };
  const extract = () =>
    buildExtract(database.db, { inventory, targets: retentionTargets, now: systemClock.now() }, contactId);

  // Warm up both, and check that the baseline reads what the extract holds, table by table.
  const plainRows = await plainRead();
  const x = await extract();
  const bytes = Buffer.byteLength(extractJson(x));
  for (const [table, n] of extractCounts(x))
    if ((plainRows.get(table) ?? 0) !== n)
      throw new Error(`${table}: the extract holds ${n} rows, the plain read ${plainRows.get(table) ?? 0}`);
  for (const [table, n] of plainRows)
    if (n > 0 && !extractCounts(x).has(table)) throw new Error(`${table}: ${n} rows read but not in the extract`);

  const plain: number[] = [];
  const built: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    await plainRead();
    plain.push(performance.now() - t0);
    t0 = performance.now();
    extractJson(await extract()); // what the route streams
    built.push(performance.now() - t0);
    opts.say?.(`  extract round ${r + 1}: extract ${ms(built.at(-1)!)}, plain read ${ms(plain.at(-1)!)}`);
  }
  return {
    rounds,
    orders: counts!.orders,
    usageEvents: counts!.usage,
    rows: [...plainRows.values()].reduce((a, b) => a + b, 0),
    bytes,
    extractMs: median(built),
    plainMs: median(plain),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;

export function renderExtract(f: ExtractFigures): string {
  const ratio = f.extractMs / f.plainMs;
  const met = f.extractMs < 2000 && ratio < 3 ? 'met' : 'NOT met';
  return [
    `register extract, PostgreSQL, the heavy customer of \`seed --size large\` (${f.orders.toLocaleString('en-US')} orders, ${f.usageEvents.toLocaleString('en-US')} usage events), median of ${f.rounds}:`,
    `  extract as JSON (built and serialised, ${(f.bytes / 1e6).toFixed(1)} MB)   ${ms(f.extractMs)}`,
    `  plain SQL read of the same ${f.rows.toLocaleString('en-US')} rows and columns  ${ms(f.plainMs)}`,
    `  extract vs plain: ${ratio.toFixed(1)}× (aim: under 2 s and under 3×: ${met})`,
  ].join('\n');
}

/** The extract, then (later) the erasure, of the heavy customer on a database seeded with `--size large`. */
export async function benchHeavyCustomer(database: Database, say: (line: string) => void): Promise<string> {
  const figures = await measureExtract(database, { say });
  const out = [renderExtract(figures)];
  // Last: an erasure removes the heavy customer.
  const erasure = await measureErasure(database, await heavyContactId(database));
  if (erasure) out.push(renderErasure(erasure));
  return out.join('\n\n');
}

if (import.meta.main) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const backend = await openBenchPostgres(adminUrl);
  if ('unreachable' in backend) throw new Error(`no PostgreSQL: ${backend.unreachable}`);
  try {
    const t0 = performance.now();
    await seedDemoData({ database: backend.database, clock: systemClock, size: 'large' });
    console.log(`seeded 'large' in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(await benchHeavyCustomer(backend.database, console.log));
  } finally {
    await backend.database.close();
    await backend.dispose();
  }
}
