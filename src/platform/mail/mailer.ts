import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logging/index.ts';

/** A rendered mail, ready to go. */
export type OutgoingMail = { to: string; subject: string; text: string; html: string };

export interface Mailer {
  /** `smtp`: a real SMTP server (SMTP_URL). `outbox`: .eml files in a folder (development, offline). */
  readonly via: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * A failed delivery, described without the addresses or the server's text (SMTP replies often
 * repeat the recipient): the message is stored by the job queue and may be logged.
 */
export class MailDeliveryError extends Error {
  readonly code: string | undefined;
  readonly responseCode: number | undefined;
  constructor(err: unknown) {
    const e = err as { code?: string; responseCode?: number };
    super(`mail delivery failed${e.code ? `: ${e.code}` : ''}${e.responseCode ? ` (SMTP ${e.responseCode})` : ''}`);
    this.name = 'MailDeliveryError';
    this.code = e.code;
    this.responseCode = e.responseCode;
  }
}

/**
 * Mail over SMTP (nodemailer) when `smtpUrl` is set; otherwise each mail is written as an .eml
 * file into `outboxDir`, so the platform runs offline. Logs carry the message id or the file
 * name, never an address.
 */
export function createMailer(opts: {
  smtpUrl: string | undefined;
  from: string;
  outboxDir: string;
  log: Logger;
}): Mailer {
  const { from, log } = opts;
  if (opts.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(opts.smtpUrl);
    return {
      via: 'smtp',
      async send(mail) {
        try {
          const info = await transport.sendMail({ from, ...mail });
          log.info({ messageId: info.messageId, via: 'smtp' }, 'mail sent');
          return { messageId: info.messageId };
        } catch (err) {
          throw new MailDeliveryError(err);
        }
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    via: 'outbox',
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      await fs.mkdir(opts.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(opts.outboxDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
      await fs.writeFile(file, info.message as Buffer, { mode: 0o600 });
      log.info({ messageId: info.messageId, via: 'outbox', file }, 'mail written to the outbox');
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
