import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffService, staffSessions } from '#src/modules/identity/index.ts';
import { createJobs, type Jobs } from '#src/platform/jobs/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { appModules } from '#src/app/index.ts';
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { testBackend, testDatabase } from './db.ts';

const BIN = path.resolve('bin/kliniksupport.js');

describe.runIf(testBackend() === 'pglite')('a separate worker on the embedded database', () => {
  it('is refused with a message that says why', () => {
    const env = { ...process.env, DATABASE_URL: '' };
    const r = spawnSync(process.execPath, [BIN, 'worker'], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('needs a PostgreSQL server');
  });
});

describe.runIf(testBackend() === 'postgres')('a separate worker process on PostgreSQL', () => {
  let database: Database;
  let jobs: Jobs;
  beforeAll(async () => {
    database = await testDatabase();
    // The web side with JOBS=worker: it sends jobs but does not work them.
    const modules = appModules({ db: database.db, clock: systemClock });
    jobs = await createJobs({
      database,
      log: createLogger({ level: 'silent' }),
      definitions: modules.flatMap((m) => m.jobs ?? []),
    });
  });
  afterAll(async () => {
    await jobs.stop(1_000);
    await database.close();
  });

  it('works the jobs that the web process queued', async () => {
    const staff = createStaffService({ db: database.db, clock: systemClock });
    const id = await staff.create({
      email: 'w@kliniksupport.test',
      displayName: 'W',
      roles: ['security'],
      password: 'ett långt lösenord',
    });
    const old = new Date(Date.now() - 24 * 3_600_000);
    await database.db
      .insert(staffSessions)
      .values({ tokenHash: 'x'.repeat(64), staffId: id, createdAt: old, lastSeenAt: old });
    const purge = appModules({ db: database.db, clock: systemClock })
      .flatMap((m) => m.jobs ?? [])
      .find((j) => j.name === 'identity.purge-ended-sessions')!;
    await jobs.send(purge, null);

    const worker = spawn(process.execPath, [BIN, 'worker'], {
      // Development mode: the test server's role is a superuser, which production refuses.
      env: {
        ...process.env,
        DATABASE_URL: database.connectionString!,
        LOG_LEVEL: 'info',
        NODE_ENV: 'development',
        SEED_DEMO: 'false',
      },
    });
    let out = '';
    worker.stdout.on('data', (d: Buffer) => (out += d.toString()));
    worker.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const deadline = Date.now() + 60_000;
      let left = 1;
      while (left > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        left = (await database.query('select 1 from staff_sessions')).length;
      }
      expect(left, out).toBe(0);
      expect(out).toContain('ended staff sessions purged');
    } finally {
      worker.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => worker.once('exit', r));
      expect(code).toBe(0);
    }
  });
});
