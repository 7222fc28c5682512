import { desc, sql } from 'drizzle-orm';
import type { Database, Db } from '#src/platform/db/index.ts';
import { accessLog } from './access-log.tables.ts';
import { AccessLogError } from './access-log.errors.ts';
import { ZERO_HASH, entryHash, isoFromDb } from './access-log.hash.ts';
import type { AccessLogEntry, ChainRow, SubjectAccess } from './access-log.types.ts';

/** A Drizzle transaction, as `database.db.transaction(async (tx) => …)` hands it over. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Serialises appends: one transaction-scoped advisory lock for the whole log (Kliniksupport's
 * org. nr followed by 01; the migrations lock the org. nr itself).
 */
export const APPEND_LOCK = 556_940_333_901;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Appends one entry inside `tx`. Under the lock the previous entry is read afresh (in READ
 * COMMITTED each statement sees what committed before it, so the last holder's entry is
 * visible), and the new one takes seq = last + 1 with OVERRIDING SYSTEM VALUE. The lock is held
 * until `tx` ends, so the next append waits for this one to commit or roll back; a rolled back
 * append leaves no gap. Should anything insert without the lock, the primary key on seq makes
 * the second writer fail instead of forking the chain.
 */
export async function appendEntry(
  tx: Tx,
  entry: AccessLogEntry,
  now: () => string,
): Promise<{ seq: number; hash: string }> {
  const [one] = await appendEntries(tx, [entry], now);
  return one!;
}

/**
 * Appends several entries in order inside `tx`: one lock, one read of the head, one insert.
 * Group commit: appends that arrive while another is being written wait and go together.
 */
export async function appendEntries(
  tx: Tx,
  entries: AccessLogEntry[],
  now: () => string,
): Promise<{ seq: number; hash: string }[]> {
  const [lock] = rowsOf<{ iso: string }>(
    await tx.execute(
      sql`select pg_advisory_xact_lock(${APPEND_LOCK}::bigint)::text as locked, current_setting('transaction_isolation') as iso`,
    ),
  );
  if (lock?.iso !== 'read committed') {
    // A snapshot older than the lock would not see the previous entry.
    throw new AccessLogError('isolation', `access log appends need a READ COMMITTED transaction, not ${lock?.iso}`);
  }
  const [last] = await tx
    .select({ seq: accessLog.seq, hash: accessLog.hash })
    .from(accessLog)
    .orderBy(desc(accessLog.seq))
    .limit(1);
  // The time is read under the lock, so times never run backwards along the chain.
  const at = now();
  let prev = { seq: last?.seq ?? 0, hash: last?.hash ?? ZERO_HASH };
  const rows = entries.map((entry) => {
    const fields = { ...entry, seq: prev.seq + 1, at, prevHash: prev.hash };
    const row = { ...fields, hash: entryHash(fields) };
    prev = { seq: row.seq, hash: row.hash };
    return row;
  });
  try {
    await tx.insert(accessLog).overridingSystemValue().values(rows);
  } catch (e) {
    if (pgCode(e) === '23505') {
      throw new AccessLogError('conflict', `access log entries from ${rows[0]!.seq} were written by another writer`);
    }
    throw e;
  }
  return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
}

export function pgCode(e: unknown): string | undefined {
  for (let x = e as { code?: unknown; cause?: unknown } | undefined; x; x = x.cause as typeof x) {
    if (typeof x.code === 'string') return x.code;
  }
  return undefined;
}

// seq is read as text (PGlite and pg disagree on bigint), so ORDER BY must name access_log.seq,
// or it would sort the text column: 1, 10, 11, …, 2.
const ROW = `seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
  actor_type, actor_id::text as actor_id, actor_role, purpose, subject_type, subject_id, categories, action, ip,
  prev_hash, hash`;

type RawRow = {
  seq: string;
  at: string;
  actor_type: string;
  actor_id: string | null;
  actor_role: string;
  purpose: string;
  subject_type: string;
  subject_id: string;
  categories: string[];
  action: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
};

const toChainRow = (r: RawRow): ChainRow => ({
  seq: Number(r.seq),
  at: isoFromDb(r.at),
  actorType: r.actor_type,
  actorId: r.actor_id,
  actorRole: r.actor_role,
  purpose: r.purpose,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  categories: r.categories,
  action: r.action,
  ip: r.ip,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The log in seq order, a page at a time (keyset on seq: constant cost per page at any depth). */
export async function* pages(database: Database, opts: { afterSeq?: number; pageSize?: number } = {}) {
  const size = opts.pageSize ?? 1000;
  let after = opts.afterSeq ?? 0;
  for (;;) {
    const rows = await database.query<RawRow>(
      `select ${ROW} from access_log where seq > $1::bigint order by access_log.seq limit $2`,
      [after, size],
    );
    if (rows.length > 0) yield rows.map(toChainRow);
    if (rows.length < size) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

export type LinkRow = { seq: number; hash: string; prevHash: string };

/** Rows whose hash is one of `hashes` or whose prevHash is one of `prevHashes` (one scan). */
export async function linksFor(database: Database, hashes: string[], prevHashes: string[]): Promise<LinkRow[]> {
  if (hashes.length === 0 && prevHashes.length === 0) return [];
  const rows = await database.query<{ seq: string; hash: string; prev_hash: string }>(
    'select seq::text as seq, hash, prev_hash from access_log where hash = any($1::text[]) or prev_hash = any($2::text[])',
    [hashes, prevHashes],
  );
  return rows.map((r) => ({ seq: Number(r.seq), hash: r.hash, prevHash: r.prev_hash }));
}

/** The latest entry and the number of entries, read in one snapshot. */
export async function head(database: Database): Promise<{ seq: number; hash: string; count: number }> {
  const [row] = await database.query<{ seq: string; hash: string; count: string }>(
    'select seq::text as seq, hash, (select count(*) from access_log)::text as count from access_log order by access_log.seq desc limit 1',
  );
  return row
    ? { seq: Number(row.seq), hash: row.hash, count: Number(row.count) }
    : { seq: 0, hash: ZERO_HASH, count: 0 };
}

export async function hashAt(database: Database, seq: number): Promise<string | undefined> {
  const [row] = await database.query<{ hash: string }>('select hash from access_log where seq = $1::bigint', [seq]);
  return row?.hash;
}

export async function forSubject(
  database: Database,
  subjectType: string,
  subjectId: string,
  opts: { limit: number; beforeSeq?: number | undefined },
): Promise<SubjectAccess[]> {
  // Only what the customer is shown: no actor id, no actor type, no address.
  const rows = await database.query<Pick<RawRow, 'seq' | 'at' | 'actor_role' | 'purpose' | 'categories' | 'action'>>(
    `select seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, actor_role,
       purpose, categories, action
     from access_log where subject_type = $1 and subject_id = $2 and seq < $3::bigint order by access_log.seq desc limit $4`,
    [subjectType, subjectId, opts.beforeSeq ?? Number.MAX_SAFE_INTEGER, opts.limit],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: isoFromDb(r.at),
    actorRole: r.actor_role as SubjectAccess['actorRole'],
    purpose: r.purpose as SubjectAccess['purpose'],
    categories: r.categories as SubjectAccess['categories'],
    action: r.action as SubjectAccess['action'],
  }));
}
