import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '#src/platform/errors/index.ts';
import type { Throttle, ThrottleKey } from './throttle.ts';

/** The key of an attempt, without the client address (taken from the request). */
export type AttemptKey = Omit<ThrottleKey, 'ip'>;

export type AttemptOptions = {
  /**
   * `failures` (sign-in, reset codes): only failed attempts count, and a success clears the
   * account+address counter. `every_attempt` (registration, public forms): every submission
   * counts, whatever its outcome.
   */
  counts?: 'failures' | 'every_attempt';
  /** Which errors are failed attempts; default: `unauthenticated` (wrong e-mail or password). */
  isFailure?: (err: unknown) => boolean;
};

const isWrongCredentials = (err: unknown) => err instanceof AppError && err.code === 'unauthenticated';

function waitText(ms: number): { sv: string; en: string } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60)
    return {
      sv: `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`,
      en: `${seconds} second${seconds === 1 ? '' : 's'}`,
    };
  const minutes = Math.ceil(seconds / 60);
  return {
    sv: `${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`,
    en: `${minutes} minute${minutes === 1 ? '' : 's'}`,
  };
}

/**
 * The throttle for Fastify routes. The client address is `request.ip` (behind a proxy, set
 * TRUST_PROXY so it is the client's, not the proxy's). A refused attempt is answered 429 with
 * `Retry-After` (seconds) and the same body whether the account exists or not.
 *
 *     const attempts = throttledAttempts(throttle);
 *     app.post('/api/customers/session', async (req, reply) =>
 *       attempts.attempt(req, reply, { action: 'customer_sign_in', account: req.body.email }, () =>
 *         customers.signIn(req.body.email, req.body.password),
 *       ),
 *     );
 */
export function throttledAttempts(throttle: Throttle) {
  const keyOf = (req: FastifyRequest, key: AttemptKey): ThrottleKey => ({ ...key, ip: req.ip });

  /** Refuses (429 + Retry-After) while the key is blocked. */
  async function guard(req: FastifyRequest, reply: FastifyReply, key: AttemptKey): Promise<void> {
    const verdict = await throttle.check(keyOf(req, key));
    if (verdict.allowed) return;
    reply.header('retry-after', String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))));
    const wait = waitText(verdict.retryAfterMs);
    throw new AppError(
      'too_many_requests',
      `För många försök. Försök igen om ${wait.sv}. / Too many attempts. Try again in ${wait.en}.`,
    );
  }

  return {
    guard,
    fail: (req: FastifyRequest, key: AttemptKey) => throttle.fail(keyOf(req, key)),
    succeed: (req: FastifyRequest, key: AttemptKey) => throttle.succeed(keyOf(req, key)),

    /** Runs `fn` unless the key is blocked, and counts its outcome. */
    async attempt<T>(
      req: FastifyRequest,
      reply: FastifyReply,
      key: AttemptKey,
      fn: () => Promise<T>,
      opts: AttemptOptions = {},
    ): Promise<T> {
      const counts = opts.counts ?? 'failures';
      const isFailure = opts.isFailure ?? isWrongCredentials;
      await guard(req, reply, key);
      let result: T;
      try {
        result = await fn();
      } catch (err) {
        if (counts === 'every_attempt' || isFailure(err)) await throttle.fail(keyOf(req, key));
        throw err;
      }
      if (counts === 'every_attempt') await throttle.fail(keyOf(req, key));
      else await throttle.succeed(keyOf(req, key));
      return result;
    },
  };
}

export type ThrottledAttempts = ReturnType<typeof throttledAttempts>;
