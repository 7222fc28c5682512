import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Structured logs that carry no personal data: requests are logged by route pattern,
 * never by raw URL (query strings may hold search terms or addresses), never with
 * client addresses, headers or bodies.
 */
export function createLogger(opts: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: 'kliniksupport' },
      redact: {
        paths: ['req.headers', 'headers', 'body', 'password', '*.password', 'email', '*.email', 'phone', '*.phone'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method?: string; routeOptions?: { url?: string }; id?: string }) => ({
          method: req.method,
          route: req.routeOptions?.url ?? '(unmatched)',
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
    },
    opts.destination,
  );
}
