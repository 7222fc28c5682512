import { describe, expect, it } from 'vitest';
import { appModules } from '#src/app/index.ts';
import { systemClock } from '#src/platform/clock/index.ts';
import { allClauses, coverage, validateEnforcementPoints, UnknownClauseError } from '#src/modules/policy/index.ts';

const points = () =>
  appModules({ db: undefined as never, clock: systemClock }).flatMap((m) =>
    (m.enforces ?? []).map((e) => ({ ...e, module: m.name })),
  ) as Parameters<typeof validateEnforcementPoints>[0];

describe('enforcement registrations of every module', () => {
  it('name only clauses that exist in the policy', () => {
    expect(() => validateEnforcementPoints(points())).not.toThrow();
    expect(points().length).toBeGreaterThan(0);
  });
  it('a registration naming a clause that does not exist is refused', () => {
    const bad = [...points(), { clause: 'purpose:h.telepathy', module: 'x', what: 'y' }] as never;
    expect(() => validateEnforcementPoints(bad)).toThrow(UnknownClauseError);
  });
  it('coverage lists every clause of the policy once', () => {
    const rows = coverage(points());
    expect(rows.map((r) => r.clause).sort()).toEqual(
      allClauses()
        .map((c) => c.id)
        .sort(),
    );
  });
});
