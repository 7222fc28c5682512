import { z } from 'zod';
import { defineJob } from '#src/platform/jobs/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { FileStore } from '#src/platform/files/index.ts';
import { runSweep } from './retention.engine.ts';
import type { RetentionTarget } from './retention.types.ts';

export type RetentionJobDeps = {
  db: Db;
  clock: Clock;
  targets: readonly RetentionTarget[];
  files: FileStore | null;
  /** HH:MM, Swedish time (RETENTION_SWEEP_AT). */
  sweepAt: string;
};

/** `HH:MM` → a daily cron expression (pg-boss runs it in Europe/Stockholm). */
export function dailyCron(hhmm: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError('sweep time must be HH:MM');
  return `${Number(m[2])} ${Number(m[1])} * * *`;
}

/** The daily sweep: every retention rule of the policy applied at the clock's time. */
export const retentionSweepJob = (deps: RetentionJobDeps) =>
  defineJob({
    name: 'privacy.retention-sweep',
    schema: z.object({}).nullable(),
    cron: dailyCron(deps.sweepAt),
    retryLimit: 3,
    async handler(_data, { log }) {
      const result = await runSweep(
        { db: deps.db, targets: deps.targets, files: deps.files, now: () => deps.clock.now() },
        { asOf: deps.clock.now(), trigger: 'job' },
      );
      log.info(
        { runId: result.runId, rows: result.outcomes.reduce((n, o) => n + o.rows, 0) },
        'retention sweep finished',
      );
    },
  });
