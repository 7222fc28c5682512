import { eq, sql } from 'drizzle-orm';
import { categories, policyVersion, type CategoryId } from '#src/modules/policy/index.ts';
import { bossDbOfTx, type Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { TableInventory } from './inventory.ts';
import type { RetentionTarget } from './retention.types.ts';
import { SWEEP_LOCK } from './retention.engine.ts';
import { erasures, recipientNotices, restrictions, type KeptCount } from './erasure.tables.ts';
import { planErasure, type ErasurePlan, type ErasureWork } from './erasure.plan.ts';
import { erasureLetter, recipientNoticeLetter } from './erasure.letters.ts';
import { ident, rowsOf } from './erasure.rows.ts';
import type { Suppressions } from './suppression.ts';
import { rightsRequests } from './rights.tables.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type ErasureDeps = {
  db: Db;
  clock: Clock;
  inventory: readonly TableInventory[];
  targets: readonly RetentionTarget[];
  mail: MailService;
  suppressions: Suppressions;
  /** Where a recipient's notices go (GDPR art. 19): its privacy contact, or our DPO mailbox to forward. */
  noticeAddress: (recipientId: string) => string;
};

export type ErasureResult = {
  requestId: string;
  status: 'completed';
  erasedRows: number;
  minimisedRows: number;
  letterQueued: boolean;
};

/** The data changed since the plan was shown: show the new plan and approve again. */
export class PlanChangedError extends AppError {
  constructor() {
    super('conflict', 'Uppgifterna har ändrats sedan planen visades / The data changed since the plan was shown');
    this.name = 'PlanChangedError';
  }
}

const label = (id: string) => categories.find((c) => c.id === (id as CategoryId))?.label ?? { sv: id, en: id };

/** The request and its person, for an erasure: an open erasure request about an account contact. */
async function requestOf(tx: Db | Tx, requestId: string) {
  const [r] = await tx.select().from(rightsRequests).where(eq(rightsRequests.id, requestId));
  if (!r) throw new AppError('not_found', 'Begäran finns inte / No such request');
  if (r.kind !== 'erasure') throw new AppError('conflict', 'Begäran gäller inte radering / Not an erasure request');
  return r;
}

export function createErasures(deps: ErasureDeps) {
  const { db, clock } = deps;
  const plannerDeps = () => ({ inventory: deps.inventory, targets: deps.targets, now: clock.now() });

  async function stored(tx: Db | Tx, requestId: string): Promise<ErasureResult | null> {
    const [done] = await tx.select().from(erasures).where(eq(erasures.requestId, requestId));
    if (!done) return null;
    return {
      requestId,
      status: 'completed',
      erasedRows: done.erased.reduce((n, e) => n + e.rows, 0),
      minimisedRows: done.kept.reduce((n, k) => n + k.rows, 0),
      letterQueued: true,
    };
  }

  return {
    /** The plan shown to the privacy officer: nothing is changed. */
    async plan(requestId: string): Promise<ErasurePlan> {
      const r = await requestOf(db, requestId);
      if (r.status === 'completed' || r.status === 'refused')
        throw new AppError('conflict', 'Begäran är redan avslutad / The request is already closed');
      if (!r.contactId) throw new AppError('conflict', 'Begäran saknar kontakt / The request names no contact person');
      return (await planErasure(db, plannerDeps(), requestId, r.contactId)).plan;
    },

    /**
     * Carries out the plan the officer approved, in one transaction: kept rows minimised and
     * restricted, everything else deleted, the refusal of marketing kept as a keyed hash,
     * recipients told, the letter queued, the request completed. If the data changed since the
     * plan was shown, nothing happens (plan_changed). Running it again returns the first result.
     */
    async approve(requestId: string, planHash: string, approvedBy: string): Promise<ErasureResult> {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${SWEEP_LOCK})`);
        await tx.execute(sql`select id from rights_requests where id = ${requestId} for update`);
        const done = await stored(tx, requestId);
        if (done) return done;
        const r = await requestOf(tx, requestId);
        if (r.status === 'completed' || r.status === 'refused' || !r.contactId)
          throw new AppError('conflict', 'Begäran är redan avslutad / The request is already closed');
        const work = await planErasure(tx as unknown as Db, plannerDeps(), requestId, r.contactId);
        if (work.plan.planHash !== planHash) throw new PlanChangedError();
        return carryOut(tx, work, approvedBy);
      });
    },
  };

  async function carryOut(tx: Tx, work: ErasureWork, approvedBy: string): Promise<ErasureResult> {
    const now = clock.now();
    const { plan, subject } = work;
    const [contact] = rowsOf<{ email: string }>(
      await tx.execute(sql`select email from contacts where id = ${subject.contactId}`),
    );
    const email = contact!.email;
    // Kept rows: what the law does not need goes now.
    for (const g of work.kept) {
      if (!g.cleared.length) continue;
      await tx.execute(
        sql`update ${ident(g.table)} set ${sql.join(
          g.cleared.map((c) => sql`${ident(c)} = null`),
          sql`, `,
        )} where ${g.own} and ${g.key} in (select unnest(${sql.param(g.ids)}::text[]))`,
      );
    }
    // Everything else, tables that point at others first.
    const erased: { table: string; rows: number }[] = [];
    for (const d of work.deletions) {
      // A hashed `not in`: the kept ids may be thousands.
      const keep = d.keptIds.length
        ? sql` and ${d.key!} not in (select unnest(${sql.param(d.keptIds)}::text[]))`
        : sql``;
      const [n] = rowsOf<{ n: number }>(
        await tx.execute(
          sql`with gone as (delete from ${ident(d.table)} where ${d.own}${keep} returning 1) select count(*)::int as n from gone`,
        ),
      );
      if (Number(n?.n ?? 0) > 0) erased.push({ table: d.table, rows: Number(n!.n) });
    }
    if (work.companyKept)
      await tx.execute(
        sql`update companies set terminated_at = ${now} where id = ${subject.companyId} and terminated_at is null`,
      );

    const kept: KeptCount[] = work.kept.map((g) => ({
      table: g.table,
      rows: g.ids.length,
      rules: g.laws.map((l) => l.rule),
      until: g.laws.some((l) => l.until === null)
        ? null
        : g.laws
            .map((l) => l.until!)
            .sort()
            .at(-1)!,
    }));
    const [proof] = await tx
      .insert(erasures)
      .values({
        requestId: plan.requestId,
        approvedBy,
        executedAt: now,
        planHash: plan.planHash,
        erased,
        kept,
        recipients: plan.recipients.map((r) => r.id),
        suppressed: work.suppressChannels.length,
        policyVersion,
      })
      .returning({ id: erasures.id });
    const restrictedSubject = work.companyKept
      ? { subjectType: 'company' as const, subjectId: subject.companyId }
      : { subjectType: 'contact' as const, subjectId: subject.contactId };
    for (const g of work.kept)
      for (const l of g.laws)
        await tx.insert(restrictions).values({
          erasureId: proof!.id,
          ...restrictedSubject,
          tableName: g.table,
          rule: l.rule,
          rows: g.ids.length,
          until: l.until,
          restrictedAt: now,
        });

    await deps.suppressions.record(tx, email, work.suppressChannels);

    const boss = { db: bossDbOfTx(tx) };
    for (const r of plan.recipients) {
      await tx.insert(recipientNotices).values({
        requestId: plan.requestId,
        kind: 'erasure',
        recipient: r.id,
        categories: r.categories,
        disclosures: r.disclosures,
        notifiedAt: now,
      });
      const refs = rowsOf<{ reference: string }>(
        await tx.execute(sql`
          select distinct reference from disclosures
          where recipient = ${r.id} and reference is not null
            and ((subject_type = 'contact' and subject_id = ${subject.contactId})
              or (${subject.lastContact} and subject_type = 'company' and subject_id = ${subject.companyId}))
          order by 1`),
      );
      await deps.mail.queue(
        recipientNoticeLetter,
        deps.noticeAddress(r.id),
        {
          kind: 'erasure',
          recipient: r.name,
          references: refs.map((x) => x.reference),
          categories: r.categories.map(label),
          on: now.toISOString().slice(0, 10),
        },
        boss,
      );
    }
    await deps.mail.queue(
      erasureLetter,
      email,
      {
        requestId: plan.requestId,
        erased: plan.erase.map((e) => ({ title: e.title, rows: e.rows })),
        kept: [...plan.minimise, ...plan.keep].map((k) => ({
          title: k.title,
          rows: k.rows,
          laws: k.laws.map((l) => ({ name: l.name, until: l.until })),
        })),
        recipients: plan.recipients.map((r) => r.name),
        suppressed: work.suppressChannels.length > 0,
      },
      boss,
    );
    await tx
      .update(rightsRequests)
      .set({ status: 'completed', completedAt: now })
      .where(eq(rightsRequests.id, plan.requestId));
    return {
      requestId: plan.requestId,
      status: 'completed',
      erasedRows: erased.reduce((n, e) => n + e.rows, 0),
      minimisedRows: kept.reduce((n, k) => n + k.rows, 0),
      letterQueued: true,
    };
  }
}

export type Erasures = ReturnType<typeof createErasures>;
