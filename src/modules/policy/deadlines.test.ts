import { describe, expect, it } from 'vitest';
import { addDuration, retentionDeadline, rightsResponseDeadline } from './deadlines.ts';
import { policy, type RetentionRuleId } from './policy.data.ts';
import { periodText, retentionSentence } from './retention.words.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('retentionDeadline', () => {
  it('keeps purchase, order and usage history 5 years from the transaction date', () => {
    expect(day(retentionDeadline('history_5y', new Date('2026-03-15T10:00:00Z')))).toBe('2031-03-15');
  });

  it('ends on the last day of the month when the day does not exist (29 February)', () => {
    expect(day(retentionDeadline('history_5y', new Date('2024-02-29T00:00:00Z')))).toBe('2029-02-28');
    expect(day(addDuration(new Date('2026-08-31T00:00:00Z'), { months: 6 }))).toBe('2027-02-28');
  });

  it('keeps accounting records to the end of the seventh year after the fiscal year (Bokföringslagen 7:2)', () => {
    for (const voucher of ['2026-01-01T00:00:00Z', '2026-06-15T12:00:00Z', '2026-12-31T23:00:00Z']) {
      expect(retentionDeadline('bfl_accounting', new Date(voucher)).toISOString()).toBe('2033-12-31T23:59:59.999Z');
    }
  });

  it('keeps medical device supply records 10 years, implants 15 (MDR art. 25)', () => {
    expect(day(retentionDeadline('mdr_device_supply', new Date('2026-05-01T00:00:00Z')))).toBe('2036-05-01');
    expect(day(retentionDeadline('mdr_implantable_supply', new Date('2026-05-01T00:00:00Z')))).toBe('2041-05-01');
  });

  it('truncates IP addresses after 30 days and deletes withdrawn consents within 6 months', () => {
    expect(retentionDeadline('security_ip_30d', new Date('2026-01-20T08:30:00Z')).toISOString()).toBe(
      '2026-02-19T08:30:00.000Z',
    );
    expect(day(retentionDeadline('consent_withdrawn', new Date('2026-01-31T00:00:00Z')))).toBe('2026-07-31');
  });

  it('ends event-bound rules at the event itself', () => {
    const closed = new Date('2026-04-01T09:00:00Z');
    expect(retentionDeadline('case_until_closed', closed)).toEqual(closed);
  });

  it('has a deadline for every rule and rejects unknown rules and invalid dates', () => {
    for (const r of policy.retentionRules)
      expect(retentionDeadline(r.id, new Date('2026-01-01T00:00:00Z')).getTime()).toBeGreaterThan(0);
    expect(() => retentionDeadline('forever' as RetentionRuleId, new Date())).toThrow(/unknown retention rule/);
    expect(() => retentionDeadline('history_5y', new Date('nonsense'))).toThrow(/invalid date/);
  });
});

describe('rightsResponseDeadline (art. 12(3))', () => {
  it('is one month, or three when extended', () => {
    expect(day(rightsResponseDeadline(new Date('2026-01-31T10:00:00Z')))).toBe('2026-02-28');
    expect(day(rightsResponseDeadline(new Date('2026-01-15T10:00:00Z'), { extended: true }))).toBe('2026-04-15');
  });
});

describe('retention in words', () => {
  const rule = (id: RetentionRuleId) => policy.retentionRules.find((r) => r.id === id)!;
  it('states periods plainly in Swedish and English', () => {
    expect(periodText(policy, rule('history_5y'), 'sv')).toBe('5 år efter transaktionsdatum');
    expect(periodText(policy, rule('history_5y'), 'en')).toBe('5 years after the transaction date');
    expect(periodText(policy, rule('security_ip_30d'), 'sv')).toBe('30 dagar efter händelsen');
    expect(periodText(policy, rule('case_until_closed'), 'sv')).toBe('Tills ärendet avslutas');
    expect(periodText(policy, rule('consent_withdrawn'), 'sv')).toBe(
      'Snarast och senast 6 månader efter att samtycket återkallats',
    );
    expect(periodText(policy, rule('bfl_accounting'), 'sv')).toBe(
      'Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades',
    );
    expect(retentionSentence(policy, rule('history_5y'), 'sv')).toBe('5 år efter transaktionsdatum. Raderas därefter.');
    expect(retentionSentence(policy, rule('consent_withdrawn'), 'en')).toBe(
      'Deleted as soon as possible and at the latest 6 months after the consent is withdrawn.',
    );
  });
});
