import { sql } from 'drizzle-orm';
import { categories, recipients, type CategoryId } from '#src/modules/policy/index.ts';
import { bossDbOfTx, type Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { recipientNotices } from './erasure.tables.ts';
import { recipientNoticeLetter } from './erasure.letters.ts';
import { rowsOf } from './erasure.rows.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type RectificationDeps = {
  db: Db;
  clock: Clock;
  mail: MailService;
  noticeAddress: (recipientId: string) => string;
};

const label = (id: string) => categories.find((c) => c.id === (id as CategoryId))?.label ?? { sv: id, en: id };

/**
 * Art. 19 for a correction: every recipient that received a corrected category about the person
 * (from the disclosure log) is told, by our references only, and the notice is recorded. Runs in
 * the caller's transaction when given one, so the correction and its notices commit together.
 */
export function createRectifications(deps: RectificationDeps) {
  return {
    async notifyRecipients(
      subject: { contactId: string; companyId?: string | null },
      changed: readonly CategoryId[],
      opts: { requestId?: string | null; tx?: Tx } = {},
    ): Promise<string[]> {
      if (!changed.length) return [];
      const db = opts.tx ?? deps.db;
      const now = deps.clock.now();
      const rows = rowsOf<{ recipient: string; reference: string | null; categories: string[] }>(
        await db.execute(sql`
          select recipient, reference, categories from disclosures
          where ((subject_type = 'contact' and subject_id = ${subject.contactId})
              or (subject_type = 'company' and subject_id = ${subject.companyId ?? null}))
            and categories && ${sql.param([...changed])}::text[]
          order by recipient, reference`),
      );
      const byRecipient = new Map<string, { refs: Set<string>; categories: Set<string>; n: number }>();
      for (const r of rows) {
        const e = byRecipient.get(r.recipient) ?? { refs: new Set<string>(), categories: new Set<string>(), n: 0 };
        e.n++;
        if (r.reference) e.refs.add(r.reference);
        for (const c of r.categories) if (changed.includes(c as CategoryId)) e.categories.add(c);
        byRecipient.set(r.recipient, e);
      }
      for (const [recipient, e] of byRecipient) {
        await db.insert(recipientNotices).values({
          requestId: opts.requestId ?? null,
          kind: 'rectification',
          recipient,
          categories: [...e.categories].sort(),
          disclosures: e.n,
          notifiedAt: now,
        });
        await deps.mail.queue(
          recipientNoticeLetter,
          deps.noticeAddress(recipient),
          {
            kind: 'rectification',
            recipient: recipients.find((x) => x.id === recipient)?.name ?? { sv: recipient, en: recipient },
            references: [...e.refs],
            categories: [...e.categories].sort().map(label),
            on: now.toISOString().slice(0, 10),
          },
          opts.tx ? { db: bossDbOfTx(opts.tx) } : {},
        );
      }
      return [...byRecipient.keys()];
    },
  };
}

export type Rectifications = ReturnType<typeof createRectifications>;
