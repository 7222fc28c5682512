import { byEntry, classify, indexLinks, wantedLinks } from './access-log.classify.ts';
import { checkCheckpoints, type CheckpointFile } from './access-log.checkpoints.ts';
import type { LinkRow } from './access-log.repo.ts';
import { scan, seqSearch } from './access-log.scan.ts';
import type { ChainRow, Problem, VerifyResult } from './access-log.types.ts';

/** At most this many problems are listed (the first ones, by entry). */
const MAX_PROBLEMS = 1000;

/**
 * Verifies a log given as pages in seq order: one streaming pass (access-log.scan.ts), one
 * look-up of the hashes around the breaks it found, the classification of each break
 * (access-log.classify.ts) and the checks against the signed checkpoints
 * (access-log.checkpoints.ts). Problems come sorted by entry, the first one first. On a log
 * broken in more places than the scan keeps (10,000 rows), the list is not complete, but `ok`
 * is false and the first problems are right.
 */
export async function verifyChain(input: {
  pages: AsyncIterable<ChainRow[]>;
  lookup: (hashes: string[], prevHashes: string[]) => Promise<LinkRow[]>;
  checkpoints: CheckpointFile;
}): Promise<VerifyResult> {
  const checkpointSeqs = new Set(input.checkpoints.valid.map((c) => c.seq));
  const s = await scan(input.pages, { checkpointSeqs, search: seqSearch() });
  let chain: Problem[] = [];
  if (s.facts.length > 0 || s.runs.length > 0) {
    const want = wantedLinks(s);
    chain = classify(s, indexLinks(await input.lookup(want.hashes, want.prevHashes)));
  }
  const problems = [...chain, ...input.checkpoints.problems, ...checkCheckpoints(input.checkpoints.valid, s)].sort(
    byEntry,
  );
  return {
    ok: problems.length === 0,
    entries: s.entries,
    checkpoints: input.checkpoints.lines,
    problems: problems.slice(0, MAX_PROBLEMS),
  };
}
