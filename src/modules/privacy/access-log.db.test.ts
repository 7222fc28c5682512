import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { AccessLogError } from './access-log.errors.ts';
import { accessLogCheckpointJob } from './access-log.jobs.ts';
import { createAccessLog, type AccessLog } from './access-log.service.ts';
import { anEntry, buildLog, STAFF_ID, tempAuditDir } from './access-log.fixtures.ts';
import { ZERO_HASH } from './access-log.hash.ts';

describe('access log: append, list, checkpoint', () => {
  let database: Database;
  let log: AccessLog;
  let auditDir: string;
  const clock = new TestClock('2026-03-01T08:00:00Z');

  beforeAll(async () => {
    database = await testDatabase();
    auditDir = tempAuditDir();
    log = createAccessLog({ database, clock, auditDir });
  });
  afterAll(async () => {
    await database.close();
  });

  it('chains each entry to the one before, starting from the zero hash', async () => {
    const a = await log.append(anEntry(1));
    clock.advance({ seconds: 1 });
    const b = await log.append(anEntry(2, { categories: ['email', 'full_name', 'email'] }));
    expect(a.seq).toBe(1);
    expect(b.seq).toBe(2);
    const rows = await database.query<{ seq: string; prev_hash: string; hash: string; categories: string[] }>(
      'select seq::text as seq, prev_hash, hash, categories from access_log order by seq',
    );
    expect(rows.map((r) => [Number(r.seq), r.prev_hash, r.hash])).toEqual([
      [1, ZERO_HASH, a.hash],
      [2, a.hash, b.hash],
    ]);
    expect(rows[1]!.categories).toEqual(['email', 'full_name']);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 2 });
  });

  it('refuses what the policy does not name, naming the field', async () => {
    const refused = async (patch: object, field: string) => {
      const e = await log.append({ ...anEntry(1), ...patch } as never).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'validation' });
      expect((e as { fields: { field: string }[] }).fields.map((f) => f.field)).toContain(field);
    };
    await refused({ purpose: 'z.gossip' }, 'purpose');
    await refused({ actorRole: 'janitor' }, 'actorRole');
    await refused({ categories: ['shoe_size'] }, 'categories.0');
    await refused({ categories: [] }, 'categories');
    await refused({ action: 'peek' }, 'action');
    await refused({ actorId: 'not-a-uuid' }, 'actorId');
    await refused({ ip: '10.0.0.999' }, 'ip');
    await refused({ extra: 1 }, '(entry)');
    await refused({ subjectId: 'x\uD800' }, 'subjectId');
    await refused({ actorType: 'system' }, 'actorRole');
    await refused({ actorRole: 'system' }, 'actorId');
    const system = { actorType: 'system', actorId: null, actorRole: 'system', ip: null } as const;
    await expect(log.append(anEntry(3, system))).resolves.toMatchObject({ seq: 3 });
  });

  it("appends inside the caller's transaction: committed or rolled back with it", async () => {
    const before = (await log.verify()).entries;
    await expect(
      database.db.transaction(async (tx) => {
        await log.append(anEntry(4), { tx });
        throw new Error('the data change failed');
      }),
    ).rejects.toThrow('the data change failed');
    expect((await log.verify()).entries).toBe(before);
    const r = await database.db.transaction((tx) => log.append(anEntry(4), { tx }));
    expect(r.seq).toBe(before + 1);
    await expect(
      database.db.transaction((tx) => log.append(anEntry(5), { tx }), { isolationLevel: 'repeatable read' }),
    ).rejects.toMatchObject({ reason: 'isolation' });
    expect(await log.verify()).toMatchObject({ ok: true, entries: before + 1 });
  });

  it('shows a data subject who accessed their data: role and purpose, newest first, no staff ids or addresses', async () => {
    const subject = { subjectType: 'company', subjectId: 'c0ffee00-0000-4000-8000-000000000001' } as const;
    for (const [i, purpose] of (['a.orders', 'b.customer_service', 'a.orders'] as const).entries()) {
      clock.advance({ minutes: 1 });
      await log.append(anEntry(i, { ...subject, purpose, actorRole: 'order_administration', action: 'update' }));
    }
    const seen = await log.listForSubject(subject.subjectType, subject.subjectId, { limit: 2 });
    expect(seen).toHaveLength(2);
    expect(seen[0]!.seq).toBeGreaterThan(seen[1]!.seq);
    expect(seen[0]).toEqual({
      seq: seen[0]!.seq,
      at: clock.now().toISOString(),
      actorRole: 'order_administration',
      purpose: 'a.orders',
      categories: ['email', 'full_name'],
      action: 'update',
    });
    expect(JSON.stringify(seen)).not.toContain(STAFF_ID);
    expect(JSON.stringify(seen)).not.toContain('192.0.2.10');
    const older = await log.listForSubject(subject.subjectType, subject.subjectId, {
      limit: 10,
      beforeSeq: seen[1]!.seq,
    });
    expect(older.map((e) => e.purpose)).toEqual(['a.orders']);
    await expect(log.listForSubject(subject.subjectType, subject.subjectId, { limit: 0 })).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('signs checkpoints with a key it creates on first use, also when nothing new was logged', async () => {
    const cp = await log.checkpoint();
    const again = await log.checkpoint();
    expect(again).toMatchObject({ seq: cp.seq, hash: cp.hash, count: cp.count });
    const key = path.join(auditDir, 'signing-key.pem');
    expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(auditDir, 'signing-key.pub.pem'), 'utf8')).toMatch(/BEGIN PUBLIC KEY/);
    const lines = fs.readFileSync(path.join(auditDir, 'checkpoints.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual({ ...cp, signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(await log.verify()).toMatchObject({ ok: true, checkpoints: 2 });
  });

  it('the checkpoint job has a name, a quarter-hourly schedule and writes a checkpoint', async () => {
    const job = accessLogCheckpointJob({ accessLog: log });
    expect(job).toMatchObject({ name: 'privacy.access-log-checkpoint', cron: '*/15 * * * *' });
    await job.handler(job.schema.parse(null), { jobId: 'j1', log: createLogger({ level: 'silent' }) });
    await job.handler(job.schema.parse(null), { jobId: 'j1', log: createLogger({ level: 'silent' }) });
    expect(fs.readFileSync(path.join(auditDir, 'checkpoints.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
  });

  it("refuses the application's own UPDATE, DELETE and TRUNCATE", async () => {
    await expect(database.query("update access_log set purpose = 'c.marketing' where seq = 1")).rejects.toThrow(
      /access_log is append-only: UPDATE refused/,
    );
    await expect(database.query('delete from access_log where seq = 1')).rejects.toThrow(
      /access_log is append-only: DELETE refused/,
    );
    await expect(database.query('truncate access_log')).rejects.toThrow(/access_log is append-only: TRUNCATE refused/);
    expect(await log.verify()).toMatchObject({ ok: true });
  });
});

describe('access log under concurrent appends', () => {
  it('50 concurrent appends make one unbroken chain', async () => {
    const database = await testDatabase();
    try {
      const { log } = await buildLog(database, { n: 0, checkpointsAt: [] });
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(anEntry(i))));
      expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      await log.checkpoint();
      expect(await log.verify()).toEqual({ ok: true, entries: 50, checkpoints: 1, problems: [] });
    } finally {
      await database.close();
    }
  });

  it('a checkpoint is not signed over a broken tail', async () => {
    const database = await testDatabase();
    try {
      const { log } = await buildLog(database, { n: 5, checkpointsAt: [3] });
      await database.exec('ALTER TABLE access_log DISABLE TRIGGER USER');
      await database.query("update access_log set purpose = 'c.marketing' where seq = 5");
      const e = await log.checkpoint().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AccessLogError);
      expect(e).toMatchObject({ reason: 'tampered', message: expect.stringMatching(/entry 5/) });
    } finally {
      await database.close();
    }
  });
});
