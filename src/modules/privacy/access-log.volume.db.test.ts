import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { disableGuards, STAFF_ID } from './access-log.fixtures.ts';
import { ZERO_HASH, entryHash } from './access-log.hash.ts';
import { createAccessLog } from './access-log.service.ts';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import type { ChainRow } from './access-log.types.ts';
import { tempAuditDir } from './access-log.fixtures.ts';

// verify() streams: a log of 100,000 entries is checked in pages, and a break deep in it is found.

const N = 100_000;
const BATCH = 10_000;

async function bulkLog(database: Database, n: number): Promise<void> {
  let prevHash = ZERO_HASH;
  const start = Date.UTC(2025, 0, 1);
  for (let from = 1; from <= n; from += BATCH) {
    const rows: ChainRow[] = [];
    for (let seq = from; seq < from + BATCH && seq <= n; seq++) {
      const fields = {
        seq,
        at: new Date(start + seq * 1000).toISOString(),
        actorType: 'staff',
        actorId: STAFF_ID,
        actorRole: 'order_administration',
        purpose: 'a.orders',
        subjectType: 'contact',
        subjectId: `contact-${seq % 977}`,
        categories: ['address', 'full_name'],
        action: 'read',
        ip: '192.0.2.10',
        prevHash,
      };
      prevHash = entryHash(fields);
      rows.push({ ...fields, hash: prevHash });
    }
    const col = <K extends keyof ChainRow>(k: K) => rows.map((r) => r[k]);
    await database.query(
      `insert into access_log (seq, at, actor_type, actor_id, actor_role, purpose, subject_type, subject_id, categories,
         action, ip, prev_hash, hash) overriding system value
       select s, a::timestamptz, t, i::uuid, r, p, st, si, c::text[], ac, ip, ph, h
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[]) as x(s, a, t, i, r, p, st, si, c, ac, ip, ph, h)`,
      [
        col('seq'),
        col('at'),
        col('actorType'),
        col('actorId'),
        col('actorRole'),
        col('purpose'),
        col('subjectType'),
        col('subjectId'),
        rows.map((r) => `{${r.categories.join(',')}}`),
        col('action'),
        col('ip'),
        col('prevHash'),
        col('hash'),
      ],
    );
  }
}

describe('access log at volume', () => {
  it(`verifies ${N.toLocaleString('en')} entries, and finds an edit near the end`, { timeout: 300_000 }, async () => {
    const database = await testDatabase();
    try {
      await bulkLog(database, N);
      const log = createAccessLog({ database, clock: new TestClock('2026-01-01T00:00:00Z'), auditDir: tempAuditDir() });
      await disableGuards(database);
      await database.query("update access_log set subject_id = 'someone-else' where seq = $1", [N - 10]);
      // One walk: every other entry verified, the one edited named.
      expect(await log.verify()).toEqual({
        ok: false,
        entries: N,
        checkpoints: 0,
        problems: [
          {
            kind: 'edited',
            seq: N - 10,
            message: `entry ${N - 10} was edited: its content no longer matches its hash`,
          },
        ],
      });
    } finally {
      await database.close();
    }
  });
});
