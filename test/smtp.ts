import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** A mail as the local SMTP server received it over a real SMTP exchange, parsed by mailparser. */
export type ReceivedMail = {
  from: string;
  /** Envelope recipients (RCPT TO), lower case. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Links in the plain-text part, in order. */
  links: string[];
  raw: string;
};

export type TestSmtp = {
  /** smtp://127.0.0.1:<port> — for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Waits for a mail to `to` that matches `predicate` (and was not taken before), and takes it. */
  waitFor(to: string, predicate?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Answers the next `n` deliveries with a temporary failure (451), as a struggling server would. */
  failNext(n: number): void;
  /** How many deliveries were refused by failNext. */
  readonly refused: number;
  close(): Promise<void>;
};

/**
 * A local SMTP server for tests: smtp-server on 127.0.0.1 at a free port, no TLS, no auth.
 * The platform's mailer (nodemailer) talks real SMTP to it.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiters = new Set<() => void>();
  let failing = 0;
  let refused = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (failing > 0) {
        failing--;
        refused++;
        const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            const text = parsed.text ?? '';
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              links: [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
              raw,
            });
            for (const w of waiters) w();
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;

  function take(to: string, predicate: (m: ReceivedMail) => boolean): ReceivedMail | undefined {
    const m = received.find((r) => !taken.has(r) && r.to.includes(to.toLowerCase()) && predicate(r));
    if (m) taken.add(m);
    return m;
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get refused() {
      return refused;
    },
    failNext(n) {
      failing = n;
    },
    waitFor(to, predicate = () => true, timeoutMs = 20_000) {
      const now = take(to, predicate);
      if (now) return Promise.resolve(now);
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = take(to, predicate);
          if (!m) return;
          cleanup();
          resolve(m);
        };
        const timer = setTimeout(() => {
          cleanup();
          const seen = received.map((r) => `${r.to.join(',')}: ${r.subject}`).join('; ') || 'none';
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The one-time token of a link like `https://…/konto/verifiera#token=…`. */
export function tokenOf(mail: ReceivedMail, path: string): string {
  const link = mail.links.find((l) => new URL(l).pathname === path);
  if (!link) throw new Error(`no link to ${path} in "${mail.subject}"`);
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  if (!token) throw new Error(`no token in the link to ${path}`);
  return token;
}
