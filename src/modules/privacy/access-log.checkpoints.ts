import fs from 'node:fs/promises';
import path from 'node:path';
import { sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import type { Checkpoint, CheckpointBody, Problem } from './access-log.types.ts';

/**
 * Signed checkpoints, one JSON line each in `<auditDir>/checkpoints.jsonl`: the latest entry's
 * seq and hash, the time of signing and the number of entries, signed with Ed25519 over their
 * RFC 8785 canonical JSON. They catch what the chain alone cannot: a chain rewritten end to end
 * with fresh hashes, and entries cut off its end.
 */
export const checkpointsFile = (auditDir: string) => path.join(auditDir, 'checkpoints.jsonl');

const payload = (b: CheckpointBody) =>
  Buffer.from(canonicalize({ seq: b.seq, hash: b.hash, at: b.at, count: b.count })!, 'utf8');

export function signCheckpoint(body: CheckpointBody, privateKey: KeyObject): Checkpoint {
  return { ...body, signature: sign(null, payload(body), privateKey).toString('base64') };
}

/** Appends one line and syncs it to disk (one write in append mode: lines never interleave). */
export async function appendCheckpoint(auditDir: string, cp: Checkpoint): Promise<void> {
  const handle = await fs.open(checkpointsFile(auditDir), 'a', 0o600);
  try {
    await handle.write(JSON.stringify(cp) + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const lineSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  count: z.number().int().min(0),
  signature: z.base64(),
});

export type CheckpointFile = { lines: number; valid: Checkpoint[]; problems: Problem[] };

/** Reads every line and checks its signature; a line that fails is a problem, never trusted. */
export async function readCheckpoints(auditDir: string, publicKey: KeyObject | undefined): Promise<CheckpointFile> {
  let text = '';
  try {
    text = await fs.readFile(checkpointsFile(auditDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const lines = text.split('\n').flatMap((line, i) => (line.trim() ? [{ line, n: i + 1 }] : []));
  if (lines.length > 0 && !publicKey) {
    const message = `signing-key.pub.pem is missing from the audit folder: ${lines.length} checkpoints cannot be checked`;
    return { lines: lines.length, valid: [], problems: [{ kind: 'bad_signature', seq: 0, message }] };
  }
  const valid: Checkpoint[] = [];
  const problems: Problem[] = [];
  for (const { line, n } of lines) {
    let parsed: Checkpoint | undefined;
    try {
      parsed = lineSchema.parse(JSON.parse(line));
    } catch {
      const message = `line ${n} of checkpoints.jsonl is not a checkpoint: the file was altered`;
      problems.push({ kind: 'bad_signature', seq: 0, message });
      continue;
    }
    if (verify(null, payload(parsed), publicKey!, Buffer.from(parsed.signature, 'base64'))) valid.push(parsed);
    else {
      const message = `the checkpoint on line ${n} of checkpoints.jsonl (entry ${parsed.seq}) has a bad signature: it was altered or not signed with this audit key`;
      problems.push({ kind: 'bad_signature', seq: parsed.seq, message });
    }
  }
  return { lines: lines.length, valid, problems };
}

const range = (a: number, b: number) => (a === b ? `entry ${a}` : `entries ${a}–${b}`);

/**
 * Holds the log to its signed checkpoints: the entry each names must still be there with the
 * signed hash (else checkpoint_mismatch: the log was rewritten up to there), the log must reach
 * as far as the furthest checkpoint (else truncated), and hold at least as many entries as the
 * latest counted (else checkpoint_mismatch). Only the first mismatch is described in full.
 */
export function checkCheckpoints(
  valid: Checkpoint[],
  log: { entries: number; lastSeq: number; hashAt: ReadonlyMap<number, string> },
): Problem[] {
  const problems: Problem[] = [];
  const bySeq = [...valid].sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
  let lastGood: Checkpoint | undefined;
  let firstBad: Checkpoint | undefined;
  let laterBad = 0;
  for (const cp of bySeq) {
    if (cp.seq === 0 || cp.seq > log.lastSeq) continue;
    if (log.hashAt.get(cp.seq) === cp.hash) {
      if (!firstBad) lastGood = cp;
    } else if (!firstBad) firstBad = cp;
    else laterBad++;
  }
  if (firstBad) {
    const missing = !log.hashAt.has(firstBad.seq);
    const since = lastGood ? `after entry ${lastGood.seq} and ` : '';
    const later = laterBad ? ` (${laterBad} later checkpoint${laterBad === 1 ? '' : 's'} do not match either)` : '';
    const message = missing
      ? `entry ${firstBad.seq}, signed in the checkpoint of ${firstBad.at}, is missing from the log${later}`
      : `entry ${firstBad.seq} does not match the checkpoint signed at ${firstBad.at}: the log was rewritten ${since}at or before entry ${firstBad.seq}${later}`;
    problems.push({ kind: 'checkpoint_mismatch', seq: firstBad.seq, message });
  }
  const furthest = bySeq[bySeq.length - 1];
  const latest = [...valid].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq)[valid.length - 1];
  if (furthest && furthest.seq > log.lastSeq) {
    const from = log.lastSeq + 1;
    const end = log.lastSeq ? `the log now ends at entry ${log.lastSeq}` : 'the log is now empty';
    const message = `${range(from, furthest.seq)} ${from === furthest.seq ? 'was' : 'were'} cut off the end of the log: the checkpoint of ${furthest.at} covered up to entry ${furthest.seq}, ${end}`;
    problems.push({ kind: 'truncated', seq: from, message });
  } else if (latest && latest.count > log.entries) {
    const message = `the log holds ${log.entries} entries, but the checkpoint of ${latest.at} counted ${latest.count}`;
    problems.push({ kind: 'checkpoint_mismatch', seq: latest.seq, message });
  }
  return problems;
}
