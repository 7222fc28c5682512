import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export type LoadResult = { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number };

/** A URL, or a request with a method, a body and headers (autocannon's -m, -b, -H). */
export type Target = string | { url: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> };

function targetArgs(t: Target): string[] {
  if (typeof t === 'string') return [t];
  const args = [t.url];
  if (t.method) args.push('-m', t.method);
  if (t.body !== undefined) args.push('-b', t.body);
  for (const [k, v] of Object.entries(t.headers ?? {})) args.push('-H', `${k}=${v}`);
  return args;
}

const AUTOCANNON = path.join(path.dirname(createRequire(import.meta.url).resolve('autocannon')), 'autocannon.js');

/**
 * Drives `url` with autocannon in a child process of its own, so the load generator does not
 * share the server's event loop (or, on this 2-core machine, its core).
 */
export function runLoad(url: Target, opts: { connections: number; seconds: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [AUTOCANNON, '--json', '-c', String(opts.connections), '-d', String(opts.seconds), ...targetArgs(url)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1);
      if (code !== 0 || !line) return reject(new Error(`autocannon exited with ${code}: ${err.trim()}`));
      const r = JSON.parse(line) as {
        requests: { average: number; total: number };
        latency: { p50: number; p99: number };
        errors: number;
        timeouts: number;
        non2xx: number;
      };
      resolve({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
    });
  });
}

/**
 * Measures two servers on the same route in alternating rounds (A B A B …, each after a
 * warm-up), so a slow drift of the machine (other processes, a checkpoint) falls on both
 * alike. Throughput adds up over the rounds; p50 is the mean of the rounds', p99 the worst.
 */
export async function alternate(
  urls: readonly [Target, Target],
  opts: { connections: number; seconds: number; warmup: number; rounds: number },
): Promise<[LoadResult, LoadResult]> {
  const runs: [LoadResult[], LoadResult[]] = [[], []];
  for (const url of urls) await runLoad(url, { connections: opts.connections, seconds: opts.warmup });
  const seconds = Math.max(1, Math.round(opts.seconds / opts.rounds));
  for (let r = 0; r < opts.rounds; r++) {
    for (const i of [0, 1] as const) runs[i].push(await runLoad(urls[i], { connections: opts.connections, seconds }));
  }
  const merge = (rs: LoadResult[]): LoadResult => ({
    rps: rs.reduce((s, x) => s + x.rps, 0) / rs.length,
    p50: rs.reduce((s, x) => s + x.p50, 0) / rs.length,
    p99: Math.max(...rs.map((x) => x.p99)),
    requests: rs.reduce((s, x) => s + x.requests, 0),
    errors: rs.reduce((s, x) => s + x.errors, 0),
    non2xx: rs.reduce((s, x) => s + x.non2xx, 0),
  });
  return [merge(runs[0]), merge(runs[1])];
}
