import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '#src/platform/clock/index.ts';
import { bossDbOfTx, type Db } from '#src/platform/db/index.ts';
import type { FileStore } from '#src/platform/files/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { rightsAcknowledgementLetter } from './rights.letters.ts';
import { extensionLetter, supplementaryInformationLetter } from './rights.notices.ts';
import type { LetterKind, SupplementaryItem } from './rights.records.codes.ts';
import { rightsRequestAttachments, rightsRequestLetters } from './rights.records.tables.ts';
import type { RequestRow, Tx } from './rights.repo.ts';
import type { RegisterInput, RightsHooks, RightsService } from './rights.service.ts';
import { checkScan } from './rights.scans.ts';
import { RightsRequestError } from './rights.errors.ts';
import type { RightsRequestView } from './rights.view.ts';

export type RightsRecordsDeps = {
  db: Db;
  clock: Clock;
  files: FileStore;
  mail: MailService;
  rights: RightsService;
  /** The contact person's e-mail address (customers module, through the composition root), read in `tx`; null: none. */
  contactEmail(contactId: string, tx: Tx): Promise<string | null>;
};

type LetterOf =
  | { kind: 'acknowledgement'; due: string }
  | { kind: 'supplementary_information'; items: SupplementaryItem[] }
  | { kind: 'extension'; due: string; reason: NonNullable<RequestRow['extensionReason']> };

/**
 * A request's records beside the register: the scanned letter (files folder, written before its
 * row commits, removed if it does not), and every letter to the person, queued in the
 * transaction of the step it belongs to and recorded by kind, language and codes.
 */
export function createRightsRecords(deps: RightsRecordsDeps) {
  const { db, clock, files, mail } = deps;

  /** Queues a letter to the contact (or marks it for the post when there is no address) and records it. */
  async function sendLetter(tx: Tx, r: RequestRow, letter: LetterOf, sentBy: string | null): Promise<void> {
    const to = r.contactId ? await deps.contactEmail(r.contactId, tx) : null;
    const base = { requestId: r.id, kind: r.kind, language: r.language };
    const opts = { db: bossDbOfTx(tx) };
    if (to) {
      if (letter.kind === 'acknowledgement')
        await mail.queue(rightsAcknowledgementLetter, to, { requestId: r.id, kind: r.kind, due: letter.due }, opts);
      else if (letter.kind === 'supplementary_information')
        await mail.queue(supplementaryInformationLetter, to, { ...base, items: letter.items }, opts);
      else await mail.queue(extensionLetter, to, { ...base, reason: letter.reason, due: letter.due }, opts);
    }
    await tx.insert(rightsRequestLetters).values({
      requestId: r.id,
      kind: letter.kind satisfies LetterKind,
      language: r.language,
      delivery: to ? 'email' : 'post',
      items: letter.kind === 'supplementary_information' ? letter.items : [],
      sentAt: clock.now(),
      sentBy,
    });
  }

  /** Writes a checked scan to the files folder, runs `write` (which inserts its row), and removes the file if that fails. */
  async function withScan<T>(
    base64: string,
    field: string,
    write: (path: string, scan: ReturnType<typeof checkScan>) => Promise<T>,
  ) {
    const scan = checkScan(base64, field);
    const path = `rights/${randomUUID()}.${scan.ext}`;
    await files.put(path, scan.data);
    try {
      return await write(path, scan);
    } catch (e) {
      await files.remove(path);
      throw e;
    }
  }

  const attachmentRow = (requestId: string, path: string, scan: ReturnType<typeof checkScan>, staffId: string) => ({
    requestId,
    path,
    mediaType: scan.mediaType,
    bytes: scan.data.length,
    sha256: scan.sha256,
    uploadedAt: clock.now(),
    uploadedBy: staffId,
  });

  const dueOf = (v: RightsRequestView) => (v.deadline.state === 'running' ? v.deadline.due : null);

  const hooks: RightsHooks = {
    async extended(tx, v) {
      const due = dueOf(v);
      if (due && v.extensionReason)
        await sendLetter(tx, v, { kind: 'extension', due, reason: v.extensionReason }, null);
    },
    async closed(tx, requestId, at) {
      await tx
        .update(rightsRequestAttachments)
        .set({ requestClosedAt: at })
        .where(eq(rightsRequestAttachments.requestId, requestId));
    },
  };

  return {
    hooks,

    /**
     * Registers a written request with its scanned letter, all or nothing: the request, the scan
     * and the acknowledgement to the person (when there is a contact person) commit together.
     */
    registerLetter(input: Omit<RegisterInput, 'channel' | 'registeredBy'> & { scan: string }, staffId: string) {
      const { scan: base64, ...request } = input;
      return withScan(base64, 'scan', (path, scan) =>
        db.transaction(async (tx) => {
          const view = await deps.rights.register({ ...request, channel: 'letter', registeredBy: staffId }, tx);
          await tx.insert(rightsRequestAttachments).values(attachmentRow(view.id, path, scan, staffId));
          const due = dueOf(view);
          if (due) await sendLetter(tx, view, { kind: 'acknowledgement', due }, staffId);
          return view;
        }),
      );
    },

    /** Another scan for an open request (a supplement the person sent). */
    async attach(requestId: string, base64: string, staffId: string): Promise<{ id: string }> {
      await deps.rights.get(requestId); // 404 before anything is written
      return withScan(base64, 'file', async (path, scan) => {
        const [row] = await db
          .insert(rightsRequestAttachments)
          .values(attachmentRow(requestId, path, scan, staffId))
          .returning({ id: rightsRequestAttachments.id });
        return row!;
      });
    },

    async readAttachment(requestId: string, attachmentId: string) {
      const [row] = await db
        .select()
        .from(rightsRequestAttachments)
        .where(and(eq(rightsRequestAttachments.id, attachmentId), eq(rightsRequestAttachments.requestId, requestId)));
      if (!row) throw new RightsRequestError('not_found', 'Ingen sådan bilaga / No such attachment');
      return { mediaType: row.mediaType, data: await files.read(row.path) };
    },

    /** The person is asked for what is missing; the clock stops until they answer (resume). */
    askSupplementary(requestId: string, items: SupplementaryItem[], staffId: string) {
      const identity = items.some((i) => i === 'signed_request' || i === 'account_sign_in');
      return deps.rights.pause(requestId, identity ? 'identity' : 'supplementary_information', (tx, r) =>
        sendLetter(tx, r, { kind: 'supplementary_information', items }, staffId),
      );
    },

    /** A request made in the account: acknowledged by letter (recorded). */
    async acknowledge(view: RightsRequestView): Promise<void> {
      const due = dueOf(view);
      if (due) await db.transaction((tx) => sendLetter(tx, view, { kind: 'acknowledgement', due }, null));
    },

    async attachments(requestId: string) {
      return db
        .select({
          id: rightsRequestAttachments.id,
          mediaType: rightsRequestAttachments.mediaType,
          bytes: rightsRequestAttachments.bytes,
          uploadedAt: rightsRequestAttachments.uploadedAt,
          uploadedBy: rightsRequestAttachments.uploadedBy,
        })
        .from(rightsRequestAttachments)
        .where(eq(rightsRequestAttachments.requestId, requestId))
        .orderBy(asc(rightsRequestAttachments.uploadedAt));
    },

    async letters(requestId: string) {
      return db
        .select()
        .from(rightsRequestLetters)
        .where(eq(rightsRequestLetters.requestId, requestId))
        .orderBy(asc(rightsRequestLetters.sentAt));
    },
  };
}

export type RightsRecords = ReturnType<typeof createRightsRecords>;
