import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `false` turns the cross-site request check off for one route: only for requests that
     * prove themselves otherwise and carry no session cookie (e.g. signed webhooks).
     */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CROSS_SITE_MESSAGE = 'Begäran kom från en annan webbplats och avvisades / Cross-site request refused';

/**
 * Whether a state-changing request comes from our own pages. The browser says so itself:
 * - `Sec-Fetch-Site` (Fetch Metadata, every current browser): only `same-origin` (or `none`,
 *   a request the user made directly) passes; `same-site` and `cross-site` do not;
 * - otherwise `Origin` (sent by browsers with every POST, PUT, PATCH and DELETE): it must be
 *   one of the trusted origins (PUBLIC_URL) or match the request's own Host;
 * - with neither header the request does not come from a browser (curl, another system), and
 *   cannot carry a browser's cookie on an attacker's behalf.
 * This is the algorithm of Go's net/http CrossOriginProtection and OWASP's CSRF cheat sheet
 * ("Fetch Metadata headers", "Verifying origin with standard headers").
 */
export function isSameOriginRequest(req: FastifyRequest, trustedOrigins: ReadonlySet<string>): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== '') return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (trustedOrigins.has(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false; // "null" or garbage: an opaque origin is never ours
  }
}

/**
 * Cross-site request forgery protection for every route (ASVS 5.0 V3.5): state-changing
 * requests (POST, PUT, PATCH, DELETE) from another site are refused with 403 before anything
 * runs; and request bodies are JSON only (Fastify's text/plain parser is removed), so no HTML
 * form, which can only send urlencoded, multipart or text/plain, ever reaches a handler, even
 * from an old browser that sends neither header. A route opts out with `config: { csrf: false }`.
 */
export function registerCsrfProtection(app: FastifyInstance, opts: { publicUrl?: string | undefined }): void {
  const trusted = new Set<string>();
  if (opts.publicUrl) trusted.add(new URL(opts.publicUrl).origin);
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (req) => {
    if (SAFE_METHODS.has(req.method)) return;
    if (req.routeOptions.config.csrf === false) return;
    if (!isSameOriginRequest(req, trusted)) throw new AppError('forbidden', CROSS_SITE_MESSAGE);
  });
}
