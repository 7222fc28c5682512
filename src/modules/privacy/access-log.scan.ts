import { ZERO_HASH, entryHash } from './access-log.hash.ts';
import type { ChainRow } from './access-log.types.ts';

/**
 * The first pass of `verify()`: streams the log once in seq order, recomputes every hash and
 * keeps only what is needed to explain a break: the rows that do not fit (and the row before
 * each), plus runs of renumbered rows folded to one interval. Memory stays flat on a clean log
 * of any size.
 */

/** What the first pass learns about one row. */
export type RowFacts = {
  row: ChainRow;
  /** The seq of the row before it in seq order (null for the first row). */
  prevSeq: number | null;
  /** The hash of its content under its present seq. */
  recomputed: string;
  /** The seq under which its stored hash verifies: its own, another (renumbered), or none found. */
  origSeq: number | null;
  /** Its prevHash is the previous row's hash (the zero hash for the first row). */
  linkIn: boolean;
  /** Hash, link and seq all as an append writes them. */
  clean: boolean;
};

/** Rows from..to whose hashes verify at seq + offset, each linked to the one before. */
export type Run = { from: number; to: number; offset: number };

export type ScanResult = {
  entries: number;
  lastSeq: number;
  facts: RowFacts[];
  runs: Run[];
  /** The stored hash at each seq a checkpoint names. */
  hashAt: Map<number, string>;
  /** More broken rows than `maxFacts`: the rest were counted, not kept. */
  overflow: boolean;
};

export type SeqSearch = { find(row: ChainRow, first: (number | undefined)[]): number | null };

/**
 * Finds the seq a row's hash was made for: the likely candidates first, then (within a budget of
 * searches, so a log with every row edited stays linear) the seqs up to `radius` either side.
 */
export function seqSearch(budget = 200, radius = 64): SeqSearch {
  let left = budget;
  return {
    find(row, first) {
      const tried = new Set<number>([row.seq]);
      const fits = (t: number | undefined): t is number => {
        if (t === undefined || t < 1 || tried.has(t)) return false;
        tried.add(t);
        return entryHash({ ...row, seq: t }) === row.hash;
      };
      for (const t of first) if (fits(t)) return t;
      if (left <= 0) return null;
      left--;
      for (let d = 1; d <= radius; d++) {
        if (fits(row.seq - d)) return row.seq - d;
        if (fits(row.seq + d)) return row.seq + d;
      }
      return null;
    },
  };
}

export async function scan(
  pages: AsyncIterable<ChainRow[]>,
  opts: { checkpointSeqs: ReadonlySet<number>; search: SeqSearch; maxFacts?: number },
): Promise<ScanResult> {
  const maxFacts = opts.maxFacts ?? 10_000;
  const facts: RowFacts[] = [];
  const runs: Run[] = [];
  const hashAt = new Map<number, string>();
  let entries = 0;
  let overflow = false;
  let prev: RowFacts | null = null;
  let prevKept = false;
  let lastOffset: number | undefined;
  const keep = (f: RowFacts) => {
    if (facts.length < maxFacts) facts.push(f);
    else overflow = true;
  };

  for await (const page of pages) {
    for (const row of page) {
      if (prev && row.seq <= prev.row.seq) throw new Error('access log pages must come in ascending seq order');
      entries++;
      const recomputed = entryHash(row);
      const self = recomputed === row.hash;
      const linkIn = row.prevHash === (prev ? prev.row.hash : ZERO_HASH);
      const seqOk = row.seq === (prev ? prev.row.seq + 1 : 1);
      const afterPrev = prev?.origSeq != null ? prev.origSeq + 1 : undefined;
      const origSeq = self
        ? row.seq
        : opts.search.find(row, [afterPrev, lastOffset === undefined ? undefined : row.seq + lastOffset]);
      const f: RowFacts = {
        row,
        prevSeq: prev?.row.seq ?? null,
        recomputed,
        origSeq,
        linkIn,
        clean: self && linkIn && seqOk,
      };
      if (origSeq !== null && origSeq !== row.seq) lastOffset = origSeq - row.seq;
      if (opts.checkpointSeqs.has(row.seq)) hashAt.set(row.seq, row.hash);

      let kept = false;
      if (!f.clean) {
        // Renumbered but still linked to the row before, in order: only a renumbering.
        const renumbered = !self && origSeq !== null && linkIn && origSeq === afterPrev;
        if (renumbered) {
          const last = runs[runs.length - 1];
          if (last && last.to === prev!.row.seq && last.offset === origSeq - row.seq) last.to = row.seq;
          else runs.push({ from: row.seq, to: row.seq, offset: origSeq - row.seq });
        } else {
          if (prev && !prevKept) keep(prev);
          keep(f);
          kept = true;
        }
      }
      prev = f;
      prevKept = kept;
    }
  }
  return { entries, lastSeq: prev?.row.seq ?? 0, facts, runs, hashAt, overflow };
}
