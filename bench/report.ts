import type { LoadResult } from './load.ts';

/** `baseline`: the row the platform rows of the same route and backend are compared with. */
export type Measurement = { route: string; backend: string; server: string; baseline?: boolean } & LoadResult;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The results table; each platform row shows its throughput as a share of the bare baseline beside it. */
export function renderTable(rows: Measurement[]): string {
  const head = ['route', 'backend', 'server', 'req/s', 'p50 ms', 'p99 ms', 'vs baseline', 'errors'];
  const body = rows.map((r) => {
    const base = rows.find((b) => b.baseline && b.route === r.route && b.backend === r.backend);
    const share = !r.baseline && base && base.rps > 0 ? `${fmt((100 * r.rps) / base.rps)} %` : '';
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
