import type { Database } from '#src/platform/db/index.ts';
import { AccessLogError } from './access-log.errors.ts';
import { ZERO_HASH, entryHash, isoFromDb } from './access-log.hash.ts';
import { APPEND_LOCK, pgCode } from './access-log.repo.ts';
import type { AccessLogEntry } from './access-log.types.ts';

type Head = { seq: number; hash: string; at: string };
type Written = { seq: number; hash: string };

/** How often a group is rebuilt on a fresh head before the append gives up. */
const MAX_ATTEMPTS = 8;

/**
 * The group, as one statement: rows from a JSON array, inserted only if the head they were
 * chained to is still the head. The log's advisory lock is taken before the first row is
 * written (a one-time filter), so an append inside a caller's transaction (repo's
 * appendEntries, which reads the head under that lock) never races this one; the lock ends
 * with the statement. Should the head have moved (another process, or such a transaction),
 * the guard makes it insert nothing, or the primary key on seq refuses the rows: the writer
 * reads the head again and rebuilds the group. Either way no entry is written on a stale head.
 */
const INSERT_GROUP = `
insert into access_log (seq, at, actor_type, actor_id, actor_role, purpose, subject_type, subject_id, categories,
  action, ip, prev_hash, hash) overriding system value
select r.seq, r.at, r.actor_type, r.actor_id, r.actor_role, r.purpose, r.subject_type, r.subject_id, r.categories,
  r.action, r.ip, r.prev_hash, r.hash
from jsonb_to_recordset($1::jsonb) as r(seq bigint, at timestamptz, actor_type text, actor_id uuid, actor_role text,
  purpose text, subject_type text, subject_id text, categories text[], action text, ip text, prev_hash text, hash text)
where (select pg_advisory_xact_lock($2::bigint)::text) is not null
  and case when $3::bigint = 0 then not exists (select 1 from access_log)
      else exists (select 1 from access_log h where h.seq = $3::bigint and h.hash = $4) end
returning seq`;

/**
 * Writes groups of entries in one round trip each, chained to a head kept in memory (read from
 * the database only at the start and after the head moved elsewhere). Used by one group-commit
 * loop at a time, so groups from this process never race each other.
 */
export function createLogWriter(database: Database, now: () => Date) {
  let head: Head | null = null;

  async function readHead(): Promise<Head> {
    const [row] = await database.query<{ seq: string; hash: string; at: string }>(
      `select seq::text as seq, hash, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
       from access_log order by access_log.seq desc limit 1`,
    );
    return row
      ? { seq: Number(row.seq), hash: row.hash, at: isoFromDb(row.at) }
      : { seq: 0, hash: ZERO_HASH, at: new Date(0).toISOString() };
  }

  async function attempt(from: Head, entries: AccessLogEntry[]): Promise<Written[] | null> {
    // Times never run backwards along the chain, even if the wall clock steps back.
    const t = now();
    const at = t.getTime() >= Date.parse(from.at) ? t.toISOString() : from.at;
    let prev: Written = from;
    const rows = entries.map((entry) => {
      const fields = { ...entry, seq: prev.seq + 1, at, prevHash: prev.hash };
      const row = { ...fields, hash: entryHash(fields) };
      prev = row;
      return row;
    });
    const json = rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor_type: r.actorType,
      actor_id: r.actorId,
      actor_role: r.actorRole,
      purpose: r.purpose,
      subject_type: r.subjectType,
      subject_id: r.subjectId,
      categories: r.categories,
      action: r.action,
      ip: r.ip,
      prev_hash: r.prevHash,
      hash: r.hash,
    }));
    try {
      const inserted = await database.query(INSERT_GROUP, [JSON.stringify(json), APPEND_LOCK, from.seq, from.hash]);
      if (inserted.length !== rows.length) return null;
    } catch (e) {
      if (pgCode(e) === '23505') return null;
      throw e;
    }
    const last = rows[rows.length - 1]!;
    head = { seq: last.seq, hash: last.hash, at };
    return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
  }

  return {
    /** Appends `entries` in order, as one statement; each gets its seq and hash. */
    async write(entries: AccessLogEntry[]): Promise<Written[]> {
      try {
        for (let i = 0; i < MAX_ATTEMPTS; i++) {
          const from = head ?? (await readHead());
          const written = await attempt(from, entries);
          if (written) return written;
          head = null; // the head moved: read it again
        }
      } catch (e) {
        head = null; // unknown whether anything committed: trust the database next time
        throw e;
      }
      throw new AccessLogError(
        'conflict',
        `access log entries could not be chained after ${MAX_ATTEMPTS} attempts: other writers kept moving the head`,
      );
    },
  };
}
