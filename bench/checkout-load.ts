/**
 * The checkout load generator, run as a child process (so it does not share the server's event
 * loop): CONNECTIONS concurrent clients POST checkouts for SECONDS, each with a new
 * Idempotency-Key, as a shop's customers do. Prints one JSON line (the LoadResult of load.ts).
 *
 *   node bench/checkout-load.ts <url> <connections> <seconds> <body-json>
 */
import { randomUUID } from 'node:crypto';

const [url, connections, seconds, body] = process.argv.slice(2) as [string, string, string, string];
const until = performance.now() + Number(seconds) * 1000;
const latencies: number[] = [];
let errors = 0;
let non2xx = 0;

async function client() {
  while (performance.now() < until) {
    const t0 = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body,
      });
      await res.arrayBuffer();
      if (res.status < 200 || res.status > 299) non2xx++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: Number(connections) }, client));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(
  JSON.stringify({
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    requests: latencies.length,
    errors,
    non2xx,
  }),
);
