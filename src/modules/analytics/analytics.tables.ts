import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { contacts } from '#src/modules/customers/customers.tables.ts';

/** Usage history (§6): what an account holder viewed and searched. */
export const usageEvents = pgTable(
  'usage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('usage_events_contact_idx').on(t.contactId, t.occurredAt),
    index('usage_events_time_idx').on(t.occurredAt),
  ],
);
