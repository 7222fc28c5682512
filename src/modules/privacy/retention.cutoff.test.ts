import { describe, expect, it } from 'vitest';
import { dueBounds, isDue } from './retention.cutoff.ts';
import type { RetentionRuleId } from '#src/modules/policy/index.ts';

const d = (s: string) => new Date(s);
const ms = (s: string, n: number) => new Date(d(s).getTime() + n);

describe('isDue: the policy decides, to the millisecond', () => {
  it('five years after the transaction: kept at that instant, due the next', () => {
    expect(isDue('history_5y', d('2021-03-15T10:00:00Z'), ms('2026-03-15T10:00:00Z', 1))).toBe(true);
    expect(isDue('history_5y', d('2021-03-15T10:00:00Z'), d('2026-03-15T10:00:00Z'))).toBe(false);
    expect(isDue('history_5y', ms('2021-03-15T10:00:00Z', 1), ms('2026-03-15T10:00:00Z', 1))).toBe(false);
  });

  it('a leap day: 29 February 2020 + 5 years is 28 February 2025', () => {
    expect(isDue('history_5y', d('2020-02-29T12:00:00Z'), d('2025-02-28T12:00:01Z'))).toBe(true);
    expect(isDue('history_5y', d('2020-02-28T12:00:01Z'), d('2025-02-28T12:00:01Z'))).toBe(false);
  });

  it('Bokföringslagen: a fiscal year is kept to the end of the seventh year after it', () => {
    expect(isDue('bfl_accounting', d('2026-01-01T00:00:00Z'), d('2033-12-31T23:59:59Z'))).toBe(false);
    expect(isDue('bfl_accounting', d('2026-12-31T23:00:00Z'), d('2034-01-01T00:00:00Z'))).toBe(true);
  });

  it('withdrawn consent is due at once; a case is kept until it is closed', () => {
    expect(isDue('consent_withdrawn', d('2026-06-01T00:00:00Z'), d('2026-06-01T00:00:00Z'))).toBe(true);
    expect(isDue('case_until_closed', d('2026-06-01T08:00:00Z'), d('2026-06-01T08:00:01Z'))).toBe(true);
    expect(isDue('case_until_closed', d('2026-06-01T08:00:00Z'), d('2026-06-01T08:00:00Z'))).toBe(false);
  });
});

describe('dueBounds: what an index range scan may skip', () => {
  const rules: RetentionRuleId[] = [
    'history_5y',
    'case_linked_to_purchase',
    'consent_5y',
    'security_ip_30d',
    'bfl_accounting',
    'mdr_device_supply',
    'mdr_implantable_supply',
    'case_until_closed',
    'consent_withdrawn',
  ];
  it('every anchor up to surelyDue is due and none after upper, across month ends and leap years', () => {
    const asOfs = ['2025-02-28T12:00:00Z', '2028-02-29T00:00:00Z', '2026-03-31T23:59:59Z', '2034-01-01T00:00:00Z'];
    for (const rule of rules)
      for (const asOfText of asOfs) {
        const asOf = d(asOfText);
        const { surelyDue, upper } = dueBounds(rule, asOf);
        for (let back = 0; back < 40; back++) {
          const early = new Date(surelyDue.getTime() - back * 86_400_000 - back * 3_600_000);
          expect(isDue(rule, early, asOf), `${rule} ${asOfText} ${early.toISOString()}`).toBe(true);
          const late = new Date(upper.getTime() + 1 + back * 86_400_000 + back * 3_600_000);
          expect(isDue(rule, late, asOf), `${rule} ${asOfText} ${late.toISOString()}`).toBe(false);
        }
      }
  });
});
