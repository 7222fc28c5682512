import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { CONSENT_PURPOSE, currentConsentText, type ConsentChannel } from './consent-texts.ts';
import { consentTextByVersion } from './consent-texts.ts';
import { marketingError } from './marketing.errors.ts';
import { consents, prospects } from './marketing.tables.ts';
import type { Sealer } from './marketing.tokens.ts';
import { signupPayload, withdrawPayload, type SignupPayload } from './signup.types.ts';

export type ConsentRow = typeof consents.$inferSelect;
/** Whose consent: a prospect's, or an account contact's. */
export type ConsentSubject = { prospectId: string } | { contactId: string };

export type ConfirmResult = {
  status: 'confirmed' | 'already_confirmed';
  prospectId: string;
  consents: ConsentRow[];
  /** Opens the one-click withdrawal (the same link the receipt mail carries). */
  withdrawToken: string;
};

export type ConsentLedgerDeps = {
  db: Db;
  clock: Clock;
  sealer: Sealer;
  /** Called after a confirmation that created consents (queues the receipt with the withdrawal link). */
  onConfirmed?: (prospectId: string) => Promise<void>;
};

/**
 * True while the person (a prospect, or an account contact) has a live consent to marketing on
 * this channel: the check marketing code asks before it sends by e-mail, SMS, post or social media
 * under consent. (Objections are asked separately: privacy's `mayMarket`.)
 */
export async function hasConsent(db: Db, subject: ConsentSubject, channel: ConsentChannel): Promise<boolean> {
  const who =
    'prospectId' in subject ? eq(consents.prospectId, subject.prospectId) : eq(consents.contactId, subject.contactId);
  const rows = await db
    .select({ id: consents.id })
    .from(consents)
    .where(and(who, eq(consents.channel, channel), isNull(consents.withdrawnAt)))
    .limit(1);
  return rows.length > 0;
}

/** The consent ledger: double opt-in confirmation, withdrawal, consents from the account, and the check. */
export function createConsentLedger(deps: ConsentLedgerDeps) {
  const { db, clock, sealer } = deps;

  function openSignup(token: string): SignupPayload {
    const parsed = signupPayload.safeParse(sealer.open('confirm', token));
    if (!parsed.success) throw marketingError('token_invalid');
    if (new Date(parsed.data.expiresAt) <= clock.now()) throw marketingError('token_expired');
    return parsed.data;
  }

  const withdrawTokenFor = (prospectId: string) => sealer.seal('withdraw', { prospectId });

  return {
    withdrawTokenFor,

    /**
     * Confirms a sign-up: the prospect and one consent per channel, in one transaction. The same
     * link again creates nothing (the sign-up's id is on its consents).
     */
    async confirm(token: string): Promise<ConfirmResult> {
      const s = openSignup(token);
      const now = clock.now();
      const result = await db.transaction(async (tx) => {
        const earlier = await tx
          .select()
          .from(consents)
          .where(eq(consents.signupId, s.sid))
          .orderBy(asc(consents.channel));
        if (earlier.length > 0 && earlier[0]!.prospectId)
          return { status: 'already_confirmed' as const, prospectId: earlier[0]!.prospectId, consents: earlier };
        const [prospect] = await tx
          .insert(prospects)
          .values({
            email: s.email,
            fullName: s.name,
            companyName: s.company,
            language: s.language,
            collectedAt: now,
          })
          .onConflictDoUpdate({
            target: prospects.email,
            set: {
              fullName: sql`coalesce(excluded.full_name, ${prospects.fullName})`,
              companyName: sql`coalesce(excluded.company_name, ${prospects.companyName})`,
              language: sql`excluded.language`,
              collectedAt: sql`excluded.collected_at`,
              withdrawnAt: null,
            },
          })
          .returning({ id: prospects.id });
        const made = await tx
          .insert(consents)
          .values(
            s.channels.map((channel) => {
              const text = consentTextByVersion(s.texts[channel] ?? '') ?? currentConsentText(channel);
              return {
                prospectId: prospect!.id,
                purpose: CONSENT_PURPOSE,
                channel,
                textVersion: text.version,
                textSha256: text.sha256,
                source: s.source,
                eventCode: s.eventCode,
                method: 'double_opt_in' as const,
                signupId: s.sid,
                givenAt: new Date(s.givenAt),
                confirmedAt: now,
              };
            }),
          )
          .onConflictDoNothing()
          .returning();
        if (made.length === 0) {
          // Every channel already had a live consent from an earlier sign-up: nothing new.
          const live = await tx
            .select()
            .from(consents)
            .where(and(eq(consents.prospectId, prospect!.id), isNull(consents.withdrawnAt)))
            .orderBy(asc(consents.channel));
          return { status: 'already_confirmed' as const, prospectId: prospect!.id, consents: live };
        }
        return { status: 'confirmed' as const, prospectId: prospect!.id, consents: made };
      });
      if (result.status === 'confirmed') await deps.onConfirmed?.(result.prospectId);
      return {
        status: result.status,
        prospectId: result.prospectId,
        consents: result.consents,
        withdrawToken: withdrawTokenFor(result.prospectId),
      };
    },

    /** One-click withdrawal from a mail: every consent of the prospect, effective at once. Idempotent. */
    async withdrawByToken(token: string): Promise<{ withdrawn: number }> {
      const parsed = withdrawPayload.safeParse(sealer.open('withdraw', token));
      if (!parsed.success) throw marketingError('token_invalid');
      const { prospectId } = parsed.data;
      const now = clock.now();
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(consents)
          .set({ withdrawnAt: now, withdrawalMethod: 'link' })
          .where(and(eq(consents.prospectId, prospectId), isNull(consents.withdrawnAt)))
          .returning({ id: consents.id });
        await tx
          .update(prospects)
          .set({ withdrawnAt: now })
          .where(and(eq(prospects.id, prospectId), isNull(prospects.withdrawnAt)));
        return { withdrawn: rows.length };
      });
    },

    /** The contact's consents, live and withdrawn (until the sweep deletes them), oldest first. */
    async listForContact(contactId: string): Promise<ConsentRow[]> {
      return db
        .select()
        .from(consents)
        .where(eq(consents.contactId, contactId))
        .orderBy(asc(consents.givenAt), asc(consents.channel));
    },

    /** Consent given in the account (a checkbox under the shown text): no second step needed. */
    async giveForContact(
      contactId: string,
      channels: ConsentChannel[],
      textVersions?: Partial<Record<ConsentChannel, string>>,
    ): Promise<void> {
      const now = clock.now();
      const values = channels.map((channel) => {
        const text = currentConsentText(channel);
        const shown = textVersions?.[channel];
        if (shown !== undefined && shown !== text.version) throw marketingError('text_changed', 'textVersions');
        return {
          contactId,
          purpose: CONSENT_PURPOSE,
          channel,
          textVersion: text.version,
          textSha256: text.sha256,
          source: 'account' as const,
          method: 'account_checkbox' as const,
          givenAt: now,
          confirmedAt: now,
        };
      });
      await db.insert(consents).values(values).onConflictDoNothing();
    },

    /** Withdraws one of the contact's consents, effective at once; withdrawing again changes nothing. */
    async withdrawForContact(contactId: string, consentId: string, how: 'account' | 'letter' = 'account') {
      const [row] = await db
        .select({ id: consents.id, withdrawnAt: consents.withdrawnAt })
        .from(consents)
        .where(and(eq(consents.id, consentId), eq(consents.contactId, contactId)));
      if (!row) throw marketingError('consent_not_found');
      if (row.withdrawnAt) return;
      await db
        .update(consents)
        .set({ withdrawnAt: clock.now(), withdrawalMethod: how })
        .where(and(eq(consents.id, consentId), isNull(consents.withdrawnAt)));
    },

    /** True while the person has a live consent to marketing on this channel. */
    hasConsent: (subject: ConsentSubject, channel: ConsentChannel) => hasConsent(db, subject, channel),

    /** The live consents of prospects, for the receipt letter. */
    async prospectForReceipt(prospectId: string) {
      const [p] = await db
        .select({ email: prospects.email, withdrawnAt: prospects.withdrawnAt })
        .from(prospects)
        .where(eq(prospects.id, prospectId));
      if (!p || p.withdrawnAt) return null;
      const live = await db
        .select({ channel: consents.channel })
        .from(consents)
        .where(and(eq(consents.prospectId, prospectId), isNull(consents.withdrawnAt)))
        .orderBy(asc(consents.confirmedAt));
      return live.length ? { email: p.email, channels: [...new Set(live.map((c) => c.channel))] } : null;
    },
  };
}

export type ConsentLedger = ReturnType<typeof createConsentLedger>;
