import type { Config } from '#src/platform/config/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import { openRuntime } from './runtime.ts';
import { onShutdownSignal } from './shutdown.ts';

export class WorkerNeedsPostgresError extends Error {
  constructor() {
    super(
      'A separate worker process needs a PostgreSQL server (set DATABASE_URL): the embedded database serves one process, where jobs run in the web process (JOBS=web).',
    );
    this.name = 'WorkerNeedsPostgresError';
  }
}

/** `kliniksupport worker`: background jobs in a process of their own (with JOBS=worker on the web side). */
export async function runWorker(config: Config, log: Logger): Promise<void> {
  if (!config.databaseUrl) throw new WorkerNeedsPostgresError();
  const rt = await openRuntime(config, log);
  await rt.jobs.work();
  log.info({ database: rt.database.location }, 'worker started');
  onShutdownSignal(log, config.shutdownTimeoutMs, () => rt.close());
}
