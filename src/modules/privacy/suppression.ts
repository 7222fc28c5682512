import { createHmac } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { marketingSuppressions } from './erasure.tables.ts';
import type { ErasureSubject } from './erasure.rows.ts';
import { rowsOf } from './erasure.rows.ts';
import type { MarketingChannel } from './objections.service.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The keyed hash that stands for an e-mail address on the suppression list (trimmed, lower case). */
export const emailHash = (key: string, email: string): string =>
  createHmac('sha256', key).update(email.trim().toLowerCase()).digest('hex');

/**
 * The refusals of direct marketing an erasure must keep honouring: the person's objections (per
 * channel or all) and a guest's refusal at checkout (all channels). Empty: nothing to suppress,
 * and nothing is kept.
 */
export async function suppressionChannels(db: Db | Tx, s: ErasureSubject): Promise<string[]> {
  const rows = rowsOf<{ channel: string }>(
    await db.execute(sql`
      select channel from objections
      where kind = 'direct_marketing'
        and (subject_id = ${s.contactId} or (${s.lastContact} and subject_id = ${s.companyId}))
      union
      select 'all' from orders where contact_id = ${s.contactId} and marketing_refused`),
  );
  const channels = [...new Set(rows.map((r) => r.channel))].sort();
  return channels.includes('all') ? ['all'] : channels;
}

/** The suppression list (policy §10 with GDPR art. 17 and 21): consulted before any marketing send. */
export function createSuppressions({ db, clock, key }: { db: Db; clock: Clock; key: string }) {
  return {
    /** Adds (or widens) the refusal of an address, in the caller's transaction. */
    async record(tx: Db | Tx, email: string, channels: readonly string[]): Promise<void> {
      if (!channels.length) return;
      await tx
        .insert(marketingSuppressions)
        .values({ emailHash: emailHash(key, email), channels: [...channels], recordedAt: clock.now() })
        .onConflictDoUpdate({
          target: marketingSuppressions.emailHash,
          set: {
            channels: sql`array(select distinct unnest(${marketingSuppressions.channels} || excluded.channels) order by 1)`,
            liftedAt: null,
          },
        });
    },
    /** The channels refused for this address (`all` stands for every channel); empty: none. */
    async refused(email: string): Promise<string[]> {
      const [row] = await db
        .select({ channels: marketingSuppressions.channels })
        .from(marketingSuppressions)
        .where(and(eq(marketingSuppressions.emailHash, emailHash(key, email)), isNull(marketingSuppressions.liftedAt)));
      return row?.channels ?? [];
    },
    /** False when the address is suppressed on this channel. */
    async mayMarket(email: string, channel: MarketingChannel): Promise<boolean> {
      const refused = await this.refused(email);
      return !refused.includes('all') && !refused.includes(channel);
    },
    /** The person asks for marketing again (new consent, objection withdrawn): the engine deletes the row. */
    async lift(email: string): Promise<void> {
      await db
        .update(marketingSuppressions)
        .set({ liftedAt: clock.now() })
        .where(eq(marketingSuppressions.emailHash, emailHash(key, email)));
    },
  };
}

export type Suppressions = ReturnType<typeof createSuppressions>;

/** True while an erasure's restriction of the subject lasts (`until` today or later, or open-ended). */
export function restrictionCheck(db: Db, clock: Clock) {
  return async (subject: { type: 'contact' | 'company'; id: string }): Promise<boolean> => {
    const rows = rowsOf<{ one: number }>(
      await db.execute(sql`
        select 1 as one from restrictions
        where subject_type = ${subject.type} and subject_id = ${subject.id}
          and (until is null or until >= ${clock.now().toISOString().slice(0, 10)}::date)
        limit 1`),
    );
    return rows.length > 0;
  };
}
