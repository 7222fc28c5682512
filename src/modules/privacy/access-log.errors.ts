import { AppError, type ErrorCode } from '#src/platform/errors/index.ts';
import type { Problem } from './access-log.types.ts';

/**
 * Why the access log refused: `tampered` (a checkpoint would sign a broken chain), `key` (the
 * signing key in the audit folder is missing, unreadable or does not match its public half),
 * `isolation` (append called inside a transaction that is not READ COMMITTED), `conflict` (an
 * append raced a writer that bypassed the log's lock).
 */
export type AccessLogFailure = 'tampered' | 'key' | 'isolation' | 'conflict';

const codes: Record<AccessLogFailure, ErrorCode> = {
  tampered: 'conflict',
  key: 'unavailable',
  isolation: 'unavailable',
  conflict: 'conflict',
};

export class AccessLogError extends AppError {
  readonly reason: AccessLogFailure;
  readonly problem: Problem | undefined;
  constructor(reason: AccessLogFailure, message: string, problem?: Problem) {
    super(codes[reason], message);
    this.name = 'AccessLogError';
    this.reason = reason;
    this.problem = problem;
  }
}
