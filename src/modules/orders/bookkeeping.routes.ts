import type { preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { exportSie4, sieFileName } from './sie4.export.ts';

/** Finance: the SIE 4 export of a fiscal year (the vouchers name invoices and payments, never people). */
export function registerBookkeepingRoutes(
  app: App,
  deps: { db: Db; clock: Clock; version: string; requireRole: (role: string) => preHandlerAsyncHookHandler },
) {
  app.get(
    '/api/staff/bookkeeping/sie',
    {
      preHandler: deps.requireRole('finance'),
      schema: {
        tags: ['staff', 'bookkeeping'],
        summary: 'The ledger of a fiscal year as a SIE 4 file (CP437, #KSUMMA checksum) for an accounting program',
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req, reply) => {
      const file = await exportSie4(deps.db, {
        year: req.query.year,
        now: deps.clock.now(),
        program: { name: 'Kliniksupport', version: deps.version },
      });
      reply.header('content-disposition', `attachment; filename="${sieFileName(req.query.year)}"`);
      return reply.type('application/octet-stream').send(file);
    },
  );
}
