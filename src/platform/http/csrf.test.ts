import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createShell } from './index.ts';
import { createLogger } from '../logging/index.ts';

const shell = () =>
  createShell({
    log: createLogger({ level: 'silent' }),
    ready: async () => true,
    version: 'test',
    publicUrl: 'https://kliniksupport.example',
  });

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function appWithRoutes() {
  const app = await shell();
  close = () => app.close();
  let changes = 0;
  const body = z.strictObject({ n: z.number() });
  app.post('/api/things', { schema: { body } }, async () => ({ changes: ++changes }));
  app.delete('/api/things', async () => ({ changes: ++changes }));
  app.post('/api/webhooks/test', { config: { csrf: false }, schema: { body } }, async () => ({ changes: ++changes }));
  return { app, changes: () => changes };
}

const json = { 'content-type': 'application/json' };
const cookie = { cookie: '__Host-ks_staff=valid-session' };

describe('cross-site request forgery protection', () => {
  it('refuses a cross-site POST with a session cookie: 403 before the handler runs (Sec-Fetch-Site)', async () => {
    const { app, changes } = await appWithRoutes();
    const res = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { ...json, ...cookie, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      payload: { n: 1 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      error: 'forbidden',
      message: expect.stringContaining('Cross-site request refused'),
    });
    expect(changes()).toBe(0);
  });

  it('refuses a same-site (sibling subdomain) request, and a foreign Origin when Sec-Fetch-Site is missing', async () => {
    const { app, changes } = await appWithRoutes();
    const sameSite = await app.inject({
      method: 'DELETE',
      url: '/api/things',
      headers: { ...cookie, 'sec-fetch-site': 'same-site' },
    });
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { ...json, ...cookie, origin: 'https://evil.example', host: 'kliniksupport.example' },
      payload: { n: 1 },
    });
    const opaque = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { ...json, ...cookie, origin: 'null' },
      payload: { n: 1 },
    });
    expect([sameSite.statusCode, foreign.statusCode, opaque.statusCode]).toEqual([403, 403, 403]);
    expect(changes()).toBe(0);
  });

  it('lets same-origin requests through: Sec-Fetch-Site same-origin, PUBLIC_URL as Origin, or an Origin matching Host', async () => {
    const { app, changes } = await appWithRoutes();
    const a = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { ...json, ...cookie, 'sec-fetch-site': 'same-origin', origin: 'https://kliniksupport.example' },
      payload: { n: 1 },
    });
    const b = await app.inject({
      method: 'DELETE',
      url: '/api/things',
      headers: { ...cookie, origin: 'https://kliniksupport.example', host: 'internal:3000' },
    });
    const c = await app.inject({
      method: 'POST',
      url: '/api/things',
      headers: { ...json, ...cookie, origin: 'http://localhost:3000', host: 'localhost:3000' },
      payload: { n: 1 },
    });
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([200, 200, 200]);
    expect(changes()).toBe(3);
  });

  it('lets a request without Origin or Sec-Fetch-Site (not from a browser) through', async () => {
    const { app } = await appWithRoutes();
    const res = await app.inject({ method: 'POST', url: '/api/things', headers: json, payload: { n: 1 } });
    expect(res.statusCode).toBe(200);
  });

  it('accepts JSON bodies only: what an HTML form can send (text/plain, urlencoded, multipart) gets 415', async () => {
    const { app, changes } = await appWithRoutes();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/things',
        headers: { 'content-type': type, ...cookie },
        payload: '{"n":1}',
      });
      expect(res.statusCode, type).toBe(415);
    }
    expect(changes()).toBe(0);
  });

  it('leaves safe methods alone, and a route may opt out with config: { csrf: false } (webhooks)', async () => {
    const { app } = await appWithRoutes();
    const get = await app.inject({ url: '/health/live', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(get.statusCode).toBe(200);
    const hook = await app.inject({
      method: 'POST',
      url: '/api/webhooks/test',
      headers: { ...json, 'sec-fetch-site': 'cross-site', origin: 'https://psp.example' },
      payload: { n: 1 },
    });
    expect(hook.statusCode).toBe(200);
  });
});
