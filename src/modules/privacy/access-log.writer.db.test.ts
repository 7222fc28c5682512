import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { anEntry, disableGuards, tempAuditDir } from './access-log.fixtures.ts';
import { createAccessLog } from './access-log.service.ts';

/**
 * The writer keeps the log's head in memory and writes a group in one statement. These tests
 * move the head behind its back — another process, an append inside a caller's transaction, a
 * head that disappeared — and expect one unbroken chain each time.
 */
describe('access log writer: a head kept in memory never forks the chain', () => {
  let database: Database;
  const clock = new TestClock('2026-05-01T10:00:00Z');
  const newLog = () => createAccessLog({ database, clock, auditDir: tempAuditDir() });

  beforeEach(async () => {
    database = await testDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  it('two writers (as two processes would) appending at once make one chain', async () => {
    const a = newLog();
    const b = newLog();
    await a.append(anEntry(0)); // a's head is now 1; b has not read one yet
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).append(anEntry(i + 1))),
    );
    const seqs = results.map((r) => r.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    expect(await a.verify()).toMatchObject({ ok: true, entries: 41, problems: [] });
  });

  it("a writer whose head is stale chains onto the real head, also one moved by a caller's transaction", async () => {
    const log = newLog();
    await log.append(anEntry(1));
    const other = newLog();
    await other.append(anEntry(2));
    await database.db.transaction((tx) => other.append(anEntry(3), { tx }));
    const r = await log.append(anEntry(4)); // its head still says 1
    expect(r.seq).toBe(4);
    const [link] = await database.query<{ ok: boolean }>(
      'select a.prev_hash = b.hash as ok from access_log a join access_log b on b.seq = a.seq - 1 where a.seq = 4',
    );
    expect(link!.ok).toBe(true);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 4 });
  });

  it('a head that is no longer in the log (a restored database) is read again, leaving no gap', async () => {
    const log = newLog();
    for (let i = 1; i <= 3; i++) await log.append(anEntry(i));
    await disableGuards(database);
    await database.query('delete from access_log where seq = 3');
    await database.exec('ALTER TABLE access_log ENABLE TRIGGER USER');
    const r = await log.append(anEntry(4)); // its head says 3, which is gone
    expect(r.seq).toBe(3);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 3 });
  });

  it('times never run backwards along the chain when the clock steps back', async () => {
    const log = newLog();
    await log.append(anEntry(1));
    const first = clock.now().toISOString();
    clock.advance({ seconds: -30 });
    await log.append(anEntry(2));
    const rows = await database.query<{ at: string }>(
      `select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from access_log order by seq`,
    );
    expect(rows.map((r) => r.at)).toEqual([first, first]);
    expect(await log.verify()).toMatchObject({ ok: true, entries: 2 });
  });

  it('a failed group writes nothing, and the next one chains onto the last good entry', async () => {
    const log = newLog();
    await log.append(anEntry(1));
    await database.exec(
      `create function refuse_marketing() returns trigger language plpgsql as $$ begin
         if new.purpose = 'c.marketing' then raise exception 'refused for the test'; end if; return new; end $$;
       create trigger refuse_marketing before insert on access_log for each row execute function refuse_marketing();`,
    );
    const results = await Promise.allSettled([
      log.append(anEntry(2)),
      log.append(anEntry(3, { purpose: 'c.marketing', actorRole: 'marketing' })),
      log.append(anEntry(4)),
    ]);
    expect(results.map((r) => r.status)).toContain('rejected');
    const after = await log.append(anEntry(5));
    const [count] = await database.query<{ n: string }>('select count(*)::text as n from access_log');
    expect(after.seq).toBe(Number(count!.n));
    expect(await log.verify()).toMatchObject({ ok: true });
  });
});
