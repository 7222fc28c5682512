import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Suppressions } from './suppression.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { objections } from './objections.tables.ts';

export const objectionKinds = ['direct_marketing', 'profiling'] as const;
export const marketingChannels = ['email', 'sms', 'post', 'social'] as const;
export type ObjectionKind = (typeof objectionKinds)[number];
export type MarketingChannel = (typeof marketingChannels)[number];
export type ObjectionSubject = { contactId: string; companyId?: string | null };

export type ObjectionInput = {
  kind: ObjectionKind;
  /** A marketing channel, or all of them; profiling is always 'all'. */
  channel: MarketingChannel | 'all';
  source: 'account' | 'letter' | 'unsubscribe_link' | 'customer_service';
};

/**
 * The objection register and the check that marketing and personal-offer code must call before
 * they use a person's data: `mayMarket(subject, channel)` and `mayProfile(subject)`. An objection by
 * the contact or by their company counts.
 */
export function createObjections({
  db,
  clock,
  suppressions,
}: {
  db: Db;
  clock: Clock;
  /** The refusals that outlived an erased account: a new account with the same address inherits them. */
  suppressions?: Pick<Suppressions, 'mayMarket'>;
}) {
  const subjectsOf = (s: ObjectionSubject) => [s.contactId, ...(s.companyId ? [s.companyId] : [])];

  async function list(s: ObjectionSubject) {
    return db
      .select()
      .from(objections)
      .where(inArray(objections.subjectId, subjectsOf(s)))
      .orderBy(objections.recordedAt);
  }

  return {
    /** Records an objection of the contact; effective at once, idempotent. */
    async record(contactId: string, input: ObjectionInput): Promise<void> {
      const channel = input.kind === 'profiling' ? 'all' : input.channel;
      await db
        .insert(objections)
        .values({
          subjectType: 'contact',
          subjectId: contactId,
          kind: input.kind,
          channel,
          source: input.source,
          recordedAt: clock.now(),
        })
        .onConflictDoNothing();
    },
    list,
    /** False when the person (or their company) objects to direct marketing on this channel or all. */
    async mayMarket(s: ObjectionSubject, channel: MarketingChannel): Promise<boolean> {
      const rows = await db
        .select({ id: objections.id })
        .from(objections)
        .where(
          and(
            inArray(objections.subjectId, subjectsOf(s)),
            eq(objections.kind, 'direct_marketing'),
            inArray(objections.channel, [channel, 'all']),
          ),
        )
        .limit(1);
      if (rows.length > 0) return false;
      if (!suppressions) return true;
      const [contact] = (
        (await db.execute(sql`select email from contacts where id = ${s.contactId}`)) as unknown as {
          rows: { email: string }[];
        }
      ).rows;
      return contact ? suppressions.mayMarket(contact.email, channel) : true;
    },
    /** False when the person objects to profiling (personal offers from their history, §6). */
    async mayProfile(s: ObjectionSubject): Promise<boolean> {
      const rows = await db
        .select({ id: objections.id })
        .from(objections)
        .where(and(inArray(objections.subjectId, subjectsOf(s)), eq(objections.kind, 'profiling')))
        .limit(1);
      return rows.length === 0;
    },
  };
}

export type Objections = ReturnType<typeof createObjections>;
