import { policy, type PurposeId, type RetentionRuleId, type RightId } from './policy.data.ts';
import type { Localized } from './policy.types.ts';

/**
 * Clauses have enforcement points: every purpose, retention rule and right of the policy is a
 * clause, and other modules declare which clause their code enforces. The runtime check matters:
 * module declarations arrive as plain strings and must name clauses that exist.
 */

export type ClauseId = `purpose:${PurposeId}` | `retention:${RetentionRuleId}` | `right:${RightId}`;

export type Clause = { id: ClauseId; kind: 'purpose' | 'retention' | 'right'; policyRef: string; title: Localized };

export type EnforcementPoint = { clause: ClauseId; module: string; what: string };

export class UnknownClauseError extends Error {
  readonly clause: string;
  readonly module: string;
  constructor(clause: string, module: string) {
    super(`module '${module}' declares unknown policy clause '${clause}'`);
    this.name = 'UnknownClauseError';
    this.clause = clause;
    this.module = module;
  }
}

export function allClauses(): readonly Clause[] {
  return [
    ...policy.purposes.map((p) => ({
      id: `purpose:${p.id}` as const,
      kind: 'purpose' as const,
      policyRef: p.clause,
      title: p.title,
    })),
    ...policy.retentionRules.map((r) => ({
      id: `retention:${r.id}` as const,
      kind: 'retention' as const,
      policyRef: r.clause,
      title: r.title,
    })),
    ...policy.rights.map((r) => ({
      id: `right:${r.id}` as const,
      kind: 'right' as const,
      policyRef: r.policyClause ?? r.article,
      title: r.title,
    })),
  ];
}

const known = new Set<string>(allClauses().map((c) => c.id));

export function isClauseId(value: string): value is ClauseId {
  return known.has(value);
}

/** Throws UnknownClauseError for the first point whose clause the policy does not have. */
export function validateEnforcementPoints(points: readonly EnforcementPoint[]): void {
  for (const p of points) {
    if (!isClauseId(String(p.clause))) throw new UnknownClauseError(String(p.clause), String(p.module));
  }
}

export type CoverageRow = { clause: ClauseId; title: Localized; points: EnforcementPoint[] };

/** Every clause of the policy with the points that enforce it; empty points: not enforced yet. */
export function coverage(points: readonly EnforcementPoint[]): CoverageRow[] {
  validateEnforcementPoints(points);
  return allClauses().map((c) => ({ clause: c.id, title: c.title, points: points.filter((p) => p.clause === c.id) }));
}

/** For the terminal: each clause, its enforcement points indented, and a summary line. */
export function formatCoverage(rows: readonly CoverageRow[], lang: 'sv' | 'en' = 'en'): string {
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.clause}  ${row.title[lang]}`);
    if (row.points.length === 0) lines.push('    not enforced yet');
    for (const p of row.points) lines.push(`    ${p.module}: ${p.what}`);
  }
  const enforced = rows.filter((r) => r.points.length > 0).length;
  lines.push('', `${enforced} of ${rows.length} clauses enforced`);
  return lines.join('\n');
}
