import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#src/platform/config/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { TestClock } from '#src/platform/clock/index.ts';
import { databaseRole, openPostgres, UnsafeDatabaseRoleError, type Database } from '#src/platform/db/index.ts';
import { openRuntime } from '#src/app/index.ts';
import { testBackend, testDatabase } from './db.ts';

const APP_ROLE = 'kliniksupport_app';
const APP_PASSWORD = 'kliniksupport_app_test';

/** The URL of the test database, as another role. */
function urlOf(database: Database, role?: { user: string; password: string }): string {
  const u = new URL(database.connectionString!);
  if (role) {
    u.username = role.user;
    u.password = role.password;
  }
  return u.toString();
}

const productionConfig = (databaseUrl: string) =>
  loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    PAYMENT_API_URL: 'https://payments.invalid',
    PAYMENT_API_KEY: 'sk_test_unused_here',
    PAYMENT_WEBHOOK_SECRET: 'whsec_unused_here_0123456789',
    CARRIER_API_URL: 'https://carrier.invalid/rs-extapi/v1',
    CARRIER_API_KEY: 'carrier-key-unused-0123456789',
    CARRIER_WEBHOOK_SECRET: 'carrier_webhook_unused_0123456789',
    PSEUDONYM_KEY: 'pseudonym-key-unused-0123456789abcdef',
    MARKETING_TOKEN_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    PERSONNUMMER_HMAC_KEY: 'personnummer_hmac_unused_0123456789abcdef',
    DATA_DIR: path.join(os.tmpdir(), 'kliniksupport-db-role-test'),
    LOG_LEVEL: 'silent',
  });

const log = createLogger({ level: 'silent' });

describe.skipIf(testBackend() !== 'postgres')('the database role in production (PostgreSQL)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
    // A plain role, as a production install should have: LOGIN, no SUPERUSER, no BYPASSRLS.
    await database.exec(`do $$ begin
      create role ${APP_ROLE} login password '${APP_PASSWORD}' nosuperuser nobypassrls;
    exception when duplicate_object then null; end $$`);
    const db = new URL(database.connectionString!).pathname.slice(1);
    await database.exec(`
      grant connect, create on database ${db} to ${APP_ROLE};
      grant usage, create on schema public, drizzle to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema public, drizzle to ${APP_ROLE};
      grant usage, select on all sequences in schema public, drizzle to ${APP_ROLE};
    `);
  });
  afterAll(async () => database?.close());

  it('refuses to start as a superuser (the test user postgres), naming the problem', async () => {
    const url = urlOf(database);
    const asSuperuser = await openPostgres(url, { max: 2 }); // openRuntime closes it when it refuses
    expect((await databaseRole(asSuperuser)).superuser).toBe(true);
    const err = await openRuntime(productionConfig(url), log, new TestClock(), asSuperuser).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeDatabaseRoleError);
    expect((err as Error).name).toBe('UnsafeDatabaseRoleError');
    expect((err as Error).message).toMatch(/database role "postgres" is a superuser.*refusing to start in production/);
  });

  it('refuses a role with BYPASSRLS', async () => {
    const role = 'kliniksupport_bypass';
    await database.exec(`do $$ begin create role ${role} login password '${APP_PASSWORD}' nosuperuser bypassrls;
      exception when duplicate_object then null; end $$`);
    await database.exec(
      `grant connect on database ${new URL(database.connectionString!).pathname.slice(1)} to ${role}`,
    );
    const url = urlOf(database, { user: role, password: APP_PASSWORD });
    const asBypass = await openPostgres(url, { max: 2 });
    const err = await openRuntime(productionConfig(url), log, new TestClock(), asBypass).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeDatabaseRoleError);
    expect((err as Error).message).toContain('bypasses row-level security (BYPASSRLS)');
    expect((err as Error).message).not.toContain('superuser');
  });

  it(`starts as a plain role (${APP_ROLE})`, async () => {
    const url = urlOf(database, { user: APP_ROLE, password: APP_PASSWORD });
    const asApp = await openPostgres(url, { max: 2 });
    expect(await databaseRole(asApp)).toEqual({ role: APP_ROLE, superuser: false, bypassRls: false });
    const rt = await openRuntime(productionConfig(url), log, new TestClock(), asApp);
    await rt.close();
  });

  it('outside production the check does not run (development against a local superuser)', async () => {
    const url = urlOf(database);
    const dev = await openPostgres(url, { max: 2 });
    const rt = await openRuntime(
      loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'silent' }),
      log,
      new TestClock(),
      dev,
    );
    await rt.close();
  });
});
