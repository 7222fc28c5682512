import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createShell } from './index.ts';
import { createLogger } from '../logging/index.ts';
import { NO_STORE_PREFIXES } from './security-headers.ts';

const shell = (publicUrl = 'http://localhost:3000') =>
  createShell({ log: createLogger({ level: 'silent' }), ready: async () => true, version: 'test', publicUrl });

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

/** A CSP header as directive → sources. */
const csp = (header: unknown): Record<string, string[]> =>
  Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('security headers', () => {
  it('sends CSP (self only, no framing), HSTS of a year with subdomains, nosniff, X-Frame-Options DENY and Referrer-Policy same-origin', async () => {
    const app = await shell();
    close = () => app.close();
    const res = await app.inject({ url: '/health/live' });
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
    expect(policy['upgrade-insecure-requests']).toBeUndefined(); // plain http: it would break the UI
    const hsts = String(res.headers['strict-transport-security']);
    expect(Number(/max-age=(\d+)/.exec(hsts)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('asks browsers to upgrade insecure requests when the platform is served over https', async () => {
    const app = await shell('https://kliniksupport.example');
    close = () => app.close();
    const res = await app.inject({ url: '/health/live' });
    expect(csp(res.headers['content-security-policy'])['upgrade-insecure-requests']).toEqual([]);
  });

  it('gives the API reference its own CSP: its inline start-up script by hash, never unsafe-inline scripts', async () => {
    const app = await shell();
    close = () => app.close();
    const res = await app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    const inline = [...res.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    const policy = csp(res.headers['content-security-policy']);
    for (const s of inline) {
      expect(policy['script-src']).toContain(`'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    }
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    // Only there: every other page keeps the strict policy.
    const other = csp((await app.inject({ url: '/api/openapi.json' })).headers['content-security-policy']);
    expect(other['script-src']).toEqual(["'self'"]);
  });

  it('a route that sets its own CSP keeps it', async () => {
    const app = await shell();
    close = () => app.close();
    app.get('/own', async (_req, reply) =>
      reply.header('content-security-policy', "default-src 'none'; style-src 'sha256-abc'").send('x'),
    );
    const res = await app.inject({ url: '/own' });
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; style-src 'sha256-abc'");
  });

  it('marks responses of the personal-data APIs Cache-Control: no-store, errors included', async () => {
    const app = await shell();
    close = () => app.close();
    for (const prefix of NO_STORE_PREFIXES) app.get(`${prefix}thing`, async () => ({ personal: true }));
    app.get('/api/catalog/thing', async () => ({ personal: false }));
    for (const prefix of NO_STORE_PREFIXES) {
      expect((await app.inject({ url: `${prefix}thing` })).headers['cache-control'], prefix).toBe('no-store');
      expect((await app.inject({ url: `${prefix}nothing` })).headers['cache-control'], prefix).toBe('no-store');
    }
    expect((await app.inject({ url: '/api/catalog/thing' })).headers['cache-control']).toBeUndefined();
  });

  it('the built browser UI needs nothing the CSP forbids: no inline scripts, styles or style attributes', () => {
    for (const file of ['web/index.html', 'dist/web/index.html']) {
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(path.resolve(file), 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/<style[\s>]/i);
      expect(html, file).not.toMatch(/\sstyle=/i);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
