import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { contacts } from '#src/modules/customers/customers.tables.ts';

/**
 * Prospects (§8): people who are not customers and have consented to marketing. A row exists only
 * once the person has confirmed (double opt-in); before that the sign-up travels sealed in the
 * confirmation link. `collectedAt` is the last confirmation (consent_5y counts from it);
 * `withdrawnAt` is set when no consent remains (consent_withdrawn deletes the row at the next sweep).
 */
export const prospects = pgTable(
  'prospects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased. */
    email: text('email').notNull(),
    fullName: text('full_name'),
    companyName: text('company_name'),
    /** 'sv' | 'en': the language of the letters. */
    language: text('language').$type<'sv' | 'en'>().notNull(),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('prospects_email_idx').on(t.email),
    index('prospects_collected_idx').on(t.collectedAt),
    index('prospects_withdrawn_idx').on(t.withdrawnAt),
  ],
);

/**
 * The consent ledger (GDPR art. 7(1): the controller must be able to show consent): who (a
 * prospect or an account contact), to what (purpose, channel), the exact text (version and its
 * SHA-256), where (source, event code), when (given, confirmed) and how; and its withdrawal.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    prospectId: uuid('prospect_id').references(() => prospects.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    /** The policy's purpose (`c.marketing`). */
    purpose: text('purpose').notNull(),
    /** 'email' | 'sms' | 'post' | 'social' */
    channel: text('channel').$type<'email' | 'sms' | 'post' | 'social'>().notNull(),
    textVersion: text('text_version').notNull(),
    textSha256: text('text_sha256').notNull(),
    /** 'event' | 'webshop_form' | 'account' */
    source: text('source').$type<'event' | 'webshop_form' | 'account'>().notNull(),
    eventCode: text('event_code'),
    /** 'double_opt_in' | 'account_checkbox' */
    method: text('method').$type<'double_opt_in' | 'account_checkbox'>().notNull(),
    /** The sign-up this consent was confirmed from: confirming its link again adds nothing. */
    signupId: uuid('signup_id'),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** 'link' | 'account' | 'letter' */
    withdrawalMethod: text('withdrawal_method').$type<'link' | 'account' | 'letter'>(),
  },
  (t) => [
    check('consents_one_subject', sql`(${t.prospectId} is null) <> (${t.contactId} is null)`),
    index('consents_prospect_idx').on(t.prospectId),
    index('consents_contact_idx').on(t.contactId),
    index('consents_confirmed_idx').on(t.confirmedAt),
    index('consents_withdrawn_idx').on(t.withdrawnAt),
    uniqueIndex('consents_signup_channel_idx').on(t.signupId, t.channel),
    // One live consent per person and channel.
    uniqueIndex('consents_prospect_active_idx')
      .on(t.prospectId, t.channel)
      .where(sql`${t.withdrawnAt} is null and ${t.prospectId} is not null`),
    uniqueIndex('consents_contact_active_idx')
      .on(t.contactId, t.channel)
      .where(sql`${t.withdrawnAt} is null and ${t.contactId} is not null`),
  ],
);
