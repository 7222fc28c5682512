import { and, eq, inArray, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import { defineJob } from '#src/platform/jobs/index.ts';
import { renderLetter, type Mailer } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';
import { stockholmDate } from './bookkeeping.service.ts';
import { addDays } from './invoices.service.ts';
import { invoiceReminders, invoices } from './invoices.tables.ts';
import { invoiceReminderLetter, REMINDER_STAGES } from './invoices.letters.ts';
import { orders } from './orders.tables.ts';

export type InvoiceJobDeps = { db: Db; clock: Clock; mailer?: Mailer | undefined; publicUrl: string };

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Sends the reminders that are due today: for each open invoice at least 7 days past due, the
 * highest stage reached (7 or 21 days) once. The stage is recorded (unique per invoice and stage)
 * in the same transaction that sends, so a stage never goes out twice; a stage skipped while the
 * job was not running is recorded without a letter of its own. The letter goes to the contact the
 * order named.
 */
export async function sendDueReminders(deps: InvoiceJobDeps, log?: Logger): Promise<number> {
  const { db, clock, mailer } = deps;
  if (!mailer) throw new Error('no mailer in this process');
  const today = stockholmDate(clock.now());
  const open = await db
    .select({ invoice: invoices, email: orders.contactEmail })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .where(
      and(
        inArray(invoices.status, ['unpaid', 'partially_paid']),
        lte(invoices.dueDate, addDays(today, -REMINDER_STAGES[0])),
      ),
    );
  let sent = 0;
  for (const { invoice, email } of open) {
    const overdue = daysBetween(invoice.dueDate, today);
    const due = REMINDER_STAGES.filter((s) => s <= overdue);
    const stage = due.at(-1);
    if (!stage || !email) continue;
    await db.transaction(async (tx) => {
      const [fresh] = await tx
        .insert(invoiceReminders)
        .values({ invoiceId: invoice.id, stage, queuedAt: clock.now() })
        .onConflictDoNothing()
        .returning({ id: invoiceReminders.id });
      if (!fresh) return;
      for (const skipped of due.slice(0, -1))
        await tx
          .insert(invoiceReminders)
          .values({ invoiceId: invoice.id, stage: skipped, queuedAt: clock.now() })
          .onConflictDoNothing();
      const content = invoiceReminderLetter.render(
        invoiceReminderLetter.schema.parse({
          invoiceNumber: invoice.invoiceNumber,
          ocr: invoice.ocr,
          dueDate: invoice.dueDate,
          balanceOre: invoice.totalIncVatOre - invoice.paidOre,
          stage,
        }),
        { publicUrl: deps.publicUrl },
      );
      await mailer.send({ to: email, ...renderLetter(content, controller, deps.publicUrl) });
      sent++;
    });
  }
  log?.info({ sent }, 'invoice reminders sent');
  return sent;
}

/** Daily at 08:00 Stockholm time. */
export const invoiceReminderJob = (deps: InvoiceJobDeps) =>
  defineJob({
    name: 'orders.invoice-reminders',
    schema: z.object({}).nullable(),
    cron: '0 8 * * *',
    retryLimit: 5,
    async handler(_data, { log }) {
      await sendDueReminders(deps, log);
    },
  });
