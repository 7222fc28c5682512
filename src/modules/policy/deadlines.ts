import { policy, type RetentionRuleId } from './policy.data.ts';
import type { Duration, RetentionPeriod } from './policy.types.ts';

/**
 * Calendar arithmetic in UTC. Months and years land on the same day number, or on the last day
 * of the month when it has no such day (as Swedish law counts periods: lag 1930:173).
 */
export function addDuration(from: Date, d: Duration): Date {
  assertValid(from);
  const months = (d.years ?? 0) * 12 + (d.months ?? 0);
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(from.getTime());
  out.setUTCFullYear(y, m, Math.min(from.getUTCDate(), lastDay));
  out.setUTCDate(out.getUTCDate() + (d.days ?? 0));
  return out;
}

/** The end of a retention period that starts at `trigger`. */
export function periodEnd(period: RetentionPeriod, trigger: Date): Date {
  assertValid(trigger);
  if (period.toEndOfCalendarYear) {
    // "till utgången av det N:e året efter det kalenderår då …": the last instant of year + N.
    const year = trigger.getUTCFullYear() + (period.years ?? 0);
    return new Date(Date.UTC(year, 11, 31, 23, 59, 59, 999));
  }
  return addDuration(trigger, period);
}

/**
 * When a retention rule's time runs out for data whose trigger (transaction date, case closed,
 * consent withdrawn, …) was at `trigger`: the data may be kept until this instant, and the rule's
 * action (delete, truncate, anonymise) is due after it. For Bokföringslagen the trigger is the
 * end of the fiscal year; the company's fiscal year is the calendar year, so any date in 2026
 * gives 2033-12-31 (end of day).
 */
export function retentionDeadline(ruleId: RetentionRuleId, trigger: Date): Date {
  const rule = policy.retentionRules.find((r) => r.id === ruleId);
  if (!rule) throw new RangeError(`unknown retention rule '${String(ruleId)}'`);
  return periodEnd(rule.period, trigger);
}

/** GDPR art. 12(3): one month from receipt, or three when extended (the subject must be told why). */
export function rightsResponseDeadline(received: Date, opts: { extended?: boolean } = {}): Date {
  const { within, extension } = policy.responseDeadline;
  const base = addDuration(received, within);
  return opts.extended ? addDuration(base, extension) : base;
}

function assertValid(d: Date): void {
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
}
