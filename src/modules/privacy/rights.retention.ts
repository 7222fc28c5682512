import { sql } from 'drizzle-orm';
import { declareRetention } from './retention.types.ts';
import { legalHolds } from './retention.tables.ts';
import { rightsRequestAttachments } from './rights.records.tables.ts';
import { rightsRequests } from './rights.tables.ts';

const a = rightsRequestAttachments;

/**
 * The scanned letters of data subject requests: kept while the request is handled and deleted
 * (row and file) once it is closed (`case_until_closed`: completed or refused), unless an open
 * legal claim about the person or their company keeps it. What stays is the register's own
 * record (ids, dates, codes, how identity was verified), the controller's proof (art. 5(2)).
 */
export const rightsRetention = [
  declareRetention({
    id: 'privacy.request-scans',
    module: 'privacy',
    rule: 'case_until_closed',
    table: a,
    key: a.id,
    anchor: a.requestClosedAt,
    action: 'delete',
    file: a.path,
    holds: [
      {
        rule: 'legal_claim',
        when: sql`exists (select 1 from ${rightsRequests} r join ${legalHolds} h on h.released_at is null and
          ((h.subject_type = 'contact' and h.subject_id = r.contact_id) or (h.subject_type = 'company' and h.subject_id = r.company_id))
          where r.id = ${a.requestId})`,
        what: {
          sv: 'Ett öppet rättsligt anspråk gäller den som skrev eller företaget',
          en: 'An open legal claim concerns the writer or their company',
        },
      },
    ],
    what: { sv: 'Inskannade brev med begäranden från registrerade', en: 'Scanned letters of data subject requests' },
  }),
];
