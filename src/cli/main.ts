import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '#src/platform/config/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { systemClock } from '#src/platform/clock/index.ts';
import { VERSION } from '#src/app/version.ts';
import { registerAuditCommands } from './audit.ts';
import { registerBookkeepingCommands } from './bookkeeping.ts';
import { registerRetentionCommands } from './retention.ts';
import { registerExtractCommand } from './extract.ts';

// Commands import what they need when they run: `ropa` and `policy coverage` stay quick.
const app = () => import('#src/app/index.ts');
const db = () => import('#src/platform/db/index.ts');
const policy = () => import('#src/modules/policy/index.ts');

/** Config is parsed once; a bad value stops the process with exit code 1, naming the variable. */
function config(): Config {
  return loadConfig(process.env);
}

const program = new Command()
  .name('kliniksupport')
  .description('Kliniksupport Sverige AB customer platform')
  .version(VERSION);

program
  .command('serve')
  .description('Run the web server (and the job worker, unless JOBS=worker)')
  .action(async () => {
    const c = config();
    await (await app()).serve(c, createLogger({ level: c.logLevel }));
  });

program
  .command('worker')
  .description('Run background jobs in a process of their own (needs DATABASE_URL; set JOBS=worker on the web process)')
  .action(async () => {
    const c = config();
    await (await app()).runWorker(c, createLogger({ level: c.logLevel }));
  });

program
  .command('migrate')
  .description('Apply pending database migrations (all in one transaction)')
  .action(async () => {
    const { openDatabase, migrateDatabase } = await db();
    const database = await openDatabase(config());
    try {
      await migrateDatabase(database);
      console.log(`Migrations applied (${database.location}).`);
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('Load deterministic demo data (never in production)')
  .addOption(
    new Option('--size <size>', 'demo: a few clinics; large: a volume set for benchmarks')
      .choices(['demo', 'large'])
      .default('demo'),
  )
  .action(async (opts: { size: 'demo' | 'large' }) => {
    const c = config();
    if (c.nodeEnv === 'production') throw new Error('Demo data is never seeded in production (NODE_ENV=production).');
    const { openDatabase, migrateDatabase } = await db();
    const { seedDemoData } = await import('#src/seed/index.ts');
    const database = await openDatabase(c);
    try {
      await migrateDatabase(database);
      const r = await seedDemoData({ database, clock: systemClock, size: opts.size, progress: (m) => console.log(m) });
      console.log(`Seeded ${opts.size}: ${JSON.stringify(r.counts)}`);
    } finally {
      await database.close();
    }
  });

program
  .command('ropa')
  .description('Print the record of processing activities (GDPR art. 30(1) a–g)')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'md']).default('json'))
  .action(async (opts: { format: 'json' | 'csv' | 'md' }) => {
    process.stdout.write((await policy()).renderRopa(opts.format) + '\n');
  });

program
  .command('policy')
  .description('The privacy policy as code')
  .command('coverage')
  .description('List each clause of the policy with the code that enforces it, or "not enforced yet"')
  .action(async () => {
    const { coverage, formatCoverage } = await policy();
    const modules = (await app()).appModules({ db: undefined as never, clock: systemClock });
    const points = modules.flatMap((m) => (m.enforces ?? []).map((e) => ({ ...e, module: m.name })));
    process.stdout.write(formatCoverage(coverage(points as never)) + '\n');
  });

registerAuditCommands(program, {
  async open() {
    const c = config();
    const { openDatabase, migrateDatabase } = await db();
    const database = await openDatabase(c);
    await migrateDatabase(database);
    return { database, auditDir: c.auditDir, close: () => database.close() };
  },
});

registerBookkeepingCommands(program, {
  async open() {
    const { openDatabase, migrateDatabase } = await db();
    const database = await openDatabase(config());
    await migrateDatabase(database);
    return { database, close: () => database.close() };
  },
});

registerRetentionCommands(program, {
  async open() {
    const c = config();
    const { openDatabase, migrateDatabase } = await db();
    const { createFileStore } = await import('#src/platform/files/index.ts');
    const database = await openDatabase(c);
    await migrateDatabase(database);
    return { database, files: createFileStore(c.filesDir), close: () => database.close() };
  },
});

registerExtractCommand(program, {
  async open() {
    const { openDatabase, migrateDatabase } = await db();
    const database = await openDatabase(config());
    await migrateDatabase(database);
    return { database, close: () => database.close() };
  },
});

program.parseAsync(process.argv).catch((err: unknown) => {
  // Expected refusals get their message alone; anything else its stack.
  const expected = [
    'ConfigError',
    'DataDirLockedError',
    'WorkerNeedsPostgresError',
    'UnsafeDatabaseRoleError',
    'NoSuchContactError',
  ];
  if (err instanceof ConfigError || (err instanceof Error && expected.includes(err.name))) {
    console.error(`kliniksupport: ${err.message}`);
  } else {
    console.error('kliniksupport:', err instanceof Error ? (err.stack ?? err.message) : err);
  }
  process.exit(1);
});
