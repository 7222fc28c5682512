import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '#src/platform/clock/index.ts';
import { bossDbOfTx, type Db } from '#src/platform/db/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import type { MailService } from '#src/platform/mail/index.ts';
import { dpo } from '#src/modules/policy/index.ts';
import { rightsReminderLetter, type ReminderStage } from './rights.letters.ts';
import { loadRequests } from './rights.repo.ts';
import { viewOf } from './rights.service.ts';
import { rightsRequestReminders, rightsRequests } from './rights.tables.ts';
import { openStatuses } from './rights.types.ts';

/** A reminder goes out when a request is due within this many days. */
export const REMINDER_DAYS = 7;

export type RightsReminderDeps = {
  db: Db;
  clock: Clock;
  /** Absent where a process cannot queue letters: the job then fails and is retried. */
  mail: MailService | undefined;
  /** The privacy officer's mailbox: the data protection officer's address in the policy (§2). */
  to?: string;
};

/** The stage a request with `daysLeft` days to go has reached; null: not yet. */
export function reminderStage(daysLeft: number | null): ReminderStage | null {
  if (daysLeft === null) return null;
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= REMINDER_DAYS ? 'due_soon' : null;
}

/**
 * Queues a reminder to the privacy officer for every open request due within a week or overdue:
 * one per request, stage and due date. The stage is recorded in the transaction that queues the
 * letter (through the mail module), so a rerun never queues it twice and a crash never loses it;
 * a request first seen overdue records `due_soon` as passed, without a letter of its own. A request
 * waiting for the person has no due date, and no reminder until its clock runs again.
 */
export async function queueRightsReminders(deps: RightsReminderDeps, log?: Logger): Promise<number> {
  const { db, clock, mail } = deps;
  if (!mail) throw new Error('no mail queue in this process');
  const now = clock.now();
  const open = await loadRequests(db, inArray(rightsRequests.status, [...openStatuses]));
  let queued = 0;
  for (const view of open.map((r) => viewOf(r, now))) {
    const stage = reminderStage(view.daysLeft);
    if (!stage || view.deadline.state !== 'running') continue;
    const due = view.deadline.due;
    await db.transaction(async (tx) => {
      const [fresh] = await tx
        .insert(rightsRequestReminders)
        .values({ requestId: view.id, stage, dueDate: due, queuedAt: now })
        .onConflictDoNothing()
        .returning({ stage: rightsRequestReminders.stage });
      if (!fresh) return;
      if (stage === 'overdue')
        await tx
          .insert(rightsRequestReminders)
          .values({ requestId: view.id, stage: 'due_soon', dueDate: due, queuedAt: now })
          .onConflictDoNothing();
      await mail.queue(
        rightsReminderLetter,
        deps.to ?? dpo.email,
        { requestId: view.id, kind: view.kind, due, stage },
        { db: bossDbOfTx(tx) },
      );
      queued++;
    });
  }
  log?.info({ queued }, 'rights request reminders queued');
  return queued;
}

/** Daily at 07:00 Swedish time. */
export const rightsReminderJob = (deps: RightsReminderDeps) =>
  defineJob({
    name: 'privacy.rights-reminders',
    schema: z.object({}).nullable(),
    cron: '0 7 * * *',
    retryLimit: 5,
    async handler(_data, { log }) {
      await queueRightsReminders(deps, log);
    },
  });
