import { z } from 'zod';
import { defineJob } from '#src/platform/jobs/index.ts';
import type { AccessLog } from './access-log.service.ts';

/**
 * Every quarter hour: a signed checkpoint of the access log. Idempotent: running it again only
 * adds another checkpoint of the same (or a later) entry.
 */
export const accessLogCheckpointJob = (deps: { accessLog: Pick<AccessLog, 'checkpoint'> }) =>
  defineJob({
    name: 'privacy.access-log-checkpoint',
    schema: z.object({}).nullable(),
    cron: '*/15 * * * *',
    retryLimit: 2,
    async handler(_data, { log }) {
      const cp = await deps.accessLog.checkpoint();
      log.info({ seq: cp.seq, count: cp.count }, 'access log checkpoint signed');
    },
  });
