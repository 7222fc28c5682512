import { daysLeft, requestDeadline, stockholmDate, type Deadline, type DeadlineInput } from './rights.deadline.ts';
import type { RequestWithPauses } from './rights.repo.ts';
import { openStatuses } from './rights.types.ts';

/** A request as the queue and the person see it: the stored facts and its deadline today. */
export type RightsRequestView = RequestWithPauses & {
  deadline: Deadline;
  /** Days left until the due date, negative when overdue; null while paused or closed. */
  daysLeft: number | null;
  overdue: boolean;
  /** For a closed request: whether it was answered on or before its due date. */
  answeredInTime: boolean | null;
};

export const isOpen = (r: RequestWithPauses) => (openStatuses as readonly string[]).includes(r.status);

export const deadlineInput = (r: RequestWithPauses): DeadlineInput => ({
  receivedAt: r.receivedAt,
  pauses: r.pauses.map((p) => ({ from: p.pausedAt, to: p.resumedAt })),
  extendedAt: r.extendedAt,
});

export function viewOf(r: RequestWithPauses, now: Date): RightsRequestView {
  const deadline = requestDeadline(deadlineInput(r));
  const open = isOpen(r);
  const left = open ? daysLeft(deadline, stockholmDate(now)) : null;
  return {
    ...r,
    deadline,
    daysLeft: left,
    overdue: left !== null && left < 0,
    answeredInTime:
      !open && r.completedAt && deadline.state === 'running' ? stockholmDate(r.completedAt) <= deadline.due : null,
  };
}

/**
 * The order of the queue: open requests with a running clock by due date (the most urgent
 * first), then those waiting for the person (the longest waiting first), then closed ones (the
 * latest answered first).
 */
export function queueOrder(a: RightsRequestView, b: RightsRequestView): number {
  const rank = (v: RightsRequestView) => (!isOpen(v) ? 2 : v.deadline.state === 'paused' ? 1 : 0);
  const key = (v: RightsRequestView) =>
    rank(v) === 2
      ? -(v.completedAt?.getTime() ?? 0)
      : Date.parse(v.deadline.state === 'running' ? v.deadline.due : v.deadline.since);
  return rank(a) - rank(b) || key(a) - key(b) || a.receivedAt.getTime() - b.receivedAt.getTime();
}
