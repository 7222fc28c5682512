import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJobs, defineJob, type Jobs } from './index.ts';
import { createLogger } from '../logging/index.ts';
import type { Database } from '../db/index.ts';
import { testDatabase } from '../../../test/db.ts';

describe('jobs (pg-boss in the same database)', () => {
  let database: Database;
  let jobs: Jobs;
  const seen: { n: number; attempt: number }[] = [];
  let failOnce = true;
  const echo = defineJob({
    name: 'test.echo',
    schema: z.object({ n: z.number().int() }),
    retryLimit: 3,
    async handler(data) {
      if (data.n === 2 && failOnce) {
        failOnce = false;
        throw new Error('first attempt fails');
      }
      seen.push({ n: data.n, attempt: 0 });
    },
  });

  beforeAll(async () => {
    database = await testDatabase();
    jobs = await createJobs({ database, log: createLogger({ level: 'silent' }), definitions: [echo] });
  });
  afterAll(async () => {
    await jobs.stop(2_000);
    await database.close();
  });

  it('refuses a payload that does not match the job schema, naming the field', async () => {
    await expect(jobs.send(echo, { n: 'x' } as never)).rejects.toThrow(/n/);
  });

  it('runs queued jobs in this process, retrying a failed one', async () => {
    await jobs.send(echo, { n: 1 });
    await jobs.send(echo, { n: 2 });
    await jobs.work();
    const deadline = Date.now() + 30_000;
    while (seen.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(seen.map((s) => s.n).sort()).toEqual([1, 2]);
    expect(failOnce).toBe(false);
  });
});
