import { ZERO_HASH, entryHash } from './access-log.hash.ts';
import type { LinkRow } from './access-log.repo.ts';
import type { RowFacts, Run, ScanResult } from './access-log.scan.ts';
import type { Problem, ProblemKind } from './access-log.types.ts';

/**
 * The second pass of `verify()`: names what happened at each break the scan kept.
 *
 * Evidence. Each row has its content, its seq, its prevHash and its hash. A row is *genuine*
 * when its hash verifies for its content under some seq (its own, or another one: then it was
 * renumbered, and that seq is its original place). Its *predecessor* is the row whose hash its
 * prevHash names, its *successor* the row whose prevHash names its hash (or the hash its content
 * should have). Appends never leave gaps and always link to the entry just before, so:
 *
 * - edited: the hash does not verify under any seq, but the chain still runs through the row
 *   (a successor points to it, or it links to the row before it): its content (or its hash or
 *   prevHash field) was changed. Also edited: a row that verifies and links back, while the next
 *   row points to a hash that exists nowhere: its content was changed and its hash recomputed.
 * - deleted: a genuine row points to a hash that exists nowhere, and its original seq skips
 *   seqs after the row before it: those entries were removed. At the end of the log only a
 *   checkpoint can tell (truncated, see access-log.checkpoints.ts).
 * - inserted: a row that fits neither neighbour (its hash does not verify, or its prevHash does
 *   not name the row before, and nothing points to it); or rows that the next genuine row links
 *   past, to an earlier entry, when nothing points to them; or a genuine row whose hashed seq
 *   does not follow the entry it points to (an append always writes last + 1); or a copy of an
 *   entry that is still in its own place.
 * - reordered: a genuine row placed elsewhere than its hash says (origSeq ≠ seq) whose
 *   predecessor sits after it, or whose successor sits before it: seq order disagrees with the
 *   chain order.
 * - renumbered: genuine rows whose hashes verify at other seqs, in an order that still links:
 *   reported once per run (a deletion or insertion that was hidden by renumbering shows up as
 *   deleted or inserted first).
 *
 * Problems are sorted by entry, so the first one names the first place the log went wrong.
 */

export type Links = { byHash: Map<string, number[]>; byPrev: Map<string, number[]> };

export function indexLinks(rows: LinkRow[]): Links {
  const byHash = new Map<string, number[]>();
  const byPrev = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, seq: number) => m.set(k, [...(m.get(k) ?? []), seq]);
  for (const r of rows) {
    add(byHash, r.hash, r.seq);
    add(byPrev, r.prevHash, r.seq);
  }
  return { byHash, byPrev };
}

/** The hashes to look up for the kept rows: their predecessors' and their successors'. */
export function wantedLinks(scan: ScanResult): { hashes: string[]; prevHashes: string[] } {
  const hashes = [
    ...scan.facts.filter((f) => !f.linkIn && f.row.prevHash !== ZERO_HASH).map((f) => f.row.prevHash),
    ...scan.facts.map((f) => f.row.hash), // copies of a row elsewhere
  ];
  const prevHashes = scan.facts.flatMap((f) => [f.row.hash, f.recomputed]);
  return { hashes: [...new Set(hashes)], prevHashes: [...new Set(prevHashes)] };
}

const nearestBefore = (seqs: number[] | undefined, seq: number) => {
  const before = (seqs ?? []).filter((s) => s < seq);
  return before.length ? Math.max(...before) : (seqs ?? []).find((s) => s !== seq);
};
const nearestAfter = (seqs: number[] | undefined, seq: number) => {
  const after = (seqs ?? []).filter((s) => s > seq);
  return after.length ? Math.min(...after) : (seqs ?? []).find((s) => s !== seq);
};

const range = (a: number, b: number) => (a === b ? `entry ${a}` : `entries ${a}–${b}`);
const was = (a: number, b: number) => (a === b ? 'was' : 'were');
const entry = (f: RowFacts) =>
  f.origSeq !== null && f.origSeq !== f.row.seq ? `entry ${f.row.seq} (hashed as ${f.origSeq})` : `entry ${f.row.seq}`;

const rank: Record<ProblemKind, number> = {
  deleted: 0,
  inserted: 1,
  reordered: 2,
  edited: 3,
  renumbered: 4,
  truncated: 5,
  checkpoint_mismatch: 6,
  bad_signature: 7,
};
export const byEntry = (a: Problem, b: Problem) => a.seq - b.seq || rank[a.kind] - rank[b.kind];

export function classify(scan: ScanResult, links: Links): Problem[] {
  const bySeq = new Map(scan.facts.map((f) => [f.row.seq, f]));
  const origOf = (seq: number) => {
    const f = bySeq.get(seq);
    if (f) return f.origSeq ?? seq;
    const run = scan.runs.find((r) => r.from <= seq && seq <= r.to);
    return seq + (run?.offset ?? 0);
  };
  const predOf = (f: RowFacts): number | 'genesis' | null => {
    if (f.row.prevHash === ZERO_HASH) return 'genesis';
    if (f.linkIn) return f.prevSeq;
    return nearestBefore(links.byHash.get(f.row.prevHash), f.row.seq) ?? null;
  };
  const succOf = (f: RowFacts): { seq: number; via: 'hash' | 'recomputed' } | null => {
    const s = nearestAfter(links.byPrev.get(f.row.hash), f.row.seq);
    if (s !== undefined) return { seq: s, via: 'hash' };
    const r = f.recomputed === f.row.hash ? undefined : nearestAfter(links.byPrev.get(f.recomputed), f.row.seq);
    return r === undefined ? null : { seq: r, via: 'recomputed' };
  };

  // Rows the scan could not place: their predecessor or successor may tell where they belong
  // (this refines the scan's facts in place).
  for (const f of scan.facts) {
    if (f.origSeq !== null) continue;
    const pred = predOf(f);
    const succ = succOf(f);
    const candidates = [
      typeof pred === 'number' ? origOf(pred) + 1 : undefined,
      succ ? origOf(succ.seq) - 1 : undefined,
    ];
    f.origSeq =
      candidates.find((t) => t !== undefined && t >= 1 && entryHash({ ...f.row, seq: t }) === f.row.hash) ?? null;
  }

  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (kind: ProblemKind, seq: number, message: string) => {
    if (seen.has(`${kind}:${seq}`)) return;
    seen.add(`${kind}:${seq}`);
    problems.push({ kind, seq, message });
  };
  const renumbered: Run[] = [...scan.runs];

  for (const c of scan.facts) {
    if (c.clean) continue;
    const seq = c.row.seq;
    const a = c.prevSeq === null ? undefined : bySeq.get(c.prevSeq);
    const pred = predOf(c);
    const succ = succOf(c);

    if (c.origSeq === null) {
      if (succ?.via === 'recomputed') add('edited', seq, `${entry(c)} was edited: its stored hash was changed`);
      else if (succ || c.linkIn) add('edited', seq, `${entry(c)} was edited: its content no longer matches its hash`);
      else add('inserted', seq, `${entry(c)} was inserted: it fits neither neighbour and no entry points to it`);
      continue;
    }
    const original = links.byHash.get(c.row.hash)?.find((s) => s !== seq && origOf(s) === s && s === c.origSeq);
    if (original !== undefined) {
      add('inserted', seq, `${entry(c)} was inserted: it is a copy of entry ${original}`);
      continue;
    }
    if (c.origSeq !== seq && ((typeof pred === 'number' && pred > seq) || (succ && succ.seq < seq))) {
      add(
        'reordered',
        seq,
        typeof pred === 'number' && pred > seq
          ? `${entry(c)} is out of order: its chain links place it after entry ${pred}`
          : `${entry(c)} is out of order: entry ${succ!.seq} points back to it`,
      );
      continue;
    }
    if (pred === null) {
      const expected = a ? origOf(a.row.seq) + 1 : 1;
      if (c.origSeq > expected) {
        const last = c.origSeq - 1;
        add(
          'deleted',
          expected,
          `${range(expected, last)} ${was(expected, last)} deleted: ${entry(c)} points to an entry that is no longer in the log`,
        );
      } else if (c.origSeq === expected && a && !succOf(a)) {
        // The row before sits where c's predecessor was, yet c does not point to it: it was replaced.
        if (a.linkIn)
          add(
            'edited',
            a.row.seq,
            `${entry(a)} was edited: its hash was recomputed, but ${entry(c)} still points to the original`,
          );
        else
          add(
            'inserted',
            a.row.seq,
            `${entry(a)} was inserted in place of the original: it links to neither neighbour`,
          );
      } else if (c.origSeq === expected) {
        add('inserted', seq, `${entry(c)} was inserted: it points to an entry that was never in the log`);
      } else {
        add(
          'reordered',
          seq,
          `${entry(c)} is out of order: its hash places it at entry ${c.origSeq}, before entry ${a?.row.seq}`,
        );
      }
    } else if (pred === 'genesis') {
      if (a) add('inserted', seq, `${entry(c)} was inserted: it claims to be the first entry of the log`);
    } else if (pred < seq) {
      const between = scan.facts.filter((f) => f.row.seq > pred && f.row.seq < seq);
      if (pred !== c.prevSeq && between.every((f) => !succOf(f))) {
        const last = c.prevSeq!; // pred < prevSeq here: the rows between exist
        add(
          'inserted',
          pred + 1,
          `${range(pred + 1, last)} ${was(pred + 1, last)} inserted: ${entry(c)} points past ${pred + 1 === last ? 'it' : 'them'} to entry ${pred}`,
        );
      } else if (pred === c.prevSeq && c.origSeq !== origOf(pred) + 1) {
        add(
          'inserted',
          seq,
          `${entry(c)} was inserted: its hash was made for seq ${c.origSeq}, which does not follow entry ${pred} that it points to`,
        );
      }
    }
    if (c.origSeq !== seq) renumbered.push({ from: seq, to: seq, offset: c.origSeq - seq });
  }

  for (const r of mergeRuns(renumbered)) {
    const fit =
      r.from === r.to
        ? `its hash fits seq ${r.from + r.offset}`
        : `their hashes fit seq ${r.from + r.offset}–${r.to + r.offset}`;
    add('renumbered', r.from, `${range(r.from, r.to)} ${was(r.from, r.to)} renumbered: ${fit}`);
  }
  // An inserted row that looked like an edited one (it linked back) is reported once, as inserted.
  const inserted = new Set(problems.filter((p) => p.kind === 'inserted').map((p) => p.seq));
  return problems.filter((p) => !(p.kind === 'edited' && inserted.has(p.seq))).sort(byEntry);
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of [...runs].sort((x, y) => x.from - y.from)) {
    const last = out[out.length - 1];
    if (last && last.offset === r.offset && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}
