import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appModules } from '#src/app/index.ts';
import { TestClock } from '#src/platform/clock/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { createMailService, type OutgoingMail } from '#src/platform/mail/index.ts';
import { dpo } from '#src/modules/policy/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.ts';
import { queueRightsReminders, reminderStage } from './rights.jobs.ts';
import { rightsRequestPauses, rightsRequests } from './rights.tables.ts';

type Queued = { data: { template: string; to: string; params: Record<string, string> } };

/** The daily reminders to the privacy officer: one per request, stage and due date, through the mail queue. */
describe('reminders of data subject requests due within a week or overdue', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  const ids: Record<string, string> = {};
  const silent = createLogger({ level: 'silent' });

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ clock: new TestClock('2026-03-02T06:00:00Z'), env: { SMTP_URL: smtp.url } });
    const db = t.database.db;
    const add = async (name: string, receivedAt: string, more: Partial<typeof rightsRequests.$inferInsert> = {}) => {
      const [r] = await db
        .insert(rightsRequests)
        .values({
          kind: 'access',
          channel: 'letter',
          contactId: randomUUID(),
          receivedAt: new Date(`${receivedAt}T00:00:00Z`),
          ...more,
        })
        .returning({ id: rightsRequests.id });
      ids[name] = r!.id;
    };
    await add('soon', '2026-02-05'); // due 5 March: 3 days left
    await add('late', '2026-01-20', { kind: 'erasure' }); // due 20 February: overdue
    await add('later', '2026-03-01'); // due 1 April
    await add('waiting', '2026-01-20', { status: 'awaiting_identity' }); // due 20 February, paused since 10 February
    await db
      .insert(rightsRequestPauses)
      .values({ requestId: ids.waiting!, pausedAt: new Date('2026-02-10T09:00:00Z'), reason: 'identity' });
    await add('done', '2026-01-10', { status: 'completed', completedAt: new Date('2026-02-01T09:00:00Z') });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const deps = () => ({ db: t.database.db, clock: t.clock, mail: createMailService({ jobs: t.rt.jobs }) });
  const queued = () =>
    t.database.query<Queued>(
      `select data from pgboss.job where name = 'mail.send' and data->>'template' = 'privacy.rights-request-reminder' order by created_on`,
    );

  it('stages: due within 7 days, overdue after the due date, nothing while paused', () => {
    expect([8, 7, 0, -1, null].map(reminderStage)).toEqual([null, 'due_soon', 'due_soon', 'overdue', null]);
  });

  it('queues one mail per request and stage to the privacy officer, with the id, kind and due date only', async () => {
    expect(await queueRightsReminders(deps(), silent)).toBe(2);
    const jobs = await queued();
    expect(jobs.map((j) => j.data.params)).toEqual(
      expect.arrayContaining([
        { requestId: ids.soon, kind: 'access', due: '2026-03-05', stage: 'due_soon' },
        { requestId: ids.late, kind: 'erasure', due: '2026-02-20', stage: 'overdue' },
      ]),
    );
    expect(jobs.every((j) => j.data.to === dpo.email)).toBe(true);
    // A request first seen overdue records its passed stage without a mail of its own.
    const stages = await t.database.query<{ request_id: string; stage: string }>(
      'select request_id, stage from rights_request_reminders order by request_id, stage',
    );
    expect(stages.filter((s) => s.request_id === ids.late).map((s) => s.stage)).toEqual(['due_soon', 'overdue']);
  });

  it('is idempotent: a second run the same day queues nothing', async () => {
    expect(await queueRightsReminders(deps(), silent)).toBe(0);
    expect(await queued()).toHaveLength(2);
  });

  it('queues the next stage once it is reached', async () => {
    t.clock.set('2026-03-06T06:00:00Z');
    expect(await queueRightsReminders(deps(), silent)).toBe(1);
    expect((await queued()).at(-1)!.data.params).toEqual({
      requestId: ids.soon,
      kind: 'access',
      due: '2026-03-05',
      stage: 'overdue',
    });
  });

  it('reminds of a request whose clock runs again, and again when a pause has moved a due date', async () => {
    const resume = (name: string, at: string) =>
      t.database.query(
        `update rights_request_pauses set resumed_at = $2 where request_id = $1 and resumed_at is null`,
        [ids[name], at],
      );
    // 24 days paused (10 February – 6 March): due 16 March; six days before, a reminder.
    await resume('waiting', '2026-03-06T09:00:00Z');
    t.clock.set('2026-03-10T06:00:00Z');
    expect(await queueRightsReminders(deps(), silent)).toBe(1);
    expect((await queued()).at(-1)!.data.params).toMatchObject({ requestId: ids.waiting, due: '2026-03-16' });
    // Due 1 April: reminded on 25 March (with the one due 16 March, overdue by then); then paused
    // 5 days, due 6 April, and reminded again for that date.
    t.clock.set('2026-03-25T06:00:00Z');
    expect(await queueRightsReminders(deps(), silent)).toBe(2);
    await t.database.db.insert(rightsRequestPauses).values({
      requestId: ids.later!,
      pausedAt: new Date('2026-03-26T09:00:00Z'),
      reason: 'supplementary_information',
    });
    await resume('later', '2026-03-31T09:00:00Z');
    t.clock.set('2026-04-01T06:00:00Z');
    const before = (await queued()).length;
    await queueRightsReminders(deps(), silent);
    const added = (await queued()).slice(before).map((j) => j.data.params);
    expect(added).toContainEqual({ requestId: ids.later, kind: 'access', due: '2026-04-06', stage: 'due_soon' });
    expect(await queueRightsReminders(deps(), silent)).toBe(0);
  });

  it('is a daily job of the privacy module, and its letter is registered with the mail module', async () => {
    const modules = appModules({ db: t.database.db, clock: t.clock });
    const job = modules.flatMap((m) => m.jobs ?? []).find((j) => j.name === 'privacy.rights-reminders');
    expect(job?.cron).toBe('0 7 * * *');
    // Without a mail queue (a process that only lists the modules) the job fails and is retried.
    await expect(job!.handler(null, { jobId: 'j', log: silent })).rejects.toThrow(/no mail queue/);

    const sent: OutgoingMail[] = [];
    const mailer = {
      via: 'outbox' as const,
      close() {},
      send: async (m: OutgoingMail) => (sent.push(m), { messageId: 'x' }),
    };
    const mailJob = appModules({ db: t.database.db, clock: t.clock, mailer, publicUrl: 'https://ks.test' })
      .find((m) => m.name === 'mail')!
      .jobs!.find((j) => j.name === 'mail.send')!;
    const [first] = await queued();
    await mailJob.handler(first!.data, { jobId: 'j', log: silent });
    expect(sent[0]!.to).toBe(dpo.email);
    expect(sent[0]!.subject).toMatch(/2026-0[23]-\d\d/);
    expect(sent[0]!.text).toContain(first!.data.params.requestId);
    expect(sent[0]!.text).toContain('https://ks.test/admin');
  });

  it('runs in the platform: the daily job queues through the mail module, and the letter reaches the mailbox', async () => {
    const contactId = randomUUID();
    await t.database.db.insert(rightsRequests).values({
      kind: 'objection',
      channel: 'account',
      contactId,
      receivedAt: new Date('2026-03-05T10:00:00Z'),
    });
    const job = appModules({ db: t.database.db, clock: t.clock })
      .flatMap((m) => m.jobs ?? [])
      .find((j) => j.name === 'privacy.rights-reminders')!;
    await t.rt.jobs.work();
    await t.rt.jobs.send(job, null);
    const mail = await smtp.waitFor(dpo.email, (m) => m.text.includes('2026-04-05'), 30_000);
    expect(mail.subject).toBe('Begäran ska besvaras senast 2026-04-05 / Request due on 2026-04-05');
    expect(mail.text).toContain('Rätt att invända mot direktmarknadsföring och profilering');
    expect(mail.text).not.toContain(contactId);
  });
});
