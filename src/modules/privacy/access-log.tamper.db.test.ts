import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '#src/platform/db/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { buildLog, disableGuards } from './access-log.fixtures.ts';
import { entryHash } from './access-log.hash.ts';
import { pages } from './access-log.repo.ts';
import type { AccessLog } from './access-log.service.ts';
import type { ChainRow, Problem } from './access-log.types.ts';

/**
 * Each kind of tampering, done the way an intruder with database access would: straight in SQL,
 * with the append-only triggers switched off, on a fresh database of 20 entries signed by
 * checkpoints at entries 10 and 20. verify() must name the right first entry and kind.
 */

const COLUMNS =
  'at, actor_type, actor_id, actor_role, purpose, subject_type, subject_id, categories, action, ip, prev_hash, hash';

async function tampered(tamper: (database: Database, ctx: { log: AccessLog; auditDir: string }) => Promise<void>) {
  const database = await testDatabase();
  try {
    const { log, auditDir } = await buildLog(database, { n: 20, checkpointsAt: [10, 20] });
    expect(await log.verify()).toEqual({ ok: true, entries: 20, checkpoints: 2, problems: [] });
    await disableGuards(database);
    await tamper(database, { log, auditDir });
    return await log.verify();
  } finally {
    await database.close();
  }
}

async function readAll(database: Database): Promise<ChainRow[]> {
  const rows: ChainRow[] = [];
  for await (const page of pages(database)) rows.push(...page);
  return rows;
}

const insertRow = (database: Database, r: ChainRow) =>
  database.query(
    `insert into access_log (seq, ${COLUMNS}) overriding system value
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      r.seq,
      r.at,
      r.actorType,
      r.actorId,
      r.actorRole,
      r.purpose,
      r.subjectType,
      r.subjectId,
      r.categories,
      r.action,
      r.ip,
      r.prevHash,
      r.hash,
    ],
  );

const firstOf = (r: { ok: boolean; problems: Problem[] }) => {
  expect(r.ok).toBe(false);
  return r.problems[0];
};

describe('access log tampering, detected', () => {
  it('edited: a field of entry 7 changed', async () => {
    const r = await tampered((db) =>
      db.query("update access_log set purpose = 'c.marketing' where seq = 7").then(() => {}),
    );
    expect(r.problems).toEqual([
      { kind: 'edited', seq: 7, message: 'entry 7 was edited: its content no longer matches its hash' },
    ]);
  });

  it('deleted: entry 7 removed', async () => {
    const r = await tampered((db) => db.query('delete from access_log where seq = 7').then(() => {}));
    expect(r.entries).toBe(19);
    expect(firstOf(r)).toEqual({
      kind: 'deleted',
      seq: 7,
      message: 'entry 7 was deleted: entry 8 points to an entry that is no longer in the log',
    });
    // The latest checkpoint counted 20 entries: the count says so too.
    expect(r.problems[1]).toMatchObject({
      kind: 'checkpoint_mismatch',
      message: expect.stringMatching(/holds 19 entries.*counted 20/),
    });
  });

  it('inserted: a forged entry between 7 and 8, the later ones renumbered to make room', async () => {
    const r = await tampered(async (db) => {
      const rows = await readAll(db);
      const seventh = rows[6]!;
      await db.query('delete from access_log where seq > 7');
      for (const row of rows.slice(7)) await insertRow(db, { ...row, seq: row.seq + 1 });
      // A forger who knows the scheme: linked to entry 7, hashed for seq 8.
      const forged = { ...seventh, seq: 8, subjectId: 'contact-forged', prevHash: seventh.hash };
      await insertRow(db, { ...forged, hash: entryHash(forged) });
    });
    expect(firstOf(r)).toEqual({
      kind: 'inserted',
      seq: 8,
      message: 'entry 8 was inserted: entry 9 (hashed as 8) points past it to entry 7',
    });
    expect(r.problems.map((p) => p.kind)).toEqual(['inserted', 'renumbered', 'checkpoint_mismatch']);
  });

  it('inserted: a forged entry put into a gap, fitting neither neighbour', async () => {
    const r = await tampered(async (db) => {
      const rows = await readAll(db);
      await db.query('delete from access_log where seq > 7');
      for (const row of rows.slice(7)) await insertRow(db, { ...row, seq: row.seq + 1 });
      await insertRow(db, {
        ...rows[6]!,
        seq: 8,
        subjectId: 'contact-forged',
        prevHash: 'f'.repeat(64),
        hash: 'e'.repeat(64),
      });
    });
    expect(firstOf(r)).toMatchObject({ kind: 'inserted', seq: 8 });
  });

  it('reordered: entries 7 and 8 swapped', async () => {
    const r = await tampered((db) =>
      db
        .query(
          `update access_log a set (${COLUMNS}) = (select ${COLUMNS} from access_log b where b.seq = 15 - a.seq)
           where a.seq in (7, 8)`,
        )
        .then(() => {}),
    );
    expect(firstOf(r)).toEqual({
      kind: 'reordered',
      seq: 7,
      message: 'entry 7 (hashed as 8) is out of order: its chain links place it after entry 8',
    });
    expect(r.problems.map((p) => [p.kind, p.seq])).toEqual([
      ['reordered', 7],
      ['reordered', 8],
    ]);
  });

  it('truncated: the last 3 entries deleted after a checkpoint covered them', async () => {
    const r = await tampered((db) => db.query('delete from access_log where seq > 17').then(() => {}));
    expect(r.problems).toEqual([
      {
        kind: 'truncated',
        seq: 18,
        message: expect.stringMatching(
          /^entries 18–20 were cut off the end of the log: the checkpoint of .* covered up to entry 20, the log now ends at entry 17$/,
        ),
      },
    ]);
  });

  it('checkpoint_mismatch: the whole chain rewritten consistently from entry 5 on', async () => {
    const r = await tampered(async (db) => {
      const rows = await readAll(db);
      let prevHash = rows[3]!.hash;
      for (const row of rows.slice(4)) {
        const fields = { ...row, purpose: row.seq === 5 ? 'c.marketing' : row.purpose, prevHash };
        prevHash = entryHash(fields);
        await db.query('update access_log set purpose = $2, prev_hash = $3, hash = $4 where seq = $1', [
          row.seq,
          fields.purpose,
          fields.prevHash,
          prevHash,
        ]);
      }
    });
    expect(r.problems).toEqual([
      {
        kind: 'checkpoint_mismatch',
        seq: 10,
        message: expect.stringMatching(
          /^entry 10 does not match the checkpoint signed at .*: the log was rewritten at or before entry 10 \(1 later checkpoint do not match either\)$/,
        ),
      },
    ]);
  });

  it('bad_signature: a line of checkpoints.jsonl altered', async () => {
    const r = await tampered(async (_db, { auditDir }) => {
      const file = path.join(auditDir, 'checkpoints.jsonl');
      const [first, ...rest] = fs.readFileSync(file, 'utf8').split('\n');
      const cp = JSON.parse(first!) as { count: number };
      fs.writeFileSync(file, [JSON.stringify({ ...cp, count: cp.count - 1 }), ...rest].join('\n'));
    });
    expect(r.problems).toEqual([
      {
        kind: 'bad_signature',
        seq: 10,
        message:
          'the checkpoint on line 1 of checkpoints.jsonl (entry 10) has a bad signature: it was altered or not signed with this audit key',
      },
    ]);
  });
});
