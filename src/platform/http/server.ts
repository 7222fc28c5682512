import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import swagger from '@fastify/swagger';
import apiReference from '@scalar/fastify-api-reference';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { errorHandler } from './errors.ts';
import { assertStrictSchemas } from './strict.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerCsrfProtection } from './csrf.ts';
import type { Logger } from '../logging/index.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type ShellOptions = {
  log: Logger;
  /** Answers the readiness probe: resolves when the app can serve (database reachable). */
  ready: () => Promise<boolean>;
  version: string;
  /** PUBLIC_URL: the origin trusted for state-changing requests; https turns on upgrade-insecure-requests. */
  publicUrl?: string;
  /** TRUST_PROXY: whose X-Forwarded-For to believe for `request.ip` (Fastify's `trustProxy`). Default: nobody. */
  trustProxy?: boolean | number | string[];
};

/** Fastify's trustProxy; a number is how many proxies in front to believe (its types take that as a function). */
const trustProxyOf = (t: ShellOptions['trustProxy']) =>
  typeof t === 'number' ? (_addr: string, hop: number) => hop < t : (t ?? false);

/**
 * The HTTP shell every module registers on: zod validation with unknown properties
 * rejected, the OpenAPI document, one error handler, request ids, health endpoints.
 */
export async function createShell(opts: ShellOptions): Promise<App & { markShuttingDown(): void }> {
  let shuttingDown = false;
  const app = fastify({
    loggerInstance: opts.log as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    trustProxy: trustProxyOf(opts.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onRoute', assertStrictSchemas);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // While shutting down, close each connection after its response so close() can finish.
    if (shuttingDown) reply.header('connection', 'close');
  });

  // CSP, HSTS, nosniff, framing, referrer, no-store (security-headers.ts); CSRF (csrf.ts).
  await registerSecurityHeaders(app, { publicUrl: opts.publicUrl });
  registerCsrfProtection(app, { publicUrl: opts.publicUrl });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kliniksupport API',
        description: 'The customer platform of Kliniksupport Sverige AB.',
        version: opts.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(apiReference, {
    routePrefix: '/api/docs',
    configuration: { url: '/api/openapi.json', withDefaultFonts: false },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/health/live', { schema: { tags: ['health'] } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { tags: ['health'] } }, async (_req, reply) => {
    const ok = !shuttingDown && (await opts.ready().catch(() => false));
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : shuttingDown ? 'shutting down' : 'not ready' });
  });

  return Object.assign(app, {
    markShuttingDown() {
      shuttingDown = true;
    },
  });
}
