import { api } from '../api.ts';

/**
 * The retention engine's back-office API (src/modules/privacy/retention.routes.ts), mirrored here
 * (the UI bundle does not import server code), and the pure parts of the page: the chart's scale
 * and stacks, and the plan date.
 */
export type Bilingual = { sv: string; en: string };
export type MonthCount = { month: string; rows: number; byRule: Record<string, number> };
export type Overview = { rules: { id: string; title: Bilingual }[]; coming: MonthCount[]; past: MonthCount[] };
export type PlanEntry = {
  target: string;
  module: string;
  table: string;
  rule: string;
  ruleTitle: Bilingual;
  action: 'delete' | 'minimize';
  what: Bilingual;
  due: number;
  held: Record<string, number>;
  earliest: string | null;
  latest: string | null;
};
export type Plan = { asOf: string; policyVersion: string; entries: PlanEntry[] };
export type RunSummary = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  asOf: string;
  trigger: string;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  policyVersion: string;
  rules: {
    target: string;
    rule: string;
    action: string;
    rows: number;
    related: Record<string, number>;
    files: number;
    batches: number;
    earliest: string;
    latest: string;
  }[];
};
export type HoldReason = 'dispute' | 'collection' | 'authority';
export type SubjectType = 'company' | 'contact';
export type LegalHold = {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  reason: HoldReason;
  placedAt: string;
  releasedAt: string | null;
};

export const getOverview = (signal?: AbortSignal) =>
  api<Overview>('GET', '/api/privacy/retention/overview?months=12', undefined, signal);
/** The plan now (no date) or at the start of `date` (YYYY-MM-DD, UTC), as the CLI's --as-of. */
export const getPlan = (date: string | null, signal?: AbortSignal) =>
  api<Plan>(
    'GET',
    `/api/privacy/retention/plan${date === null ? '' : `?asOf=${encodeURIComponent(`${date}T00:00:00.000Z`)}`}`,
    undefined,
    signal,
  );
export const getRuns = (signal?: AbortSignal) =>
  api<{ items: RunSummary[] }>('GET', '/api/privacy/retention/runs?limit=20', undefined, signal);
export const sweepNow = () => api<{ queued: boolean }>('POST', '/api/privacy/retention/runs');
export const getHolds = (signal?: AbortSignal) =>
  api<{ items: LegalHold[] }>('GET', '/api/privacy/legal-holds', undefined, signal);
export const placeHold = (body: { subjectType: SubjectType; subjectId: string; reason: HoldReason }) =>
  api<LegalHold>('POST', '/api/privacy/legal-holds', body);
export const releaseHold = (id: string) =>
  api<{ released: true }>('POST', `/api/privacy/legal-holds/${encodeURIComponent(id)}/release`);

/** Who sees what on the page (the server checks it again): RETENTION_READERS, LEGAL_HOLD_EDITORS. */
export const seesRetention = (roles: string[]) => roles.includes('privacy_officer');
export const seesLegalHolds = (roles: string[]) => roles.some((r) => r === 'privacy_officer' || r === 'finance');

/**
 * Bar colours, each at least 3:1 against white (WCAG 1.4.11); neighbours differ in lightness or
 * hue family (no red beside green), and segments are split by a white line.
 */
export const PALETTE = ['#0e4f5c', '#b5472b', '#5b4a9e', '#7a6200', '#1f6fb2', '#a3165f', '#2f6f3a', '#5c5c5c'];

/** The axis top: 1, 2 or 5 × 10ⁿ at or above `max` (1 for an empty chart). */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max) ?? 10 * p;
}

/** The rules to draw, in the overview's order, plus any rule only the data names (an old rule). */
export function chartRules(overview: Overview): { id: string; title: Bilingual }[] {
  const rules = [...overview.rules];
  for (const m of [...overview.coming, ...overview.past])
    for (const id of Object.keys(m.byRule))
      if (!rules.some((r) => r.id === id)) rules.push({ id, title: { sv: id, en: id } });
  return rules;
}

export type Segment = { rule: string; n: number; from: number; to: number };

/** Each month's bar as stacked segments (rows from `from` to `to`), in the rules' order, no empty ones. */
export function stacks(months: MonthCount[], ruleIds: string[]): Segment[][] {
  return months.map((m) => {
    let at = 0;
    return ruleIds.flatMap((rule) => {
      const n = m.byRule[rule] ?? 0;
      if (n <= 0) return [];
      at += n;
      return [{ rule, n, from: at - n, to: at }];
    });
  });
}
