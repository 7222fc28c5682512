import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { legalHolds } from './retention.tables.ts';

/**
 * True for a row whose company or contact has an open legal hold (a dispute, a claim being
 * collected, an authority's request): SQL for a retention target's `holds`.
 */
export function openLegalHold(on: { company?: PgColumn; contact?: PgColumn }): SQL {
  const subjects: SQL[] = [];
  if (on.company) subjects.push(sql`(h.subject_type = 'company' and h.subject_id = ${on.company})`);
  if (on.contact) subjects.push(sql`(h.subject_type = 'contact' and h.subject_id = ${on.contact})`);
  if (!subjects.length) throw new RangeError('openLegalHold: name a company or a contact column');
  return sql`exists (select 1 from ${legalHolds} h where h.released_at is null and (${sql.join(subjects, sql` or `)}))`;
}
