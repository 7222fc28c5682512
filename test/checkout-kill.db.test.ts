import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openPglite, type Database } from '#src/platform/db/index.ts';
import { testBackend, testDatabase } from './db.ts';

/**
 * Kill during checkout: a real `kliniksupport serve` process is killed with SIGKILL again and
 * again while a client places orders, each with its own Idempotency-Key and retried with the
 * same key after a connection error. In the end every acknowledged order exists exactly once,
 * none is duplicated, and the stock is what was taken by the orders that exist.
 */
const BIN = path.resolve('bin/kliniksupport.js');
const CHECKOUTS = 200;
const KILLS = 10;
const WORKERS = 6;
const PRODUCTS = [
  { articleNumber: 'KILL-A', priceExVatOre: 12_345, vatRate: 25, stock: 100_000 },
  { articleNumber: 'KILL-B', priceExVatOre: 4_550, vatRate: 12, stock: 100_000 },
];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

const insertTestProduct = async (db: Pick<Database, 'query'>, p: (typeof PRODUCTS)[number]) =>
  db.query(
    `insert into products (article_number, name_sv, name_en, description_sv, description_en, price_ex_vat_ore, vat_rate, stock, created_at)
     values ($1, $1, $1, '', '', $2, $3, $4, now())`,
    [p.articleNumber, p.priceExVatOre, p.vatRate, p.stock],
  );

const guestOrder = (lines: { articleNumber: string; quantity: number }[]) => ({
  lines,
  paymentMethod: 'invoice',
  buyer: {
    companyName: 'Tandläkarna i Ystad AB',
    orgNr: '556711-0001',
    country: 'SE',
    contactName: 'Greta Gäst',
    email: 'greta@tandlakarna.example',
    phone: null,
    billing: { street: 'Stora Östergatan 1', postalCode: '271 34', city: 'Ystad' },
    marketingRefused: false,
  },
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let child: ChildProcess | undefined;
afterAll(() => child?.kill('SIGKILL'));

function start(env: Record<string, string>): Promise<ChildProcess> {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'warn', ...env };
  delete e.NODE_ENV;
  if (!env.DATABASE_URL) delete e.DATABASE_URL;
  const c = spawn(process.execPath, [BIN, 'serve'], { env: e, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/Stop with Ctrl\+C/.test(out)) resolve(c);
    };
    c.stdout!.on('data', onData);
    c.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    c.once('exit', (code, sig) => reject(new Error(`serve exited ${code ?? sig}: ${out.slice(-2000)}`)));
  });
}

const killed = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

describe(`checkout survives SIGKILL of the serving process (${testBackend()})`, () => {
  it(
    'every acknowledged order exists exactly once; no duplicates; stock consistent',
    async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env: Record<string, string> = {
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        SEED_DEMO: 'false',
        JOBS: 'worker',
        SHUTDOWN_TIMEOUT_MS: '0',
      };
      // Prepare the database with the products, then hand it to the child.
      let pg: Database | undefined;
      let dataDir = '';
      if (testBackend() === 'pglite') {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-kill-'));
        const db = await openPglite({ dataDir });
        await migrateDatabase(db);
        for (const p of PRODUCTS) await insertTestProduct(db, p);
        await db.close();
        env.DATA_DIR = dataDir;
      } else {
        pg = await testDatabase();
        for (const p of PRODUCTS) await insertTestProduct(pg, p);
        env.DATABASE_URL = pg.connectionString!;
        env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-kill-'));
      }

      child = await start(env);
      const acked = new Map<string, string>(); // key → order number
      const expectedLines = new Map<string, { articleNumber: string; quantity: number }[]>();
      let next = 0;
      let kills = 0;
      let retries = 0;
      let stop = false;

      async function placeOne(key: string, lines: { articleNumber: string; quantity: number }[]) {
        const body = JSON.stringify(guestOrder(lines));
        for (;;) {
          try {
            const res = await fetch(`${base}/api/checkout`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': key },
              body,
              signal: AbortSignal.timeout(15_000),
            });
            const json = (await res.json()) as { orderNumber?: string; error?: string };
            if (res.status === 201 || res.status === 200) return json.orderNumber!;
            if (res.status < 500) throw new Error(`checkout refused ${res.status}: ${JSON.stringify(json)}`);
          } catch (err) {
            if ((err as Error).message.startsWith('checkout refused')) throw err;
          }
          retries++; // connection refused or reset while the process is down: retry with the same key
          await sleep(50);
        }
      }

      async function client() {
        while (!stop && (next < CHECKOUTS || kills < KILLS)) {
          const i = next++;
          const key = randomUUID();
          const lines = [
            { articleNumber: 'KILL-A', quantity: 1 + (i % 3) },
            ...(i % 2 ? [{ articleNumber: 'KILL-B', quantity: 1 + (i % 5) }] : []),
          ];
          expectedLines.set(key, lines);
          acked.set(key, await placeOne(key, lines));
        }
      }

      async function killer() {
        while (kills < KILLS) {
          // Kill in the middle of the traffic: after some checkouts went through since the start
          // (others are in flight then), spreading the kills over the run.
          const target = acked.size + 5 + Math.floor(Math.random() * (2 * (CHECKOUTS / KILLS) - 10));
          while (acked.size < target) await sleep(10);
          await sleep(Math.random() * 30);
          child!.kill('SIGKILL');
          await killed(child!);
          kills++;
          child = await start(env);
          if (process.env.KS_KILL_TEST_VERBOSE) console.log(`restart ${kills}: ${acked.size} acknowledged`);
        }
      }

      const clients = Array.from({ length: WORKERS }, client);
      await killer();
      await Promise.all(clients);
      stop = true;
      child.kill('SIGKILL');
      await killed(child);
      child = undefined;

      expect(kills).toBeGreaterThanOrEqual(KILLS);
      expect(acked.size).toBeGreaterThanOrEqual(CHECKOUTS);
      console.log(`kill test (${testBackend()}): ${acked.size} orders, ${kills} kills, ${retries} retries`);

      const db = pg ?? (await openPglite({ dataDir }));
      try {
        const orders = await db.query<{ key: string; order_number: string; n: number }>(
          `select o.idempotency_key as key, o.order_number, count(*) over (partition by o.idempotency_key)::int as n
             from orders o`,
        );
        // Exactly once: one order per key, the one acknowledged, and no order for a key never sent.
        expect(orders.filter((o) => o.n !== 1)).toEqual([]);
        expect(orders).toHaveLength(acked.size);
        const byKey = new Map(orders.map((o) => [o.key, o.order_number]));
        for (const [key, number] of acked) expect(byKey.get(key)).toBe(number);
        expect(new Set(orders.map((o) => o.order_number)).size).toBe(orders.length);

        // Each order has exactly its lines, and the stock is what they took.
        const lines = await db.query<{ key: string; article_number: string; quantity: number }>(
          `select o.idempotency_key as key, l.article_number, l.quantity
             from order_lines l join orders o on o.id = l.order_id order by o.idempotency_key, l.position`,
        );
        const got = new Map<string, { articleNumber: string; quantity: number }[]>();
        for (const l of lines)
          got.set(l.key, [...(got.get(l.key) ?? []), { articleNumber: l.article_number, quantity: l.quantity }]);
        for (const [key, want] of expectedLines) if (acked.has(key)) expect(got.get(key)).toEqual(want);
        for (const p of PRODUCTS) {
          const taken = lines.filter((l) => l.article_number === p.articleNumber).reduce((a, l) => a + l.quantity, 0);
          const [row] = await db.query<{ stock: number }>('select stock from products where article_number = $1', [
            p.articleNumber,
          ]);
          expect(row!.stock).toBe(p.stock - taken);
        }
        // The confirmation letter was queued with each order, once.
        const mails = await db.query<{ number: string; n: number }>(
          `select data->'params'->>'orderNumber' as number, count(*)::int as n from pgboss.job
            where name = 'mail.send' and data->>'template' = 'orders.confirmation' group by 1`,
        );
        expect(mails).toHaveLength(orders.length);
        expect(mails.every((m) => m.n === 1)).toBe(true);
      } finally {
        await db.close();
      }
    },
    // Each restart opens the database and the whole platform: seconds on an idle machine, far more on a loaded one.
    900_000,
  );
});
