import { policy, retentionDeadline, type RetentionRuleId } from '#src/modules/policy/index.ts';

type RuleOf = (typeof policy.retentionRules)[number];

export function ruleOf(id: RetentionRuleId): RuleOf {
  const rule = policy.retentionRules.find((r) => r.id === id);
  if (!rule) throw new RangeError(`unknown retention rule '${String(id)}'`);
  return rule;
}

const DAY = 86_400_000;

/**
 * Whether data triggered at `anchor` is due under the rule at `asOf`. The policy's own deadline
 * arithmetic decides (`retentionDeadline`: calendar months and years, Bokföringslagen's "end of
 * the year"). A rule timed "as soon as possible" (withdrawn consent) is due at once: its period is
 * only the outer limit.
 */
export function isDue(id: RetentionRuleId, anchor: Date, asOf: Date): boolean {
  if (ruleOf(id).timing === 'asap') return anchor.getTime() <= asOf.getTime();
  // The deadline is the last instant the data may be kept; the action is due after it.
  return retentionDeadline(id, anchor).getTime() < asOf.getTime();
}

/**
 * Bounds on the anchors that are due at `asOf`, for index range scans: every anchor at or before
 * `surelyDue` is due, none after `upper` is. Between them (a few days at month ends and leap days,
 * where calendar arithmetic is not monotone: 29 February + 5 years is 28 February) each row is
 * checked with `isDue`.
 */
export function dueBounds(id: RetentionRuleId, asOf: Date): { surelyDue: Date; upper: Date } {
  const rule = ruleOf(id);
  if (rule.timing === 'asap') return { surelyDue: asOf, upper: asOf };
  const p = rule.period as { years?: number; months?: number; days?: number };
  const [y, m, d] = [p.years ?? 0, p.months ?? 0, p.days ?? 0];
  // A deadline lies between t + (365y + 28m + d − 1) days and t + (366y + 31m + d) days, plus a
  // year for "to the end of the calendar year"; a day's margin on the far side.
  const toYearEnd = (rule.period as { toEndOfCalendarYear?: boolean }).toEndOfCalendarYear ? 366 : 0;
  const shortest = (365 * y + 28 * m + d - 1) * DAY;
  const longest = (366 * y + 31 * m + d + toYearEnd + 1) * DAY;
  return { surelyDue: new Date(asOf.getTime() - longest), upper: new Date(asOf.getTime() - shortest) };
}
