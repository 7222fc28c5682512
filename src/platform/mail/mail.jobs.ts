import { z } from 'zod';
import type { BossDb } from '../db/index.ts';
import { defineJob, type Jobs } from '../jobs/index.ts';
import type { AppModule } from '../module/index.ts';
import { renderLetter, type LetterTemplate, type Sender } from './letter.ts';
import type { Mailer } from './mailer.ts';

/**
 * The payload of a queued letter, kept in the job table (pg-boss) until the job is deleted —
 * personal data, so it is minimal: the recipient's address, the template's id and only the
 * parameters the letter needs. Never a one-time link: letters that carry one mint their token
 * when the job runs (see the customers module's token letters), so no usable secret waits in
 * the queue.
 */
const payload = z.object({ template: z.string().min(1), to: z.email(), params: z.unknown() });

const MAIL_JOB = 'mail.send';
/** Retries with exponential backoff (pg-boss `retryBackoff`): about 1 s, 2 s, 4 s … up to ~4.5 h. */
const RETRY_LIMIT = 14;

const notHere = async () => {
  throw new Error('mail.send is worked by the job that mailModule() registers');
};

/** The definition used to queue a letter; the working handler is registered by mailModule(). */
const mailQueue = defineJob({ name: MAIL_JOB, schema: payload, retryLimit: RETRY_LIMIT, handler: notHere });

export type MailService = {
  /** Checks the parameters against the template and queues the letter; the job sends it, retrying on failure. */
  queue<S extends z.ZodType>(
    template: LetterTemplate<S>,
    to: string,
    params: z.input<S>,
    /** `db`: queue inside the caller's transaction (the letter exists exactly when it commits). */
    opts?: { db?: BossDb },
  ): Promise<void>;
};

export function createMailService({ jobs }: { jobs: Pick<Jobs, 'send'> }): MailService {
  return {
    async queue(template, to, params, opts) {
      const checked = template.schema.parse(params);
      await jobs.send(mailQueue, { template: template.id, to, params: checked }, opts?.db ? { db: opts.db } : {});
    },
  };
}

export type MailModuleDeps = {
  /** Absent where a process only queues letters: the job then fails and is retried by one that has it. */
  mailer: Mailer | undefined;
  sender: Sender;
  publicUrl: string;
  /** Every template a queued letter may name. */
  templates: readonly LetterTemplate[];
};

/** The job that renders and sends queued letters. */
export function mailModule(deps: MailModuleDeps): AppModule {
  const templates = new Map(deps.templates.map((t) => [t.id, t]));
  const job = defineJob({
    ...mailQueue,
    async handler(data, { log }) {
      if (!deps.mailer) throw new Error('no mailer in this process');
      const template = templates.get(data.template);
      if (!template) throw new Error(`unknown letter template '${data.template}'`);
      const content = template.render(template.schema.parse(data.params), { publicUrl: deps.publicUrl });
      const rendered = renderLetter(content, deps.sender, deps.publicUrl);
      await deps.mailer.send({ to: data.to, ...rendered });
      log.info({ template: data.template }, 'letter sent');
    },
  });
  return { name: 'mail', jobs: [job] };
}
