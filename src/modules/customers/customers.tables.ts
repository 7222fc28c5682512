import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const companies = pgTable('companies', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Ten digits, Luhn-checked. A sole trader's number is a personnummer. */
  orgNr: text('org_nr').notNull().unique(),
  name: text('name').notNull(),
  legalForm: text('legal_form').notNull(),
  /** A sole trader: a natural person, whom marketing law treats differently. */
  naturalPerson: boolean('natural_person').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  /**
   * Set when the company's last contact terminated the account while records that a law keeps
   * (orders, invoices) still name the company as buyer: the row stays, restricted to that use.
   */
  terminatedAt: timestamp('terminated_at', { withTimezone: true }),
});

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    email: text('email').notNull().unique(),
    phone: text('phone'),
    /** argon2id PHC string; null for a contact without a sign-in (e.g. added by staff). */
    passwordHash: text('password_hash'),
    /** The company's first contact administers its colleagues. */
    companyAdmin: boolean('company_admin').notNull().default(false),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('contacts_company_idx').on(t.companyId)],
);
