import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createShell } from './index.ts';
import { createLogger } from '../logging/index.ts';
import { AppError } from '../errors/index.ts';

const shell = () => createShell({ log: createLogger({ level: 'silent' }), ready: async () => true, version: 'test' });
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('the HTTP shell', () => {
  it('answers a 5xx with nothing but a request id: no message, no stack', async () => {
    const app = await shell();
    close = () => app.close();
    app.get('/boom', async () => {
      throw new Error('secret detail: anna@example.se at /srv/app.ts:12');
    });
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({ error: 'internal', message: 'Internal error', requestId: res.headers['x-request-id'] });
    expect(res.body).not.toMatch(/secret|anna|\.ts|at /);
  });

  it('maps typed module errors to status codes with the field named', async () => {
    const app = await shell();
    close = () => app.close();
    app.get('/conflict', async () => {
      throw new AppError('conflict', 'orderNumber: already used', [
        { field: 'body.orderNumber', message: 'already used' },
      ]);
    });
    const res = await app.inject({ method: 'GET', url: '/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'conflict', fields: [{ field: 'body.orderNumber' }] });
  });

  it('rejects unknown properties and names the field of every problem', async () => {
    const app = await shell();
    close = () => app.close();
    app.post(
      '/things',
      { schema: { body: z.strictObject({ name: z.string().min(2), inner: z.strictObject({ n: z.number() }) }) } },
      async () => ({ ok: true }),
    );
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { name: 'x', inner: { n: 'one' }, extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { fields: { field: string; message: string }[] }).fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['body', 'body.inner.n', 'body.name']);
    expect(fields.find((f) => f.field === 'body')!.message).toContain('extra');
  });

  it('refuses to register a route whose body schema lets unknown properties through', async () => {
    const app = await shell();
    close = () => app.close();
    expect(() => app.post('/lax', { schema: { body: z.object({ a: z.string() }) } }, async () => ({}))).toThrow(
      /z.strictObject/,
    );
  });

  it('answers malformed JSON with a 400 naming the problem', async () => {
    const app = await shell();
    close = () => app.close();
    app.post('/things', { schema: { body: z.strictObject({ a: z.string() }) } }, async () => ({}));
    const bad = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('bad_request');
  });

  it('finishes in-flight requests on shutdown and reports not ready meanwhile', async () => {
    const app = await shell();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    app.get('/slow', async () => {
      await gate;
      return { done: true };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await new Promise((r) => setTimeout(r, 100));
    app.markShuttingDown();
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    const closing = app.close();
    setTimeout(release, 200);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closing;
  });
});
