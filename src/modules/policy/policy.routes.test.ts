import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { preHandlerAsyncHookHandler } from 'fastify';
import { AppError } from '#src/platform/errors/index.ts';
import { createShell, type App } from '#src/platform/http/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { policy } from './policy.data.ts';
import { registerPolicyRoutes } from './policy.routes.ts';

/** Stands in for identity's guard: the role comes from a test header. */
const requireRole =
  (role: string): preHandlerAsyncHookHandler =>
  async (req) => {
    const held = req.headers['x-test-role'];
    if (!held) throw new AppError('unauthenticated', 'Sign in');
    if (held !== role) throw new AppError('forbidden', `Requires the role ${role}`);
  };

let app: App;
beforeAll(async () => {
  app = await createShell({ log: createLogger({ level: 'silent' }), ready: async () => true, version: 'test' });
  registerPolicyRoutes(app, { requireRole });
  await app.ready();
});
afterAll(() => app.close());

const officer = { 'x-test-role': 'privacy_officer' };

describe('policy pages', () => {
  it.each([
    ['/integritetspolicy', 'sv'],
    ['/en/privacy-policy', 'en'],
  ])('serves %s as HTML in %s', async (url, lang) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-language']).toBe(lang);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.body).toContain(`<html lang="${lang}">`);
    expect(res.body).toContain(policy.controller.orgNr);
  });

  it('keeps the pages out of the API document', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/integritetspolicy');
    expect(Object.keys(doc.paths)).toContain('/api/privacy/ropa');
  });
});

describe('GET /api/privacy/ropa', () => {
  it('requires the privacy officer role', async () => {
    expect((await app.inject({ url: '/api/privacy/ropa' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/privacy/ropa', headers: { 'x-test-role': 'marketing' } })).statusCode).toBe(
      403,
    );
  });

  it('returns JSON by default', async () => {
    const res = await app.inject({ url: '/api/privacy/ropa', headers: officer });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json() as { controller: { orgNr: string }; activities: { id: string }[] };
    expect(body.controller.orgNr).toBe('556940-3339');
    expect(body.activities).toHaveLength(policy.purposes.length);
  });

  it('returns CSV and Markdown with their content types', async () => {
    const csv = await app.inject({ url: '/api/privacy/ropa?format=csv', headers: officer });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toMatch(/^activity_id,clause,activity,a_controller/);
    const md = await app.inject({ url: '/api/privacy/ropa?format=md&lang=en', headers: officer });
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toMatch(/^# Record of processing activities/);
  });

  it('rejects an unknown format and unknown parameters, naming the field', async () => {
    const bad = await app.inject({ url: '/api/privacy/ropa?format=xml', headers: officer });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation' });
    expect(JSON.stringify(bad.json())).toContain('querystring.format');
    const extra = await app.inject({ url: '/api/privacy/ropa?limit=5', headers: officer });
    expect(extra.statusCode).toBe(400);
  });
});
