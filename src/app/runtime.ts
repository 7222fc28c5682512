import type { Config } from '#src/platform/config/index.ts';
import { migrateDatabase, openDatabase, type Database } from '#src/platform/db/index.ts';
import { createJobs, type Jobs } from '#src/platform/jobs/index.ts';
import { systemClock, type Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import type { ModuleDeps } from '#src/platform/module/index.ts';
import { validateEnforcementPoints } from '#src/modules/policy/index.ts';
import { appModules } from './modules.ts';

export type Runtime = ModuleDeps & { close(): Promise<void> };

/**
 * Opens the database (locking an embedded data folder), applies pending migrations, and
 * prepares the job queue. Everything a web or worker process shares.
 */
export async function openRuntime(
  config: Config,
  log: Logger,
  clock: Clock = systemClock,
  database?: Database,
): Promise<Runtime> {
  const db = database ?? (await openDatabase(config));
  try {
    await migrateDatabase(db);
    const modules = appModules({ db: db.db, clock });
    validateEnforcementPoints(
      modules.flatMap((m) => (m.enforces ?? []).map((e) => ({ ...e, module: m.name }))) as never,
    );
    const jobs: Jobs = await createJobs({ database: db, log, definitions: modules.flatMap((m) => m.jobs ?? []) });
    return {
      config,
      database: db,
      jobs,
      clock,
      log,
      async close() {
        await jobs.stop(config.shutdownTimeoutMs);
        await db.close();
      },
    };
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
}
