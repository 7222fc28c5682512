import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { ZERO_HASH, entryHash, isoFromDb } from './access-log.hash.ts';
import { checkCheckpoints, signCheckpoint } from './access-log.checkpoints.ts';
import type { LinkRow } from './access-log.repo.ts';
import type { ChainRow } from './access-log.types.ts';
import { verifyChain } from './access-log.verify.ts';

// The detection rules on logs held in memory: the same code `verify()` runs over the database.

const base = (seq: number) => ({
  at: new Date(Date.UTC(2026, 0, 15, 9, 0, seq)).toISOString(),
  actorType: 'staff',
  actorId: '6f1c1f4e-0000-4000-8000-000000000001',
  actorRole: 'customer_service',
  purpose: 'b.customer_service',
  subjectType: 'contact',
  subjectId: `c-${seq % 3}`,
  categories: ['email', 'full_name'],
  action: 'read',
  ip: '10.0.0.1',
});

/** A valid chain of n entries, seq 1..n. */
function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const fields = { ...base(seq), seq, prevHash: rows[seq - 2]?.hash ?? ZERO_HASH };
    rows.push({ ...fields, hash: entryHash(fields) });
  }
  return rows;
}

/** Rehashes rows from index i on, as a forger who knows the scheme would. */
function rehashFrom(rows: ChainRow[], i: number): ChainRow[] {
  const out = rows.slice(0, i);
  for (const r of rows.slice(i)) {
    const fields = { ...r, prevHash: out[out.length - 1]?.hash ?? ZERO_HASH };
    out.push({ ...fields, hash: entryHash(fields) });
  }
  return out;
}

const renumber = (rows: ChainRow[], by: number) => rows.map((r) => ({ ...r, seq: r.seq + by }));

async function check(rows: ChainRow[], checkpoints: { seq: number; hash: string; count: number }[] = []) {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  async function* pages() {
    for (let i = 0; i < sorted.length; i += 7) yield sorted.slice(i, i + 7);
  }
  const lookup = async (hashes: string[], prevHashes: string[]): Promise<LinkRow[]> =>
    sorted.filter((r) => hashes.includes(r.hash) || prevHashes.includes(r.prevHash));
  const { privateKey } = generateKeyPairSync('ed25519');
  const valid = checkpoints.map((c) => signCheckpoint({ ...c, at: '2026-01-15T10:00:00.000Z' }, privateKey));
  return verifyChain({ pages: pages(), lookup, checkpoints: { lines: valid.length, valid, problems: [] } });
}

const first = async (rows: ChainRow[], cps: { seq: number; hash: string; count: number }[] = []) => {
  const r = await check(rows, cps);
  expect(r.ok).toBe(false);
  return r.problems[0]!;
};

describe('access log verification rules', () => {
  const log = chain(40);
  const at = (seq: number) => log[seq - 1]!;

  it('an untampered log verifies', async () => {
    expect(await check(log, [{ seq: 40, hash: at(40).hash, count: 40 }])).toEqual({
      ok: true,
      entries: 40,
      checkpoints: 1,
      problems: [],
    });
    expect((await check([])).ok).toBe(true);
  });

  it('edited: a field, the hash field, the prevHash field, and content re-hashed', async () => {
    const edit = (seq: number, patch: Partial<ChainRow>) => log.map((r) => (r.seq === seq ? { ...r, ...patch } : r));
    expect(await first(edit(7, { purpose: 'c.marketing' }))).toMatchObject({ kind: 'edited', seq: 7 });
    expect((await first(edit(7, { purpose: 'c.marketing' }))).message).toBe(
      'entry 7 was edited: its content no longer matches its hash',
    );
    expect(await first(edit(7, { hash: 'a'.repeat(64) }))).toMatchObject({ kind: 'edited', seq: 7 });
    expect(await first(edit(7, { prevHash: 'a'.repeat(64) }))).toMatchObject({ kind: 'edited', seq: 7 });
    expect(await first(edit(40, { ip: '10.9.9.9' }))).toMatchObject({ kind: 'edited', seq: 40 });
    const rehashed = { ...at(7), subjectId: 'someone-else' };
    const p = await first(edit(7, { subjectId: 'someone-else', hash: entryHash(rehashed) }));
    expect(p).toMatchObject({ kind: 'edited', seq: 7 });
    expect(p.message).toMatch(/hash was recomputed, but entry 8 still points to the original/);
  });

  it('deleted: one entry, several, the first, and deletions hidden by renumbering', async () => {
    expect(await first(log.filter((r) => r.seq !== 7))).toEqual({
      kind: 'deleted',
      seq: 7,
      message: 'entry 7 was deleted: entry 8 points to an entry that is no longer in the log',
    });
    expect(await first(log.filter((r) => r.seq < 7 || r.seq > 9))).toMatchObject({ kind: 'deleted', seq: 7 });
    expect((await first(log.filter((r) => r.seq < 7 || r.seq > 9))).message).toMatch(/^entries 7–9 were deleted/);
    expect(await first(log.slice(1))).toMatchObject({ kind: 'deleted', seq: 1 });
    const closed = [...log.slice(0, 6), ...renumber(log.slice(9), -3)];
    const r = await check(closed);
    expect(r.problems.map((p) => [p.kind, p.seq])).toEqual([
      ['deleted', 7],
      ['renumbered', 7],
    ]);
    expect(r.problems[1]!.message).toBe('entries 7–37 were renumbered: their hashes fit seq 10–40');
  });

  it('inserted: renumbered to make room, a lazy forgery, a forged run, a second genesis', async () => {
    const forged = { ...base(100), seq: 8, subjectId: 'forged', prevHash: at(7).hash };
    const made = [...log.slice(0, 7), { ...forged, hash: entryHash(forged) }, ...renumber(log.slice(7), 1)];
    const r = await check(made, [{ seq: 20, hash: at(20).hash, count: 20 }]);
    expect(r.problems.map((p) => [p.kind, p.seq])).toEqual([
      ['inserted', 8],
      ['renumbered', 9],
      ['checkpoint_mismatch', 20],
    ]);
    expect(r.problems[0]!.message).toBe('entry 8 was inserted: entry 9 (hashed as 8) points past it to entry 7');
    const lazy = [
      ...log.slice(0, 7),
      { ...forged, prevHash: 'f'.repeat(64), hash: 'e'.repeat(64) },
      ...renumber(log.slice(7), 1),
    ];
    expect(await first(lazy)).toMatchObject({ kind: 'inserted', seq: 8 });
    const run = rehashFrom([...log.slice(0, 7), { ...forged, hash: '' }, { ...forged, seq: 9, hash: '' }], 7);
    expect(await first([...run, ...renumber(log.slice(7), 2)])).toMatchObject({ kind: 'inserted', seq: 8 });
    const genesis = { ...forged, prevHash: ZERO_HASH };
    expect(
      await first([...log.slice(0, 7), { ...genesis, hash: entryHash(genesis) }, ...renumber(log.slice(7), 1)]),
    ).toMatchObject({
      kind: 'inserted',
      seq: 8,
    });
    // Into a gap past the end, linked to the last entry but hashed for a seq an append would never use.
    const gap = { ...forged, seq: 45, prevHash: at(40).hash };
    expect(await first([...log, { ...gap, hash: entryHash(gap) }])).toMatchObject({ kind: 'inserted', seq: 45 });
  });

  it('reordered: neighbours swapped, and entries far apart swapped', async () => {
    const swap = (x: number, y: number) =>
      log.map((r) => (r.seq === x ? { ...at(y), seq: x } : r.seq === y ? { ...at(x), seq: y } : r));
    const p = await first(swap(7, 8));
    expect(p).toMatchObject({ kind: 'reordered', seq: 7 });
    expect(p.message).toBe('entry 7 (hashed as 8) is out of order: its chain links place it after entry 8');
    expect((await check(swap(7, 8))).problems.map((q) => q.kind)).toEqual(['reordered', 'reordered']);
    expect(await first(swap(3, 30))).toMatchObject({ kind: 'reordered', seq: 3 });
  });

  it('inserted: a copy of an entry that is still in its place', async () => {
    expect(await first([...log, { ...at(5), seq: 41 }])).toEqual({
      kind: 'inserted',
      seq: 41,
      message: 'entry 41 (hashed as 5) was inserted: it is a copy of entry 5',
    });
  });

  it('a rewritten chain passes the links and fails the checkpoints', async () => {
    const rewritten = rehashFrom(
      log.map((r) => (r.seq === 5 ? { ...r, purpose: 'c.marketing' } : r)),
      4,
    );
    expect((await check(rewritten)).ok).toBe(true);
    const r = await check(rewritten, [
      { seq: 3, hash: at(3).hash, count: 3 },
      { seq: 10, hash: at(10).hash, count: 10 },
      { seq: 20, hash: at(20).hash, count: 20 },
    ]);
    expect(r.problems).toEqual([
      {
        kind: 'checkpoint_mismatch',
        seq: 10,
        message:
          'entry 10 does not match the checkpoint signed at 2026-01-15T10:00:00.000Z: the log was rewritten after entry 3 and at or before entry 10 (1 later checkpoint do not match either)',
      },
    ]);
  });

  it('truncated: entries cut off after a checkpoint, down to an empty log', async () => {
    expect(await first(log.slice(0, 37), [{ seq: 40, hash: at(40).hash, count: 40 }])).toMatchObject({
      kind: 'truncated',
      seq: 38,
    });
    expect((await first([], [{ seq: 40, hash: at(40).hash, count: 40 }])).message).toMatch(
      /^entries 1–40 were cut off the end of the log: .* the log is now empty$/,
    );
  });

  it('counts: fewer entries than the latest checkpoint counted', () => {
    const cp = { seq: 10, hash: 'h', at: '2026-01-15T10:00:00.000Z', count: 10, signature: '' };
    expect(checkCheckpoints([cp], { entries: 9, lastSeq: 10, hashAt: new Map([[10, 'h']]) })).toMatchObject([
      { kind: 'checkpoint_mismatch', seq: 10 },
    ]);
  });

  it('reads times back as they were hashed, and keeps finer edits visible', () => {
    expect(isoFromDb('2026-01-15T09:00:00.123000Z')).toBe('2026-01-15T09:00:00.123Z');
    expect(isoFromDb('2026-01-15T09:00:00.123456Z')).toBe('2026-01-15T09:00:00.123456Z');
  });
});
