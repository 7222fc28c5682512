import { buildApp, openRuntime } from '#src/app/index.ts';
import { loadConfig } from '#src/platform/config/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import type { Server } from './bare.ts';

/**
 * The whole platform app as production runs it (zod validation and serialisation, the shell's
 * hooks and plugins, every module's routes), on the given database. Closing it closes the database.
 */
export async function startPlatformServer(database: Database, clock: Clock): Promise<Server> {
  // Production settings. Production requires an SMTP server: a loopback address where nothing
  // listens, since the catalogue route sends no mail (nodemailer connects only to send).
  // Likewise the card provider and the carrier: loopback addresses where nothing listens.
  // Jobs are left to worker processes (none here), as a production web server with workers runs:
  // the letters a checkout queues are measured as written, not as sent.
  const config = loadConfig({
    NODE_ENV: 'production',
    JOBS: 'worker',
    LOG_LEVEL: 'silent',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    PAYMENT_API_URL: 'http://127.0.0.1:9',
    PAYMENT_API_KEY: 'sk_bench_unused',
    PAYMENT_WEBHOOK_SECRET: 'whsec_bench_unused_secret',
    CARRIER_API_URL: 'http://127.0.0.1:9',
    CARRIER_API_KEY: 'carrier_bench_unused',
    CARRIER_WEBHOOK_SECRET: 'carrier_bench_unused_secret',
    MARKETING_TOKEN_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    PERSONNUMMER_HMAC_KEY: 'personnummer_bench_unused_0123456789abcdef',
    PSEUDONYM_KEY: 'pseudonym-key-bench-unused-0123456789abcdef',
  });
  const log = createLogger({ level: 'silent' });
  const rt = await openRuntime(config, log, clock, database);
  try {
    const app = await buildApp(rt);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      url,
      async close() {
        await app.close();
        await rt.close();
      },
    };
  } catch (e) {
    await rt.close();
    throw e;
  }
}
