import { z } from 'zod';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import { appendCheckpoint, readCheckpoints, signCheckpoint } from './access-log.checkpoints.ts';
import { AccessLogError } from './access-log.errors.ts';
import { ZERO_HASH, entryHash } from './access-log.hash.ts';
import { loadPublicKey, loadSigningKey } from './access-log.keys.ts';
import { appendEntry, forSubject, hashAt, head, linksFor, pages, type Tx } from './access-log.repo.ts';
import {
  accessLogEntrySchema,
  subjectTypes,
  type AccessLogEntry,
  type AccessLogEntryInput,
  type Checkpoint,
  type SubjectAccess,
  type VerifyResult,
} from './access-log.types.ts';
import { verifyChain } from './access-log.verify.ts';
import { groupCommit } from './access-log.batch.ts';
import { createLogWriter } from './access-log.writer.ts';

export type AccessLogDeps = {
  database: Database;
  clock: Clock;
  /** Outside the database: the signing key and the signed checkpoints (config.auditDir). */
  auditDir: string;
};

const listSchema = z.strictObject({
  subjectType: z.enum(subjectTypes),
  subjectId: z.string().min(1).max(200),
  limit: z.number().int().min(1).max(500),
  beforeSeq: z.number().int().min(1).optional(),
});

function validated<T>(schema: z.ZodType<T>, input: unknown): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields = r.error.issues.map((i) => ({ field: i.path.join('.') || '(entry)', message: i.message }));
  throw new AppError('validation', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}

/** The tamper-evident access log (DESIGN.md, "The privacy kernel", point 3). */
export function createAccessLog({ database, clock, auditDir }: AccessLogDeps) {
  const writer = createLogWriter(database, () => clock.now());
  const batch = groupCommit((entries: AccessLogEntry[]) => writer.write(entries));
  return {
    /**
     * Appends one entry. Given the caller's transaction, the entry commits (or rolls back) with
     * the data change it records; the log's lock is then held until that transaction ends, so
     * append last, just before commit. Without one, the entry is written with the others that
     * arrive meanwhile, in one statement (access-log.writer.ts).
     */
    async append(input: AccessLogEntryInput, opts: { tx?: Tx } = {}): Promise<{ seq: number; hash: string }> {
      const entry = validated(accessLogEntrySchema, input);
      const now = () => clock.now().toISOString();
      if (opts.tx) return appendEntry(opts.tx, entry, now);
      return batch.add(entry);
    },

    /**
     * Who at Kliniksupport accessed a data subject's data, newest first: when, in which role, for
     * which purpose, which categories, what was done. The policy names no staff, so the role is
     * what the customer sees: never a staff member's name, id or address.
     */
    async listForSubject(
      subjectType: (typeof subjectTypes)[number],
      subjectId: string,
      opts: { limit: number; beforeSeq?: number },
    ): Promise<SubjectAccess[]> {
      const q = validated(listSchema, { subjectType, subjectId, ...opts });
      return forSubject(database, q.subjectType, q.subjectId, { limit: q.limit, beforeSeq: q.beforeSeq });
    },

    /**
     * Signs the latest entry (seq, hash), the time and the number of entries, and appends the
     * checkpoint to <auditDir>/checkpoints.jsonl; also when nothing was logged since the last one,
     * so a later truncation shows. It first checks the entries since the last valid checkpoint,
     * and that no entry before it went missing (by the count), so it never signs over a broken
     * log (AccessLogError 'tampered': run `audit verify`). Edits before the last checkpoint are
     * for `verify()` to find: a full walk every quarter hour would not scale.
     */
    async checkpoint(): Promise<Checkpoint> {
      const { privateKey, publicKey } = await loadSigningKey(auditDir);
      const { valid } = await readCheckpoints(auditDir, publicKey);
      const top = await head(database);
      const since = valid.reduce<Checkpoint | undefined>((m, c) => (!m || c.seq > m.seq ? c : m), undefined);
      const expected = (since?.count ?? 0) + top.seq - (since?.seq ?? 0);
      const broken =
        top.count < expected
          ? `the log holds ${top.count} entries where ${expected} were expected since the last checkpoint`
          : await firstBreak(database, since ?? { seq: 0, hash: ZERO_HASH }, top.seq);
      if (broken) throw new AccessLogError('tampered', `not signing a checkpoint: ${broken}; run \`audit verify\``);
      const cp = signCheckpoint(
        { seq: top.seq, hash: top.hash, at: clock.now().toISOString(), count: top.count },
        privateKey,
      );
      await appendCheckpoint(auditDir, cp);
      return cp;
    },

    /** Walks the whole log (in pages) and holds it to its checkpoints; see access-log.classify.ts. */
    async verify(): Promise<VerifyResult> {
      const checkpoints = await readCheckpoints(auditDir, await loadPublicKey(auditDir));
      return verifyChain({
        pages: pages(database),
        lookup: (hashes, prevHashes) => linksFor(database, hashes, prevHashes),
        checkpoints,
      });
    },
  };
}

export type AccessLog = ReturnType<typeof createAccessLog>;

/** The first way the entries after `from` (up to `upTo`) differ from what appends write, or null. */
async function firstBreak(
  database: Database,
  from: { seq: number; hash: string },
  upTo: number,
): Promise<string | null> {
  if (from.seq > upTo) return `the log ends at entry ${upTo}, before the last checkpoint's entry ${from.seq}`;
  if (from.seq > 0 && (await hashAt(database, from.seq)) !== from.hash) {
    return `entry ${from.seq} no longer matches the last checkpoint`;
  }
  let prev = from.seq > 0 ? from : { seq: 0, hash: ZERO_HASH };
  for await (const page of pages(database, { afterSeq: from.seq })) {
    for (const row of page) {
      if (row.seq > upTo) return null;
      if (row.seq !== prev.seq + 1 || row.prevHash !== prev.hash || entryHash(row) !== row.hash) {
        return `entry ${row.seq} does not follow entry ${prev.seq} in the chain`;
      }
      prev = row;
    }
  }
  return prev.seq === upTo ? null : `the log ends at entry ${prev.seq}, not ${upTo}`;
}
