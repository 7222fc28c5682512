import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { companies, contacts } from './customers.tables.ts';

/** Customer sessions: the token lives only in the `__Host-ks_customer` cookie; the server keeps its SHA-256. */
export const customerSessions = pgTable(
  'customer_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('customer_sessions_contact_idx').on(t.contactId)],
);

/**
 * One-time links: e-mail verification (24 h), password reset (1 h), change of e-mail (24 h, the
 * new address in `email`) and invitations of colleagues (7 days, the invitee's address in
 * `email`). The token is minted when the letter is sent and only its SHA-256 is kept; a row is
 * deleted when its link is used, so each link works once.
 */
export const customerTokens = pgTable(
  'customer_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').unique(),
    /** The contact the link acts for (not set for an invitation). */
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    /** An invitation's company. */
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    /** Who sent an invitation. */
    invitedBy: uuid('invited_by').references(() => contacts.id, { onDelete: 'set null' }),
    /** The new address (change of e-mail) or the invitee's address (invitation). */
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('customer_tokens_contact_idx').on(t.contactId), index('customer_tokens_company_idx').on(t.companyId)],
);
