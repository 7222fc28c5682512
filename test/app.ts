import { Writable } from 'node:stream';
import { TestClock } from '#src/platform/clock/index.ts';
import { loadConfig, type Config } from '#src/platform/config/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { buildApp, openRuntime, type BuiltApp, type Runtime } from '#src/app/index.ts';
import { testDatabase } from './db.ts';

export type TestApp = {
  app: BuiltApp;
  rt: Runtime;
  database: Database;
  clock: TestClock;
  config: Config;
  /** Every log line written so far, as raw JSON text. */
  logs: string[];
  close(): Promise<void>;
};

/** The whole platform on a fresh test database with a test clock and captured logs. */
export async function createTestApp(opts: { env?: Record<string, string>; clock?: TestClock } = {}): Promise<TestApp> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', SEED_DEMO: 'false', ...opts.env });
  const log = createLogger({ level: config.logLevel, destination: sink });
  const clock = opts.clock ?? new TestClock();
  const database = await testDatabase();
  const rt = await openRuntime(config, log, clock, database);
  const app = await buildApp(rt);
  await app.ready();
  return {
    app,
    rt,
    database,
    clock,
    config,
    logs,
    async close() {
      await app.close();
      await rt.close();
    },
  };
}
