import type { LoadResult } from './load.ts';

export type Measurement = { route: string; backend: string; server: 'platform' | 'bare fastify+SQL' } & LoadResult;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The results table; each platform row shows its throughput as a share of the bare baseline beside it. */
export function renderTable(rows: Measurement[]): string {
  const head = ['route', 'backend', 'server', 'req/s', 'p50 ms', 'p99 ms', 'vs bare', 'errors'];
  const body = rows.map((r) => {
    const bare = rows.find((b) => b.server === 'bare fastify+SQL' && b.route === r.route && b.backend === r.backend);
    const share = r.server === 'platform' && bare && bare.rps > 0 ? `${fmt((100 * r.rps) / bare.rps)} %` : '';
    return [r.route, r.backend, r.server, fmt(r.rps), fmt(r.p50, 1), fmt(r.p99, 1), share, String(r.errors + r.non2xx)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const right = new Set([3, 4, 5, 6, 7]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...body.map(line)].join('\n');
}
