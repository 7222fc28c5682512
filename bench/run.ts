/**
 * `npm run bench`: the catalogue list and search, sign-in, the staff lookup and checkout, each
 * against a baseline, on PGlite and on PostgreSQL, in one run; on PostgreSQL also the register
 * extract of the seed's heavy customer beside a plain read of the same rows (extract.ts), then the
 * retention sweep beside plain DELETEs (retention.ts). Each platform figure is printed beside a bare Fastify route that runs
 * the same SQL on the same database, so the table shows what the platform layers cost.
 *
 *   BENCH_DATABASE_URL   PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 *                        the bench creates and drops the database kliniksupport_bench there
 *   BENCH_SECONDS        measured seconds per server and route (default 10), split into
 *                        BENCH_ROUNDS alternating rounds (default 2); BENCH_WARMUP_SECONDS (default 2)
 *   BENCH_CONNECTIONS    concurrent connections (default 10)
 *   BENCH_BACKENDS       comma-separated subset of pglite,postgres (default both)
 *   BENCH_EXTRACT_ROUNDS measured rounds of the register extract (default 5)
 */
import os from 'node:os';
import { systemClock } from '#src/platform/clock/index.ts';
import { seedDemoData } from '#src/seed/index.ts';
import { openBenchPglite, openBenchPostgres, type BenchBackend } from './backends.ts';
import { startBareServer, type Server } from './bare.ts';
import { startPlatformServer } from './platform.ts';
import { alternate } from './load.ts';
import { listStatements } from './same-sql.ts';
import { renderTable, type Measurement } from './report.ts';
import { verifySameItems, verifySameSql } from './verify.ts';
import { measureCheckout } from './checkout.ts';
import { measureRetention, renderRetention } from './retention.ts';
import { benchHeavyCustomer } from './extract.ts';
import { ARGON2_COST, PASSWORD, prepareAuthFixtures, startBareSignIn, startLookupWithoutLog } from './auth.ts';

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const WARMUP = Number(env.BENCH_WARMUP_SECONDS ?? 2);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10);
const PG_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BACKENDS = (env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((s) => s.trim());

const ROUTES = ['/api/catalog/products', '/api/catalog/products?q=handsk'];

const say = (line: string) => console.log(line);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function open(name: string): Promise<BenchBackend | undefined> {
  if (name === 'pglite') return openBenchPglite();
  const pg = await openBenchPostgres(PG_URL);
  if ('unreachable' in pg) {
    say(
      `postgres: skipped — no PostgreSQL server at ${new URL(PG_URL).host} (${pg.unreachable}); set BENCH_DATABASE_URL`,
    );
    return undefined;
  }
  return pg;
}

async function benchBackend(backend: BenchBackend, results: Measurement[]): Promise<void> {
  const { name, database } = backend;
  say(`\n== ${name}: ${database.location}`);
  let platform: Server | undefined;
  let bare: Server | undefined;
  let bareSignIn: Server | undefined;
  let noLog: Server | undefined;
  try {
    const t0 = performance.now();
    const seeded = await seedDemoData({
      database,
      clock: systemClock,
      size: 'large',
      progress: (m) => say(`  seed: ${m}`),
    });
    say(
      `  seeded 'large' in ${secs(performance.now() - t0)}: ${Object.entries(seeded.counts)
        .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
        .join(', ')}`,
    );

    // Settle: visibility map and statistics for the table under test, and dirty pages written out,
    // so no server pays for the seed's after-effects (a checkpoint, hint bits) during its run.
    const t1 = performance.now();
    await database.exec('vacuum analyze products, product_categories, categories, product_images');
    await backend.checkpoint();
    say(`  settled (vacuum analyze of the catalogue tables, checkpoint) in ${secs(performance.now() - t1)}`);

    platform = await startPlatformServer(database, systemClock);
    bare = await startBareServer(database);
    for (const route of ROUTES) {
      say(`  ${await verifySameItems(route, platform.url, bare.url)}`);
      say(
        `  ${await verifySameSql(database, platform.url + route, listStatements(database.db, { search: route.includes('q='), after: false }))}`,
      );
    }
    for (const route of ROUTES) {
      const urls = [platform.url + route, bare.url + route] as const;
      const measured = await alternate(urls, {
        connections: CONNECTIONS,
        seconds: SECONDS,
        warmup: WARMUP,
        rounds: ROUNDS,
      });
      for (const [server, r] of [
        ['platform', measured[0]],
        ['bare fastify+SQL', measured[1]],
      ] as const) {
        results.push({ route: `GET ${route}`, backend: name, server, baseline: server !== 'platform', ...r });
        say(`  ${server.padEnd(16)} GET ${route}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
      }
    }
    await benchAuth(database, platform, results, name, async (servers) => {
      bareSignIn = servers.bareSignIn;
      noLog = servers.noLog;
    });
    await measureCheckout(database, name, platform.url, results, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmup: WARMUP,
      rounds: ROUNDS,
    });
    // The heavy customer: register extract (and, to come, erasure) on PostgreSQL, where the aim is set.
    if (name === 'postgres') heavy = await benchHeavyCustomer(database, say);
  } finally {
    // Reported, not thrown: a failure here must not hide the error that got us here.
    const report = (e: unknown) => say(`  (while closing: ${(e as Error).message})`);
    await bare?.close().catch(report);
    await bareSignIn?.close().catch(report);
    await noLog?.close().catch(report);
    // The platform's runtime owns the database once started (closing it closes the database);
    // a runtime that failed to start has closed it already.
    if (platform) await platform.close().catch(report);
    else await database.close().catch(() => {});
    // Last, as it deletes most of the data: the retention sweep five years ahead (PostgreSQL).
    if (name === 'postgres' && platform)
      retention = renderRetention(await measureRetention(database.connectionString!, PG_URL));
    await backend.dispose();
  }
}

/**
 * Sign-in throughput beside a bare route doing the same lookup and argon2id verification, and the
 * staff customer lookup with the access log beside the same lookup with a log that writes nothing.
 */
async function benchAuth(
  database: BenchBackend['database'],
  platform: Server,
  results: Measurement[],
  name: string,
  started: (s: { bareSignIn: Server; noLog: Server }) => Promise<void>,
): Promise<void> {
  const fx = await prepareAuthFixtures(database, systemClock);
  const bareSignIn = await startBareSignIn(database);
  const noLog = await startLookupWithoutLog(database, systemClock);
  await started({ bareSignIn, noLog });
  const opts = { connections: CONNECTIONS, seconds: SECONDS, warmup: WARMUP, rounds: ROUNDS };
  const body = JSON.stringify({ email: fx.email, password: PASSWORD });
  const signIn = (url: string) => ({
    url: `${url}/api/customers/session`,
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json' },
  });
  for (const url of [platform.url, bareSignIn.url]) {
    const t = signIn(url);
    const res = await fetch(t.url, { method: 'POST', body: t.body, headers: t.headers });
    if (res.status !== 200) throw new Error(`sign-in at ${url} answered ${res.status}: ${await res.text()}`);
  }
  const [p, b] = await alternate([signIn(platform.url), signIn(bareSignIn.url)], opts);
  const route = `POST /api/customers/session (${ARGON2_COST})`;
  results.push({ route, backend: name, server: 'platform', ...p });
  results.push({ route, backend: name, server: 'bare lookup+argon2id', baseline: true, ...b });
  say(
    `  sign-in: platform ${Math.round(p.rps)} req/s p50 ${p.p50} ms; bare lookup+argon2id ${Math.round(b.rps)} req/s p50 ${b.p50} ms`,
  );

  const lookup = (url: string) => ({
    url: `${url}/api/staff/customers/contacts/${fx.contactId}?purpose=b.customer_service`,
    headers: { cookie: fx.staffCookie },
  });
  // Both servers must answer the lookup with the customer before anything is measured.
  for (const url of [platform.url, noLog.url]) {
    const t = lookup(url);
    const res = await fetch(t.url, { headers: t.headers });
    if (res.status !== 200) throw new Error(`staff lookup at ${url} answered ${res.status}: ${await res.text()}`);
  }
  const [on, off] = await alternate([lookup(platform.url), lookup(noLog.url)], opts);
  const lroute = 'GET /api/staff/customers/contacts/:id (b.customer_service)';
  results.push({ route: lroute, backend: name, server: 'platform, access log on', ...on });
  results.push({ route: lroute, backend: name, server: 'same route, access log off', baseline: true, ...off });
  const added = off.p50 > 0 ? `${Math.round((100 * (on.p50 - off.p50)) / off.p50)} %` : 'n/a';
  say(`  staff lookup: access log adds ${added} to p50 (${off.p50} → ${on.p50} ms; aim: at most a third)`);
}

say(
  `Kliniksupport bench — Node ${process.version}, ${os.cpus().length} CPUs, autocannon -c ${CONNECTIONS}, ${SECONDS} s per server and route in ${ROUNDS} alternating rounds after a ${WARMUP} s warm-up, load generator in a child process`,
);
say(`data: seedDemoData({ size: 'large' }) on each backend, row counts below`);
const started = performance.now();
const results: Measurement[] = [];
let retention = '';
let heavy = '';
for (const name of BACKENDS) {
  const backend = await open(name);
  if (backend) await benchBackend(backend, results);
}
say(results.length ? `\n${renderTable(results)}` : '\nno backend measured');
if (heavy) say(`\n${heavy}`);
if (retention) say(`\n${retention}`);
say(
  `\nvs baseline = req/s as a share of the baseline row of the same route: a bare Fastify route running the same SQL (catalogue), the same lookup + argon2id verification (sign-in), the same route with the access log off (staff lookup), the same statements in one transaction through a bare route (checkout: each request a new order with its own Idempotency-Key, two lines, paid by invoice). Total ${secs(performance.now() - started)}.`,
);
