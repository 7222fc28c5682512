import { describe, expect, it } from 'vitest';
import {
  allClauses,
  coverage,
  formatCoverage,
  UnknownClauseError,
  validateEnforcementPoints,
  type ClauseId,
  type EnforcementPoint,
} from './enforcement.ts';
import { policy } from './policy.data.ts';

const points: EnforcementPoint[] = [
  {
    clause: 'retention:history_5y',
    module: 'orders',
    what: 'Retention sweep deletes order history 5 years after the transaction',
  },
  { clause: 'purpose:e.abuse_prevention', module: 'identity', what: 'Sign-in throttling' },
  { clause: 'purpose:e.abuse_prevention', module: 'identity', what: 'Lockout after failed attempts' },
];

describe('allClauses', () => {
  it('has one clause per purpose, retention rule and right, each with a title in both languages', () => {
    const ids = allClauses().map((c) => c.id);
    expect(ids).toHaveLength(policy.purposes.length + policy.retentionRules.length + policy.rights.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('purpose:6.personal_offers');
    expect(ids).toContain('retention:bfl_accounting');
    expect(ids).toContain('right:withdraw_consent');
    for (const c of allClauses()) expect(c.title.sv && c.title.en).toBeTruthy();
  });
});

describe('validateEnforcementPoints', () => {
  it('accepts points naming real clauses', () => {
    expect(() => validateEnforcementPoints(points)).not.toThrow();
  });

  it('rejects an unknown clause that slipped past the types, naming it', () => {
    const bad = [...points, { clause: 'retention:history_6y' as ClauseId, module: 'orders', what: 'typo' }];
    expect(() => validateEnforcementPoints(bad)).toThrow(UnknownClauseError);
    try {
      validateEnforcementPoints(bad);
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownClauseError);
      expect((e as UnknownClauseError).clause).toBe('retention:history_6y');
      expect((e as UnknownClauseError).module).toBe('orders');
      expect((e as Error).message).toContain("'retention:history_6y'");
    }
  });
});

describe('coverage', () => {
  it('lists every clause, with its points or none', () => {
    const rows = coverage(points);
    expect(rows.map((r) => r.clause)).toEqual(allClauses().map((c) => c.id));
    expect(rows.find((r) => r.clause === 'purpose:e.abuse_prevention')!.points).toHaveLength(2);
    expect(rows.find((r) => r.clause === 'right:access')!.points).toEqual([]);
  });

  it('validates the points it is given', () => {
    expect(() => coverage([{ clause: 'purpose:z' as ClauseId, module: 'm', what: 'w' }])).toThrow(UnknownClauseError);
  });

  it('formats for the terminal with a summary', () => {
    const out = formatCoverage(coverage(points));
    const total = allClauses().length;
    expect(out).toContain(
      'purpose:e.abuse_prevention  Preventing abuse and unauthorised access\n    identity: Sign-in throttling\n    identity: Lockout after failed attempts',
    );
    expect(out).toContain('right:access  Right of access (register extract)\n    not enforced yet');
    expect(out.trimEnd().split('\n').at(-1)).toBe(`2 of ${total} clauses enforced`);
  });
});
