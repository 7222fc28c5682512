import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every disclosure of personal data to a recipient outside Kliniksupport (policy §7): to whom (an id
 * in the policy's recipient register), for which purpose, which categories, about whom, and the
 * business reference it concerns (an order, a shipment). Ids and policy words only: no personal data.
 */
export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    recipient: text('recipient').notNull(),
    purpose: text('purpose').notNull(),
    categories: text('categories').array().notNull(),
    /** 'contact' | 'company' | 'guest' | 'prospect' (as in the access log). */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** What the disclosure was for, e.g. `order:<uuid>` or `shipment:<uuid>`. */
    reference: text('reference').notNull(),
  },
  (t) => [
    index('disclosures_subject_idx').on(t.subjectType, t.subjectId, t.at),
    index('disclosures_reference_idx').on(t.reference),
  ],
);
