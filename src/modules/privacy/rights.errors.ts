import { AppError, type ErrorCode } from '#src/platform/errors/index.ts';

/**
 * Why a data subject request could not be registered or moved on: `not_found` (no such request),
 * `unknown_subject` (the contact or company named does not exist), `future_receipt` (received on
 * a day still to come), `duplicate` (the person already has an open request of that kind),
 * `closed` (completed or refused: nothing changes any more), `already_paused`, `not_paused`,
 * `awaiting_identity` (resume before completing), `overdue` (a clock past its due date cannot be
 * paused), `already_extended`, `extension_too_late` (GDPR art. 12(3): within the first month).
 */
export type RightsRequestFailure =
  | 'not_found'
  | 'unknown_subject'
  | 'future_receipt'
  | 'duplicate'
  | 'closed'
  | 'already_paused'
  | 'not_paused'
  | 'awaiting_identity'
  | 'overdue'
  | 'already_extended'
  | 'extension_too_late'
  | 'bad_scan'
  | 'bad_personnummer'
  | 'verification_done';

const codes: Record<RightsRequestFailure, ErrorCode> = {
  not_found: 'not_found',
  unknown_subject: 'validation',
  future_receipt: 'validation',
  duplicate: 'conflict',
  closed: 'conflict',
  already_paused: 'conflict',
  not_paused: 'conflict',
  awaiting_identity: 'conflict',
  overdue: 'conflict',
  already_extended: 'conflict',
  extension_too_late: 'conflict',
  bad_scan: 'validation',
  bad_personnummer: 'validation',
  verification_done: 'conflict',
};

export class RightsRequestError extends AppError {
  readonly reason: RightsRequestFailure;
  constructor(reason: RightsRequestFailure, message: string, field?: string) {
    super(codes[reason], field ? `${field}: ${message}` : message, field ? [{ field, message }] : []);
    this.name = 'RightsRequestError';
    this.reason = reason;
  }
}
