import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from '#src/platform/http/index.ts';

export const WEB_DIST = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/web');

/**
 * Serves the browser UI (built by Vite into dist/web). Unknown GET paths outside /api get the
 * single-page app, which routes on the client; everything else gets a JSON 404.
 */
export async function registerWeb(app: App): Promise<void> {
  const built = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: false, index: false });
  }
  app.get('/', { schema: { hide: true } }, (_req, reply) => sendApp(reply, built));
  app.setNotFoundHandler((req, reply) => {
    const wantsPage =
      req.method === 'GET' && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
    if (wantsPage) return sendApp(reply, built);
    return reply.code(404).send({ error: 'not_found', message: 'No such resource', fields: [], requestId: req.id });
  });
}

function sendApp(reply: FastifyReply, built: boolean) {
  if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
  return reply
    .code(503)
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><html lang="sv"><title>Kliniksupport</title><p>Webbgränssnittet är inte byggt: kör <code>npm run build</code>. / The web UI is not built: run <code>npm run build</code>.</p></html>',
    );
}
