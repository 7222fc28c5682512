import { rightsResponseDeadline } from '#src/modules/policy/index.ts';
import { RightsRequestError } from './rights.errors.ts';

/**
 * The response deadline of a data subject request (GDPR art. 12(3)), pure arithmetic on calendar
 * days in Swedish time. A request is due one calendar month after the day it was received
 * (`addDuration`: 31 January + 1 month = 28/29 February), three when extended (the extension's two
 * months are added to the un-extended due date, as `rightsResponseDeadline` does). While the
 * controller waits for the person's identity or supplementary information the clock stands
 * still: every paused day moves the due date one day, extended or not. The paused days are added
 * last, so a pause of ten days always moves the due date by exactly ten days. A pause opened on
 * one day and ended on the same day stops the clock for no day.
 */

/** A calendar date in Swedish time, `YYYY-MM-DD`. */
export type IsoDate = string;

/** One stop of the clock: `to` is null while the controller still waits. */
export type PauseSpan = { from: Date; to: Date | null };

export type DeadlineInput = {
  receivedAt: Date;
  pauses: readonly PauseSpan[];
  /** When the extension was decided (and the person told why); null: not extended. */
  extendedAt?: Date | null;
};

/**
 * `running`: due on `due` (the last day on which the answer is in time). `paused`: the clock stands
 * still since `since`; the due date is not known until it runs again, `daysLeft` is what remained
 * when it stopped.
 */
export type Deadline =
  | { state: 'running'; due: IsoDate; extended: boolean; pausedDays: number }
  | { state: 'paused'; since: IsoDate; daysLeft: number; extended: boolean; pausedDays: number };

const DAY_MS = 86_400_000;
const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The calendar date of an instant in Sweden. */
export const stockholmDate = (at: Date): IsoDate => stockholm.format(at);

const utcMidnight = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const dateOf = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export const addDays = (d: IsoDate, days: number): IsoDate =>
  dateOf(new Date(utcMidnight(d).getTime() + days * DAY_MS));

/** Whole days from one date to another (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS);

/** The pauses in order; throws for a pause before receipt, one that ends before it starts, overlaps, or two open. */
function orderedPauses(input: DeadlineInput): PauseSpan[] {
  const pauses = [...input.pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  let previousEnd = input.receivedAt.getTime();
  pauses.forEach((p, i) => {
    if (Number.isNaN(p.from.getTime()) || (p.to && Number.isNaN(p.to.getTime()))) throw new RangeError('invalid date');
    if (p.from.getTime() < previousEnd) throw new RangeError('pauses overlap or start before the request was received');
    if (p.to === null && i < pauses.length - 1) throw new RangeError('only the last pause can be open');
    if (p.to && p.to.getTime() < p.from.getTime()) throw new RangeError('a pause ends before it starts');
    previousEnd = p.to?.getTime() ?? Infinity;
  });
  return pauses;
}

/** The days the clock stood still in closed pauses, and the open pause, if any. */
function pausesOf(input: DeadlineInput, openUntil?: Date): { days: number; open: PauseSpan | null } {
  let days = 0;
  let open: PauseSpan | null = null;
  for (const p of orderedPauses(input)) {
    const to = p.to ?? openUntil;
    if (to) days += daysBetween(stockholmDate(p.from), stockholmDate(to));
    else open = p;
  }
  return { days, open };
}

/** Receipt + one month (+ two when extended), by the policy's `responseDeadline`. */
function calendarDue(received: Date, extended: boolean): IsoDate {
  if (Number.isNaN(received.getTime())) throw new RangeError('invalid date');
  return dateOf(rightsResponseDeadline(utcMidnight(stockholmDate(received)), { extended }));
}

/** The request's deadline from its receipt, its pauses and its extension. */
export function requestDeadline(input: DeadlineInput): Deadline {
  const extended = Boolean(input.extendedAt);
  const { days, open } = pausesOf(input);
  const due = addDays(calendarDue(input.receivedAt, extended), days);
  if (!open) return { state: 'running', due, extended, pausedDays: days };
  const since = stockholmDate(open.from);
  return { state: 'paused', since, daysLeft: daysBetween(since, due), extended, pausedDays: days };
}

/**
 * The last day an extension may be decided: the un-extended due date, with a pause still open
 * counted as if it ended `at` (the month is still running out while nobody waits).
 */
export function extensionDeadline(input: DeadlineInput, at: Date): IsoDate {
  const { days } = pausesOf(input, at);
  return addDays(calendarDue(input.receivedAt, false), days);
}

/**
 * Refuses an extension decided `at` unless it falls within the first month (on or before the
 * un-extended, pause-adjusted due date), and a second extension.
 */
export function assertExtensionAllowed(input: DeadlineInput, at: Date): void {
  if (input.extendedAt)
    throw new RightsRequestError('already_extended', 'Begäran är redan förlängd / Already extended');
  const last = extensionDeadline(input, at);
  if (stockholmDate(at) > last) {
    throw new RightsRequestError(
      'extension_too_late',
      `En förlängning måste beslutas och meddelas inom den första månaden, senast ${last} / An extension must be decided and the person told within the first month, by ${last} (GDPR art. 12(3))`,
    );
  }
}

/**
 * Refuses a pause while one is open, or once the request is overdue: a pause stops a running
 * clock, it cannot take back days already past the due date.
 */
export function assertPauseAllowed(input: DeadlineInput, at: Date): void {
  const d = requestDeadline(input);
  if (d.state === 'paused') throw new RightsRequestError('already_paused', 'Begäran väntar redan / Already paused');
  if (stockholmDate(at) > d.due) {
    throw new RightsRequestError(
      'overdue',
      `Begäran skulle ha besvarats senast ${d.due}; klockan kan inte stoppas i efterhand / The request was due on ${d.due}; the clock cannot be stopped afterwards`,
    );
  }
}

/** Days left until the due date (negative: overdue by that many days); null while paused. */
export function daysLeft(deadline: Deadline, today: IsoDate): number | null {
  return deadline.state === 'running' ? daysBetween(today, deadline.due) : null;
}
