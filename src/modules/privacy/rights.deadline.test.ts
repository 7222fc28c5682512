import { describe, expect, it } from 'vitest';
import {
  assertExtensionAllowed,
  assertPauseAllowed,
  daysLeft,
  extensionDeadline,
  requestDeadline,
  stockholmDate,
  type DeadlineInput,
} from './rights.deadline.ts';
import { RightsRequestError } from './rights.errors.ts';

const at = (s: string) => new Date(s.length === 10 ? `${s}T10:00:00Z` : s);
const due = (input: DeadlineInput) => {
  const d = requestDeadline(input);
  if (d.state !== 'running') throw new Error(`paused since ${d.since}`);
  return d.due;
};
const received = (day: string, more: Partial<DeadlineInput> = {}): DeadlineInput => ({
  receivedAt: at(day),
  pauses: [],
  ...more,
});
const refusal = (f: () => void) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RightsRequestError);
    return e as RightsRequestError;
  }
  throw new Error('not refused');
};

describe('the response deadline of a data subject request (GDPR art. 12(3))', () => {
  it('is one calendar month after receipt, on the last day of a shorter month', () => {
    expect(due(received('2026-01-31'))).toBe('2026-02-28');
    expect(due(received('2026-04-30'))).toBe('2026-05-30');
    expect(due(received('2026-01-15'))).toBe('2026-02-15');
    expect(due(received('2026-12-20'))).toBe('2027-01-20');
  });

  it('counts leap years: 31 January + 1 month is 29 February in a leap year; 29 February + 1 month is 29 March', () => {
    expect(due(received('2028-01-31'))).toBe('2028-02-29');
    expect(due(received('2024-01-30'))).toBe('2024-02-29');
    expect(due(received('2024-02-29'))).toBe('2024-03-29');
  });

  it('counts from the day of receipt in Sweden, not in UTC', () => {
    // 22:30 UTC on 31 March is 00:30 on 1 April in Stockholm (summer time).
    expect(stockholmDate(at('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(due(received('2026-03-31T22:30:00Z'))).toBe('2026-05-01');
  });

  it('moves by the days the clock stood still: a pause of 10 days moves the due date 10 days', () => {
    const pauses = [{ from: at('2026-03-05'), to: at('2026-03-15') }];
    expect(due(received('2026-03-02', { pauses }))).toBe('2026-04-12');
    expect(requestDeadline(received('2026-03-02', { pauses }))).toMatchObject({ pausedDays: 10, extended: false });
  });

  it('adds up two pauses, and a pause ended the same day stops the clock for no day', () => {
    const pauses = [
      { from: at('2026-01-20'), to: at('2026-01-23') },
      { from: at('2026-02-01'), to: at('2026-02-06') },
    ];
    expect(due(received('2026-01-15', { pauses }))).toBe('2026-02-23');
    const sameDay = [{ from: at('2026-01-20T08:00:00Z'), to: at('2026-01-20T15:00:00Z') }];
    expect(due(received('2026-01-15', { pauses: sameDay }))).toBe('2026-02-15');
  });

  it('has no due date while a pause is open: it is paused, with the days that were left', () => {
    const input = received('2026-01-15', {
      pauses: [
        { from: at('2026-01-20'), to: at('2026-01-23') },
        { from: at('2026-02-10'), to: null },
      ],
    });
    const d = requestDeadline(input);
    expect(d).toEqual({ state: 'paused', since: '2026-02-10', daysLeft: 8, extended: false, pausedDays: 3 });
    expect(daysLeft(d, '2026-03-01')).toBeNull();
  });

  it('is two months later when extended, from the un-extended due date; pauses still move it', () => {
    expect(due(received('2026-01-15', { extendedAt: at('2026-02-01') }))).toBe('2026-04-15');
    // 31 January: due 28 February, extended to 28 April (two months from the un-extended due date).
    expect(due(received('2026-01-31', { extendedAt: at('2026-02-10') }))).toBe('2026-04-28');
    const pauses = [{ from: at('2026-01-20'), to: at('2026-01-30') }];
    expect(due(received('2026-01-15', { pauses, extendedAt: at('2026-02-20') }))).toBe('2026-04-25');
  });

  it('allows an extension within the first month, up to and on the (pause-adjusted) due date', () => {
    expect(() => assertExtensionAllowed(received('2026-01-15'), at('2026-02-15T21:00:00Z'))).not.toThrow();
    // After a 10-day pause the first month ends on 25 February.
    const paused = received('2026-01-15', { pauses: [{ from: at('2026-01-20'), to: at('2026-01-30') }] });
    expect(extensionDeadline(paused, at('2026-02-20'))).toBe('2026-02-25');
    expect(() => assertExtensionAllowed(paused, at('2026-02-25'))).not.toThrow();
  });

  it('refuses an extension decided after the first month, with a typed error naming the last day', () => {
    const late = refusal(() => assertExtensionAllowed(received('2026-01-15'), at('2026-02-16')));
    expect(late.reason).toBe('extension_too_late');
    expect(late.code).toBe('conflict');
    expect(late.message).toContain('2026-02-15');
    // 23:30 UTC on 15 February is already 16 February in Stockholm.
    expect(refusal(() => assertExtensionAllowed(received('2026-01-15'), at('2026-02-15T23:30:00Z'))).reason).toBe(
      'extension_too_late',
    );
    const twice = refusal(() =>
      assertExtensionAllowed(received('2026-01-15', { extendedAt: at('2026-01-20') }), at('2026-01-21')),
    );
    expect(twice.reason).toBe('already_extended');
  });

  it('counts an open pause as ended today when deciding an extension: the month does not run while waiting', () => {
    const input = received('2026-01-15', { pauses: [{ from: at('2026-02-10'), to: null }] });
    expect(extensionDeadline(input, at('2026-03-01'))).toBe('2026-03-06');
    expect(() => assertExtensionAllowed(input, at('2026-03-01'))).not.toThrow();
  });

  it('refuses a second open pause, and a pause once the request is overdue', () => {
    expect(() => assertPauseAllowed(received('2026-01-15'), at('2026-02-15'))).not.toThrow();
    expect(refusal(() => assertPauseAllowed(received('2026-01-15'), at('2026-02-16'))).reason).toBe('overdue');
    const open = received('2026-01-15', { pauses: [{ from: at('2026-01-20'), to: null }] });
    expect(refusal(() => assertPauseAllowed(open, at('2026-01-21'))).reason).toBe('already_paused');
  });

  it('says how many days are left, negative when overdue', () => {
    const d = requestDeadline(received('2026-01-15'));
    expect(daysLeft(d, '2026-02-08')).toBe(7);
    expect(daysLeft(d, '2026-02-15')).toBe(0);
    expect(daysLeft(d, '2026-02-17')).toBe(-2);
  });

  it('rejects pauses that overlap, end before they start, start before receipt, or leave two open', () => {
    const bad: DeadlineInput['pauses'][] = [
      [
        { from: at('2026-01-20'), to: at('2026-01-25') },
        { from: at('2026-01-22'), to: at('2026-01-28') },
      ],
      [{ from: at('2026-01-20'), to: at('2026-01-19') }],
      [{ from: at('2026-01-10'), to: at('2026-01-19') }],
      [
        { from: at('2026-01-20'), to: null },
        { from: at('2026-01-22'), to: null },
      ],
    ];
    for (const pauses of bad) expect(() => requestDeadline(received('2026-01-15', { pauses }))).toThrow(RangeError);
    expect(() => requestDeadline({ receivedAt: new Date('nonsense'), pauses: [] })).toThrow(/invalid date/);
  });
});
