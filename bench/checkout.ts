/**
 * `npm run bench:checkout`: POST /api/checkout of the whole platform (zod, hooks, the invoice
 * created in the transaction, the confirmation letter queued) beside a bare Fastify route that
 * runs the checkout's own SQL in one transaction, on PGlite and PostgreSQL, in one run. Each
 * request is a new order with its own Idempotency-Key (a guest, two lines, invoice).
 *
 *   BENCH_BACKENDS, BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS,
 *   BENCH_DATABASE_URL: as for `npm run bench` (bench/run.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { openBenchPglite, openBenchPostgres, type BenchBackend } from './backends.ts';
import type { Server } from './bare.ts';
import { startBareCheckout } from './checkout-bare.ts';
import { startPlatformServer } from './platform.ts';
import type { LoadResult } from './load.ts';
import { renderTable, type Measurement } from './report.ts';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const WARMUP = Number(env.BENCH_WARMUP_SECONDS ?? 2);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10);
const PG_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BACKENDS = (env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((s) => s.trim());
const LOAD = path.join(import.meta.dirname, 'checkout-load.ts');

const BODY = JSON.stringify({
  lines: [
    { articleNumber: 'BENCH-A', quantity: 1 },
    { articleNumber: 'BENCH-B', quantity: 1 },
  ],
  paymentMethod: 'invoice',
  buyer: {
    companyName: 'Bänkklinikerna AB',
    orgNr: '556711-0001',
    country: 'SE',
    contactName: 'Bengt Bänk',
    email: 'bengt@bank.example',
    phone: null,
    billing: { street: 'Testgatan 1', postalCode: '21111', city: 'Malmö' },
    marketingRefused: true,
  },
});

function load(url: string, seconds: number, connections: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD, url, String(connections), String(seconds), BODY], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult)
        : reject(new Error(`load ${code}`)),
    );
  });
}

/** Adds the BENCH-A and BENCH-B products every checkout of the bench buys (stock for any run). */
async function addBenchProducts(database: Database) {
  for (const a of ['BENCH-A', 'BENCH-B'])
    await database.query(
      `insert into products (article_number, name_sv, name_en, description_sv, description_en, price_ex_vat_ore, vat_rate, stock, created_at)
       values ($1, $1, $1, '', '', 12345, 25, 100000000, now())`,
      [a],
    );
}

/**
 * Measures POST /api/checkout of a running platform server beside the bare route with the same
 * SQL on the same database, in alternating rounds; pushes both rows to `results`.
 */
export async function measureCheckout(
  database: Database,
  backend: string,
  platformUrl: string,
  results: Measurement[],
  opts: { seconds: number; warmup: number; rounds: number; connections: number },
): Promise<void> {
  await addBenchProducts(database);
  const bare = await startBareCheckout(database);
  try {
    const urls = [`${platformUrl}/api/checkout`, `${bare.url}/api/checkout`] as const;
    const [before] = await database.query<{ n: number }>('select count(*)::int as n from orders');
    for (const u of urls) await load(u, opts.warmup, opts.connections);
    const runs: LoadResult[][] = [[], []];
    const per = Math.max(1, Math.round(opts.seconds / opts.rounds));
    for (let r = 0; r < opts.rounds; r++)
      for (const i of [0, 1] as const) runs[i]!.push(await load(urls[i], per, opts.connections));
    const merge = (rs: LoadResult[]): LoadResult => ({
      rps: rs.reduce((s, x) => s + x.rps, 0) / rs.length,
      p50: rs.reduce((s, x) => s + x.p50, 0) / rs.length,
      p99: Math.max(...rs.map((x) => x.p99)),
      requests: rs.reduce((s, x) => s + x.requests, 0),
      errors: rs.reduce((s, x) => s + x.errors, 0),
      non2xx: rs.reduce((s, x) => s + x.non2xx, 0),
    });
    const route = 'POST /api/checkout (invoice)';
    results.push({ route, backend, server: 'platform', ...merge(runs[0]!) });
    results.push({ route, backend, server: 'same SQL, bare', baseline: true, ...merge(runs[1]!) });
    const [after] = await database.query<{ n: number }>('select count(*)::int as n from orders');
    console.log(`  checkout: ${after!.n - before!.n} orders written`);
  } finally {
    await bare.close();
  }
}

async function benchBackend(backend: BenchBackend, results: Measurement[]) {
  const { name, database } = backend;
  console.log(`\n== ${name}: ${database.location}`);
  let platform: Server | undefined;
  try {
    platform = await startPlatformServer(database, systemClock);
    await measureCheckout(database, name, platform.url, results, {
      seconds: SECONDS,
      warmup: WARMUP,
      rounds: ROUNDS,
      connections: CONNECTIONS,
    });
  } finally {
    if (platform)
      await platform.close(); // closes the database
    else await database.close().catch(() => {});
    await backend.dispose();
  }
}

if (import.meta.main) {
  const results: Measurement[] = [];
  for (const name of BACKENDS) {
    if (name === 'pglite') await benchBackend(await openBenchPglite(), results);
    else {
      const pg = await openBenchPostgres(PG_URL);
      if ('unreachable' in pg) console.log(`postgres: skipped (${pg.unreachable})`);
      else await benchBackend(pg, results);
    }
  }
  console.log(`\n${renderTable(results)}`);
}
