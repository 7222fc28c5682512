import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ChainRow } from './access-log.types.ts';

/** The prevHash of the first entry. */
export const ZERO_HASH = '0'.repeat(64);

/**
 * SHA-256 (hex) of the RFC 8785 canonical JSON of every field of the entry except the hash
 * itself, seq and prevHash included. The fields are copied one by one so nothing else (a
 * property the database driver adds, say) can slip into the hashed text.
 */
export function entryHash(e: Omit<ChainRow, 'hash'>): string {
  const fields = {
    seq: e.seq,
    at: e.at,
    actorType: e.actorType,
    actorId: e.actorId,
    actorRole: e.actorRole,
    purpose: e.purpose,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    categories: e.categories,
    action: e.action,
    ip: e.ip,
    prevHash: e.prevHash,
  };
  return createHash('sha256').update(canonicalize(fields)!, 'utf8').digest('hex');
}

/**
 * The time as the hash saw it. The database keeps microseconds and the log writes milliseconds
 * (`toISOString()`), so a stored time reads back in that form; a time edited to a finer
 * instant keeps its extra digits and no longer matches.
 */
export function isoFromDb(text: string): string {
  const m = /^(.*\.\d{3})000Z$/.exec(text);
  return m ? `${m[1]}Z` : text;
}
