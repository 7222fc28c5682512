import type { Config } from '#src/platform/config/index.ts';
import { assertSafeDatabaseRole, migrateDatabase, openDatabase, type Database } from '#src/platform/db/index.ts';
import { createJobs, type Jobs } from '#src/platform/jobs/index.ts';
import { systemClock, type Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import { createMailer, createMailService, type Mailer } from '#src/platform/mail/index.ts';
import { createFileStore, type FileStore } from '#src/platform/files/index.ts';
import type { ModuleDeps } from '#src/platform/module/index.ts';
import { validateEnforcementPoints } from '#src/modules/policy/index.ts';
import { createAccessLog, type AccessLog } from '#src/modules/privacy/index.ts';
import { appModules } from './modules.ts';

export type Runtime = ModuleDeps & { mailer: Mailer; accessLog: AccessLog; files: FileStore; close(): Promise<void> };

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
    // Production on PostgreSQL: never as a superuser or a role that bypasses row-level security.
    if (config.nodeEnv === 'production' && db.kind === 'postgres') await assertSafeDatabaseRole(db);
    await migrateDatabase(db);
    // SMTP_URL, or (development, tests) .eml files in DATA_DIR/outbox.
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir, log });
    // The access log's signing key and checkpoints live in AUDIT_DIR, outside the database.
    const accessLog = createAccessLog({ database: db, clock, auditDir: config.auditDir });
    const files = createFileStore(config.filesDir);
    // Jobs that queue letters (the request reminders) are declared before the queue opens; their
    // letters go through it once it has.
    const queue: { jobs?: Jobs } = {};
    const mail = createMailService({
      jobs: {
        send: (def, data, opts) => {
          if (!queue.jobs) throw new Error('the job queue is not open yet');
          return queue.jobs.send(def, data, opts);
        },
      },
    });
    const modules = appModules({
      db: db.db,
      clock,
      mailer,
      publicUrl: config.publicUrl,
      accessLog,
      files,
      retentionSweepAt: config.retentionSweepAt,
      mail,
      marketingTokenKey: config.marketingTokenKey,
    });
    validateEnforcementPoints(
      modules.flatMap((m) => (m.enforces ?? []).map((e) => ({ ...e, module: m.name }))) as never,
    );
    const jobs: Jobs = await createJobs({ database: db, log, definitions: modules.flatMap((m) => m.jobs ?? []) });
    queue.jobs = jobs;
    return {
      config,
      database: db,
      jobs,
      clock,
      log,
      mailer,
      accessLog,
      files,
      async close() {
        await jobs.stop(config.shutdownTimeoutMs);
        mailer.close();
        await db.close();
      },
    };
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
}
