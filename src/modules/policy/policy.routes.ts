import { createHash } from 'node:crypto';
import type { preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import { pageCss } from './page.css.ts';
import { pagePaths } from './page.labels.ts';
import { renderPolicyPage } from './page.render.ts';
import type { RoleId } from './policy.data.ts';
import { renderRopa } from './ropa.render.ts';
import { ropaFormats, ropaSchema } from './ropa.schema.ts';
import { buildRopa } from './ropa.build.ts';
import { langs } from './policy.types.ts';

export type PolicyRouteDeps = { requireRole: (role: RoleId) => preHandlerAsyncHookHandler };

const HTML = 'text/html; charset=utf-8';
const styleHash = createHash('sha256').update(pageCss).digest('base64');
/** The page loads nothing: no scripts, no external resources, only its own inline style sheet. */
const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const ropaContentTypes = { csv: 'text/csv; charset=utf-8', md: 'text/markdown; charset=utf-8' } as const;

export function registerPolicyRoutes(app: App, deps: PolicyRouteDeps): void {
  for (const lang of langs) {
    // Rendered once: the policy is data in the code, so the page changes only with a deploy.
    const page = renderPolicyPage(lang);
    app.get(pagePaths[lang], { schema: { hide: true } }, async (_req, reply) =>
      reply
        .header('content-type', HTML)
        .header('content-language', lang)
        .header('content-security-policy', csp)
        .send(page),
    );
  }

  app.get(
    '/api/privacy/ropa',
    {
      preHandler: deps.requireRole('privacy_officer'),
      schema: {
        tags: ['privacy'],
        summary: 'Record of processing activities',
        description:
          'The record of processing activities under GDPR art. 30(1) a–g, generated from the privacy policy data: controller and DPO, and per processing activity its purpose, legal bases, data subjects, personal data, recipients, third-country transfers, retention (with statutory overrides) and security measures. JSON by default; CSV (one row per activity) or Markdown on request. Requires the privacy_officer role.',
        querystring: z.strictObject({
          format: z.enum(ropaFormats).default('json'),
          lang: z.enum(langs).default('sv'),
        }),
        response: {
          200: {
            description: 'The record, in the requested format',
            content: {
              'application/json': { schema: ropaSchema },
              'text/csv': { schema: z.string() },
              'text/markdown': { schema: z.string() },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const { format, lang } = req.query;
      if (format === 'json')
        return reply.header('content-type', 'application/json; charset=utf-8').send(buildRopa(lang));
      const file = `ropa-${lang}.${format}`;
      return reply
        .header('content-type', ropaContentTypes[format])
        .header('content-disposition', `inline; filename="${file}"`)
        .send(renderRopa(format, lang));
    },
  );
}
