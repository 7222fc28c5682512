import { describe, expect, it } from 'vitest';
import { chartRules, niceMax, stacks, type MonthCount, type Overview } from '../../web/src/admin/retention.ts';
import { retentionTexts } from '../../web/src/admin/RetentionTexts.ts';

// The retention page's pure logic, run in Node (no browser needed).

describe('the retention chart', () => {
  it('tops its axis at 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 5, 7, 46, 100, 101, 2400].map(niceMax)).toEqual([1, 1, 5, 5, 10, 50, 100, 200, 5000]);
  });

  it('stacks each month by rule in the legend’s order, leaving out empty segments', () => {
    const months: MonthCount[] = [
      { month: '2027-01', rows: 4, byRule: { security_ip_30d: 1, history_5y: 3 } },
      { month: '2027-02', rows: 0, byRule: {} },
    ];
    expect(stacks(months, ['bfl_accounting', 'history_5y', 'security_ip_30d'])).toEqual([
      [
        { rule: 'history_5y', n: 3, from: 0, to: 3 },
        { rule: 'security_ip_30d', n: 1, from: 3, to: 4 },
      ],
      [],
    ]);
  });

  it('draws a rule only the history names (no longer a target) under its id', () => {
    const overview: Overview = {
      rules: [{ id: 'history_5y', title: { sv: 'Historik', en: 'History' } }],
      coming: [{ month: '2027-01', rows: 1, byRule: { history_5y: 1 } }],
      past: [{ month: '2026-01', rows: 2, byRule: { old_rule: 2 } }],
    };
    expect(chartRules(overview).map((r) => r.id)).toEqual(['history_5y', 'old_rule']);
  });
});

describe('the retention texts', () => {
  it('have the same keys in Swedish and English, and Swedish reasons for a legal hold', () => {
    expect(Object.keys(retentionTexts.en).sort()).toEqual(Object.keys(retentionTexts.sv).sort());
    expect(retentionTexts.sv.reasons).toEqual({ dispute: 'Tvist', collection: 'Indrivning', authority: 'Myndighet' });
  });
});
