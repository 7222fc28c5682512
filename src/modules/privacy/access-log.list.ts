import type { Database } from '#src/platform/db/index.ts';
import { readCheckpoints } from './access-log.checkpoints.ts';
import { isoFromDb } from './access-log.hash.ts';
import { loadPublicKey } from './access-log.keys.ts';
import type { SubjectAccess } from './access-log.types.ts';

/**
 * The access log as the privacy officer and security see it: who (staff id and role), why, about
 * whom, what. No address: reviewing accesses needs none, and the raw log keeps it for `audit`.
 */
export type StaffLogEntry = SubjectAccess & {
  actorId: string | null;
  subjectType: string;
  subjectId: string;
};

type Raw = {
  seq: string;
  at: string;
  actor_id: string | null;
  actor_role: string;
  purpose: string;
  subject_type: string;
  subject_id: string;
  categories: string[];
  action: string;
};

/** Newest first, keyset on seq (`beforeSeq`), optionally about one contact. */
export async function listEntries(
  database: Database,
  opts: { limit: number; beforeSeq?: number | undefined; contactId?: string | undefined },
): Promise<StaffLogEntry[]> {
  const params: unknown[] = [opts.beforeSeq ?? Number.MAX_SAFE_INTEGER, opts.limit];
  const bySubject = opts.contactId ? `and subject_type = 'contact' and subject_id = $3` : '';
  if (opts.contactId) params.push(opts.contactId);
  const rows = await database.query<Raw>(
    `select seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
       actor_id::text as actor_id, actor_role, purpose, subject_type, subject_id, categories, action
     from access_log where seq < $1::bigint ${bySubject} order by access_log.seq desc limit $2`,
    params,
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: isoFromDb(r.at),
    actorId: r.actor_id,
    actorRole: r.actor_role as StaffLogEntry['actorRole'],
    purpose: r.purpose as StaffLogEntry['purpose'],
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    categories: r.categories as StaffLogEntry['categories'],
    action: r.action as StaffLogEntry['action'],
  }));
}

/** When the latest validly signed checkpoint was written, or null when there is none. */
export async function latestCheckpointAt(auditDir: string): Promise<string | null> {
  const { valid } = await readCheckpoints(auditDir, await loadPublicKey(auditDir));
  const latest = valid.reduce<(typeof valid)[number] | undefined>((m, c) => (!m || c.seq >= m.seq ? c : m), undefined);
  return latest?.at ?? null;
}
