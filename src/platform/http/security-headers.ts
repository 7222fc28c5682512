import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Paths whose responses carry personal data: never stored by a browser or a proxy cache. */
export const NO_STORE_PREFIXES = ['/api/staff/', '/api/customers/', '/api/privacy/'] as const;

/** The API reference (Scalar): a bundled script started by one inline script, with its own CSP. */
export const DOCS_PREFIX = '/api/docs';

const ONE_YEAR_S = 365 * 24 * 3600;

/**
 * The Content-Security-Policy of every response: only this origin's own scripts, styles, fonts
 * and connections; images also as data: URIs (the UI's icon); no plugins, no framing, forms
 * only to this origin. The browser UI (Vite build) has no inline scripts or styles. Pages that
 * set their own, stricter policy (the policy pages) keep theirs.
 */
export function contentSecurityPolicy(opts: { https: boolean }): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Only where the platform is served over https (on http://localhost it would break the UI).
    ...(opts.https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * The API reference's policy: its inline start-up script allowed by hash (never 'unsafe-inline'
 * for scripts); the styles it injects at run time need 'unsafe-inline' for styles.
 */
export function docsContentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Security headers on every response (OWASP ASVS 5.0 V3.4): CSP, HSTS (one year, subdomains),
 * X-Content-Type-Options nosniff, X-Frame-Options DENY with frame-ancestors 'none',
 * Referrer-Policy same-origin; `Cache-Control: no-store` on personal-data APIs.
 */
export async function registerSecurityHeaders(app: FastifyInstance, opts: { publicUrl?: string | undefined }) {
  const https = opts.publicUrl?.startsWith('https:') ?? false;
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy({ https }) },
    strictTransportSecurity: { maxAge: ONE_YEAR_S, includeSubDomains: true },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    xContentTypeOptions: true,
    crossOriginEmbedderPolicy: false,
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const path = req.url.split('?')[0]!;
    if (NO_STORE_PREFIXES.some((p) => path.startsWith(p))) reply.header('cache-control', 'no-store');
    if (
      (path === DOCS_PREFIX || path.startsWith(`${DOCS_PREFIX}/`)) &&
      typeof payload === 'string' &&
      String(reply.getHeader('content-type') ?? '').startsWith('text/html')
    ) {
      reply.header('content-security-policy', docsContentSecurityPolicy(payload));
    }
    return payload;
  });
}
