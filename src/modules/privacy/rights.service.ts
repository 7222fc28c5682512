import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { assertExtensionAllowed, assertPauseAllowed, stockholmDate } from './rights.deadline.ts';
import { RightsRequestError } from './rights.errors.ts';
import { pgCode } from './access-log.repo.ts';
import { closeOpenPause, loadRequests, lockRequest, type RequestWithPauses, type Tx } from './rights.repo.ts';
import { deadlineInput, isOpen, queueOrder, viewOf, type RightsRequestView } from './rights.view.ts';

export { queueOrder, viewOf, type RightsRequestView } from './rights.view.ts';
import { rightsRequestPauses, rightsRequests } from './rights.tables.ts';
import {
  openStatuses,
  type ExtensionReason,
  type PauseReason,
  type RefusalReason,
  type RequestChannel,
  type RequestKind,
  type RequestLanguage,
} from './rights.types.ts';

/**
 * Who a request may name. The register keeps ids without foreign keys (rights.tables.ts), so the
 * composition root tells it which contacts and companies exist.
 */
export type SubjectDirectory = {
  /** The company a contact person belongs to; null when there is no such contact. `tx`: inside a transaction. */
  companyOfContact(contactId: string, tx?: Db | Tx): Promise<string | null>;
  companyExists(companyId: string, tx?: Db | Tx): Promise<boolean>;
};

/** Steps other records follow, in the step's transaction: the extension's letter, the scans going with the answer. */
export type RightsHooks = {
  extended?(tx: Tx, request: RightsRequestView): Promise<void>;
  closed?(tx: Tx, requestId: string, at: Date): Promise<void>;
};

export type RightsServiceDeps = { db: Db; clock: Clock; subjects: SubjectDirectory; hooks?: RightsHooks };

const duplicate = () =>
  new RightsRequestError(
    'duplicate',
    'det finns redan en öppen begäran av det här slaget / there is already an open request of this kind',
    'kind',
  );

export type RegisterInput = {
  kind: RequestKind;
  channel: RequestChannel;
  contactId?: string | undefined;
  companyId?: string | undefined;
  receivedAt: Date;
  language: RequestLanguage;
  registeredBy?: string | undefined;
};

/**
 * The register of data subject requests: registering, the clock (pause for the person, resume),
 * the extension, and the answer (completed or refused). Every change is checked against the
 * request's state in a transaction that locks it, and refused with a typed error.
 */
export function createRightsService({ db, clock, subjects, hooks = {} }: RightsServiceDeps) {
  async function subjectOf(input: Pick<RegisterInput, 'contactId' | 'companyId'>, tx: Db | Tx) {
    if (input.contactId) {
      const company = await subjects.companyOfContact(input.contactId, tx);
      if (!company)
        throw new RightsRequestError('unknown_subject', 'ingen sådan kontaktperson / no such contact', 'contactId');
      if (input.companyId && input.companyId !== company)
        throw new RightsRequestError(
          'unknown_subject',
          'kontaktpersonen hör inte till företaget / the contact does not belong to the company',
          'companyId',
        );
      return { contactId: input.contactId, companyId: company };
    }
    if (!input.companyId || !(await subjects.companyExists(input.companyId, tx)))
      throw new RightsRequestError('unknown_subject', 'inget sådant företag / no such company', 'companyId');
    return { contactId: null, companyId: input.companyId };
  }

  async function get(id: string, tx: Db | Tx = db): Promise<RightsRequestView> {
    const [row] = await loadRequests(tx, eq(rightsRequests.id, id), { limit: 1 });
    if (!row) throw new RightsRequestError('not_found', 'Ingen sådan begäran / No such request');
    return viewOf(row, clock.now());
  }

  /** Runs `apply` on a locked, open request and returns the request after it; `apply` throws to refuse. */
  async function change(id: string, apply: (tx: Tx, r: RequestWithPauses, now: Date) => Promise<void>) {
    return db.transaction(async (tx) => {
      const r = await lockRequest(tx, id);
      if (!r) throw new RightsRequestError('not_found', 'Ingen sådan begäran / No such request');
      if (!isOpen(r))
        throw new RightsRequestError('closed', 'Begäran är redan avslutad / The request is already closed');
      await apply(tx, r, clock.now());
      return get(id, tx);
    });
  }

  /** Registers a request: from the account (now) or a letter (the day it was received); in `tx` when given. */
  async function register(input: RegisterInput, tx: Db | Tx = db): Promise<RightsRequestView> {
    if (stockholmDate(input.receivedAt) > stockholmDate(clock.now()))
      throw new RightsRequestError(
        'future_receipt',
        'kan inte ligga i framtiden / cannot be in the future',
        'receivedAt',
      );
    const subject = await subjectOf(input, tx);
    const [row] = await tx
      .insert(rightsRequests)
      .values({
        kind: input.kind,
        channel: input.channel,
        ...subject,
        receivedAt: input.receivedAt,
        language: input.language,
        registeredBy: input.registeredBy ?? null,
      })
      .returning({ id: rightsRequests.id })
      .catch((e: unknown) => {
        if (pgCode(e) === '23505') throw duplicate();
        throw e;
      });
    return get(row!.id, tx);
  }

  return {
    get,
    register,

    /** A signed-in customer's request, received now; one open request of a kind at a time. */
    async registerFromAccount(input: {
      contactId: string;
      companyId: string;
      kind: RequestKind;
      language: RequestLanguage;
    }): Promise<RightsRequestView> {
      const [open] = await db
        .select({ id: rightsRequests.id })
        .from(rightsRequests)
        .where(
          and(
            eq(rightsRequests.contactId, input.contactId),
            eq(rightsRequests.kind, input.kind),
            inArray(rightsRequests.status, [...openStatuses]),
          ),
        )
        .limit(1);
      if (open) throw duplicate();
      return register({ ...input, channel: 'account', receivedAt: clock.now() });
    },

    /**
     * The queue: every open request by due date (paused ones after); with `closed` or `all`, also
     * the latest 500 closed ones, the latest answered first.
     */
    async queue(opts: { status: 'open' | 'closed' | 'all' } = { status: 'open' }): Promise<RightsRequestView[]> {
      const now = clock.now();
      const open =
        opts.status === 'closed' ? [] : await loadRequests(db, inArray(rightsRequests.status, [...openStatuses]));
      const closed =
        opts.status === 'open'
          ? []
          : await loadRequests(db, notInArray(rightsRequests.status, [...openStatuses]), {
              newestFirst: true,
              limit: 500,
            });
      return [...open, ...closed].map((r) => viewOf(r, now)).sort(queueOrder);
    },

    /** The requests a contact person made or that name them, newest first. */
    async ofContact(contactId: string): Promise<RightsRequestView[]> {
      const now = clock.now();
      const rows = await loadRequests(db, eq(rightsRequests.contactId, contactId), { newestFirst: true, limit: 200 });
      return rows.map((r) => viewOf(r, now));
    },

    /** The clock stops: the controller has asked the person for identity or supplementary information. */
    pause: (id: string, reason: PauseReason, then?: (tx: Tx, r: RequestWithPauses, now: Date) => Promise<void>) =>
      change(id, async (tx, r, now) => {
        assertPauseAllowed(deadlineInput(r), now);
        await tx.insert(rightsRequestPauses).values({ requestId: id, pausedAt: now, reason });
        await tx.update(rightsRequests).set({ status: 'awaiting_identity' }).where(eq(rightsRequests.id, id));
        await then?.(tx, r, now);
      }),

    /** The person has answered: the clock runs again, the due date moved by the days it stood still. */
    resume: (id: string) =>
      change(id, async (tx, _r, now) => {
        if ((await closeOpenPause(tx, id, now)) === 0)
          throw new RightsRequestError('not_paused', 'Begäran väntar inte / The request is not paused');
        await tx.update(rightsRequests).set({ status: 'in_progress' }).where(eq(rightsRequests.id, id));
      }),

    /** Two more months (art. 12(3)), decided and told to the person within the first month. */
    extend: (id: string, reason: ExtensionReason) =>
      change(id, async (tx, r, now) => {
        assertExtensionAllowed(deadlineInput(r), now);
        await tx
          .update(rightsRequests)
          .set({ extendedAt: now, extensionReason: reason })
          .where(eq(rightsRequests.id, id));
        await hooks.extended?.(tx, viewOf({ ...r, extendedAt: now, extensionReason: reason }, now));
      }),

    /** Answered: what was asked is done (the person has been told). */
    complete: (id: string) =>
      change(id, async (tx, r, now) => {
        if (r.status === 'awaiting_identity')
          throw new RightsRequestError(
            'awaiting_identity',
            'Begäran väntar på den registrerade; återuppta den först / The request awaits the person; resume it first',
          );
        await tx.update(rightsRequests).set({ status: 'completed', completedAt: now }).where(eq(rightsRequests.id, id));
        await hooks.closed?.(tx, id, now);
      }),

    /** Refused, with the reason the person is told (they may complain to IMY); ends a pause still open. */
    refuse: (id: string, reason: RefusalReason) =>
      change(id, async (tx, _r, now) => {
        await closeOpenPause(tx, id, now);
        await tx
          .update(rightsRequests)
          .set({ status: 'refused', completedAt: now, refusalReason: reason })
          .where(eq(rightsRequests.id, id));
        await hooks.closed?.(tx, id, now);
      }),
  };
}

export type RightsService = ReturnType<typeof createRightsService>;
