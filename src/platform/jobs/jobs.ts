import { PgBoss } from 'pg-boss';
import type { z } from 'zod';
import type { BossDb, Database } from '../db/index.ts';
import type { Logger } from '../logging/index.ts';

/** A background job declared as data: a name, a payload schema, an optional schedule, a handler. */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  schema: S;
  /** Cron expression, run in Europe/Stockholm time. */
  cron?: string;
  retryLimit?: number;
  /** Must be idempotent: a job can run again after a crash. */
  handler: (data: z.output<S>, ctx: { jobId: string; log: Logger }) => Promise<void>;
};

export const defineJob = <S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> => def;

export interface Jobs {
  /** Queues a job; the payload is validated against the job's schema first. */
  send<S extends z.ZodType>(
    def: JobDefinition<S>,
    data: z.input<S>,
    /** `db`: queue inside the caller's transaction, so the job exists exactly when the transaction commits. */
    opts?: { singletonKey?: string; db?: BossDb },
  ): Promise<string | null>;
  /** Starts working the declared queues in this process (web with JOBS=web, or the worker). */
  work(): Promise<void>;
  /** Waits for running handlers (up to the timeout) and stops. */
  stop(timeoutMs?: number): Promise<void>;
  readonly working: boolean;
}

const SCHEMA = 'pgboss';

export async function createJobs(opts: {
  database: Database;
  log: Logger;
  definitions: JobDefinition[];
}): Promise<Jobs> {
  const { database, log } = opts;
  const base = { schema: SCHEMA, supervise: false, schedule: false, registerInstance: false };
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ ...base, db: database.bossDb as never })
      : new PgBoss({ ...base, connectionString: database.connectionString!, max: 4 });
  boss.on('error', (err: Error) => log.error({ err }, 'job queue error'));
  await boss.start();
  const defs = new Map(opts.definitions.map((d) => [d.name, d]));
  for (const def of defs.values()) {
    await boss.createQueue(def.name, { retryLimit: def.retryLimit ?? 5, retryBackoff: true });
  }

  let working = false;
  let worker: PgBoss | undefined;

  return {
    get working() {
      return working;
    },
    async send(def, data, sendOpts) {
      const payload = def.schema.parse(data) as object;
      return boss.send(def.name, payload, {
        ...(sendOpts?.singletonKey ? { singletonKey: sendOpts.singletonKey } : {}),
        ...(sendOpts?.db ? { db: sendOpts.db as never } : {}),
      });
    },
    async work() {
      if (working) return;
      working = true;
      // The working instance also supervises (expiry, retention of finished jobs) and runs cron.
      worker =
        database.kind === 'pglite'
          ? new PgBoss({ schema: SCHEMA, db: database.bossDb as never, migrate: false })
          : new PgBoss({ schema: SCHEMA, connectionString: database.connectionString!, max: 4, migrate: false });
      worker.on('error', (err: Error) => log.error({ err }, 'job worker error'));
      await worker.start();
      for (const def of defs.values()) {
        if (def.cron) await worker.schedule(def.name, def.cron, null, { tz: 'Europe/Stockholm' });
        await worker.work(def.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
          for (const job of jobs) {
            const data = def.schema.parse(job.data);
            await def.handler(data, { jobId: job.id, log: log.child({ job: def.name, jobId: job.id }) });
          }
        });
      }
      log.info({ queues: [...defs.keys()] }, 'working jobs');
    },
    async stop(timeoutMs = 10_000) {
      await worker?.stop({ graceful: true, timeout: timeoutMs, close: true });
      await boss.stop({ graceful: true, timeout: timeoutMs, close: database.kind === 'postgres' });
      working = false;
    },
  };
}
