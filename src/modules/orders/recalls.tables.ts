import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { products, productLots } from '#src/modules/catalog/catalog.tables.ts';
import { contacts } from '#src/modules/customers/customers.tables.ts';

/** A recall of one lot (policy §4g, product safety): decided by staff, with the reason told to customers. */
export const recalls = pgTable('recalls', {
  id: uuid('id').primaryKey().defaultRandom(),
  productId: uuid('product_id')
    .notNull()
    .references(() => products.id),
  lotId: uuid('lot_id')
    .notNull()
    .references(() => productLots.id),
  reasonSv: text('reason_sv').notNull(),
  reasonEn: text('reason_en').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').notNull(),
});

export type NoticeMailStatus = 'queued' | 'sent' | 'failed';

/**
 * One recall notice to one customer who received the lot: by e-mail always, and in the account
 * when the order was placed through one (contactId). Sent regardless of marketing choices: a legal
 * obligation, not marketing. Its delivery is recorded here.
 */
export const recallNotices = pgTable(
  'recall_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recallId: uuid('recall_id')
      .notNull()
      .references(() => recalls.id, { onDelete: 'cascade' }),
    /** The account holder it is shown to; null for a guest (e-mail only). */
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    recipientName: text('recipient_name').notNull(),
    buyerName: text('buyer_name').notNull(),
    /** The orders through which the lot reached this customer, and how many units. */
    orderNumbers: text('order_numbers').array().notNull(),
    quantity: integer('quantity').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    mailStatus: text('mail_status').$type<NoticeMailStatus>().notNull(),
    mailAttempts: integer('mail_attempts').notNull().default(0),
    mailSentAt: timestamp('mail_sent_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    unique('recall_notices_recipient_unique').on(t.recallId, t.email),
    index('recall_notices_contact_idx').on(t.contactId),
    index('recall_notices_created_idx').on(t.createdAt),
  ],
);
