import path from 'node:path';
import { z } from 'zod';
import ipaddr from 'ipaddr.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable the platform reads. The README's configuration table lists the same. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number({ error: 'must be a port number (0–65535)' }).int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  AUDIT_DIR: z.string().min(1).optional(),
  FILES_DIR: z.string().min(1).optional(),
  RETENTION_SWEEP_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM (24-hour, Swedish time)')
    .default('03:30'),
  JOBS: z.enum(['web', 'worker']).default('web'),
  SEED_DEMO: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  TRUST_PROXY: z
    .string()
    .trim()
    .transform((v, ctx): boolean | number | string[] => {
      if (v === 'true' || v === 'false') return v === 'true';
      if (/^\d+$/.test(v)) return Number(v);
      const list = v.split(',').map((a) => a.trim());
      const named = ['loopback', 'linklocal', 'uniquelocal'];
      const bad = list.filter((a) => !named.includes(a) && !ipaddr.isValid(a) && !ipaddr.isValidCIDR(a));
      if (bad.length)
        ctx.addIssue({
          code: 'custom',
          message: 'must be true, false, a number of proxy hops, or proxy addresses/CIDRs separated by commas',
        });
      return list;
    })
    .default(false),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525' })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).default('Kliniksupport <info@kliniksupport.se>'),
  PAYMENT_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  PAYMENT_API_KEY: z.string().trim().min(8).optional(),
  PAYMENT_WEBHOOK_SECRET: z.string().trim().min(16).optional(),
  CARRIER_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  CARRIER_API_KEY: z.string().trim().min(8).optional(),
  CARRIER_WEBHOOK_SECRET: z.string().trim().min(16).optional(),
  CARRIER_TRACKING_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .refine((u) => decodeURI(u).includes('{trackingNumber}'), 'must contain {trackingNumber}')
    .optional(),
  RECIPIENT_NOTICES: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const out: Record<string, string> = {};
      for (const pair of v.split(',').filter(Boolean)) {
        const [id, address] = pair.split('=').map((x) => x.trim());
        if (!id || !address || !/^[^@\s]+@[^@\s]+$/.test(address)) {
          ctx.addIssue({ code: 'custom', message: 'must be recipient=address pairs separated by commas' });
          return z.NEVER;
        }
        out[id] = address;
      }
      return out;
    })
    .optional(),
  PSEUDONYM_KEY: z.string().trim().min(32, 'must be at least 32 characters (a random secret)').optional(),
  MARKETING_TOKEN_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 32 bytes as 64 hexadecimal characters (openssl rand -hex 32)')
    .optional(),
  PERSONNUMMER_HMAC_KEY: z.string().trim().min(32, 'must be at least 32 characters').optional(),
});

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Outside the database: the access log's signing key and its signed checkpoints. */
  auditDir: string;
  /** Uploaded and generated files (support images, scanned letters): deleted with their rows. */
  filesDir: string;
  /** The time of day (Europe/Stockholm, HH:MM) of the daily retention sweep. */
  retentionSweepAt: string;
  /** Where background jobs run: in the web process, or only in `kliniksupport worker`. */
  jobs: 'web' | 'worker';
  seedDemo: boolean;
  logLevel: string;
  shutdownTimeoutMs: number;
  /** Whose X-Forwarded-For to believe for the client address: nobody (false), every proxy (true), hops, or addresses. */
  trustProxy: boolean | number | string[];
  /** SMTP server for outgoing mail; unset outside production: mails are written to `outboxDir`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where mail goes as .eml files when no SMTP server is configured (development, tests). */
  outboxDir: string;
  /**
   * The card payment service (Stripe's Checkout Sessions API). `apiUrl` undefined: outside
   * production, `serve` starts the local card provider (src/providers/card) and uses it.
   */
  payment: { apiUrl: string | undefined; apiKey: string; webhookSecret: string };
  /**
   * The carrier platform (nShift Delivery's REST API). `apiUrl` undefined: outside production,
   * `serve` starts the local carrier (src/providers/carrier) and uses it.
   */
  carrier: { apiUrl: string | undefined; apiKey: string; webhookSecret: string; trackingUrl: string | undefined };
  /**
   * The secret of keyed hashes (HMAC-SHA256) that stand in for personal data we may keep only in
   * that form: the suppression list's e-mail addresses.
   */
  pseudonymKey: string;
  /**
   * Where notices to recipients of data go (GDPR art. 19), by the policy's recipient id, e.g.
   * `carriers=privacy@carrier.example`; a recipient not listed: the DPO mailbox, which forwards.
   */
  recipientNotices: Record<string, string>;
  /**
   * The AES-256-GCM key (32 bytes) of the marketing module's opaque links: a sign-up waiting for
   * its double opt-in travels sealed in the confirmation link, never in the database.
   */
  marketingTokenKey: Buffer;
  /** The key of the keyed hash (HMAC-SHA256) a personnummer given for identity verification is kept as. */
  personnummerHmacKey: string;
};

/** Development defaults of the local card provider; never accepted in production. */
export const LOCAL_PAYMENT_API_KEY = 'sk_test_local_kliniksupport';
export const LOCAL_PAYMENT_WEBHOOK_SECRET = 'whsec_local_kliniksupport_development';
/** Development defaults of the local carrier; never accepted in production. */
export const LOCAL_CARRIER_API_KEY = 'ksdev00000000001-localcarriersecret000000';
export const LOCAL_CARRIER_WEBHOOK_SECRET = 'ks_local_carrier_webhook_development';
/** Development key of the marketing module's sealed links; never accepted in production. */
export const LOCAL_MARKETING_TOKEN_KEY = '6b6c696e696b737570706f72742d6d61726b6574696e672d646576656c6f7021';

/** Development default of the keyed-hash secret; never accepted in production. */
export const LOCAL_PSEUDONYM_KEY = 'kliniksupport-local-pseudonym-key-development';

/** Development default of the personnummer hash key; never accepted in production. */
export const LOCAL_PERSONNUMMER_HMAC_KEY = 'ks_local_personnummer_hmac_key_development';

export class ConfigError extends Error {
  readonly variables: string[];
  constructor(problems: { variable: string; message: string }[]) {
    super(problems.map((p) => `${p.variable}: ${p.message}`).join('; '));
    this.name = 'ConfigError';
    this.variables = problems.map((p) => p.variable);
  }
}

/** Parses the environment once. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && e.SEED_DEMO) {
    throw new ConfigError([{ variable: 'SEED_DEMO', message: 'demo data is never seeded in production' }]);
  }
  if (production && !e.SMTP_URL) {
    throw new ConfigError([{ variable: 'SMTP_URL', message: 'is required in production (mail must reach customers)' }]);
  }
  if (production) {
    const missing = (['PAYMENT_API_URL', 'PAYMENT_API_KEY', 'PAYMENT_WEBHOOK_SECRET'] as const).filter((k) => !e[k]);
    if (missing.length) {
      throw new ConfigError(
        missing.map((variable) => ({ variable, message: 'is required in production (card payments)' })),
      );
    }
  }
  if (production) {
    const missing = (['CARRIER_API_URL', 'CARRIER_API_KEY', 'CARRIER_WEBHOOK_SECRET'] as const).filter((k) => !e[k]);
    if (missing.length) {
      throw new ConfigError(
        missing.map((variable) => ({ variable, message: 'is required in production (deliveries)' })),
      );
    }
  }
  if (production && !e.PSEUDONYM_KEY) {
    throw new ConfigError([
      { variable: 'PSEUDONYM_KEY', message: 'is required in production (keyed hashes of suppressed addresses)' },
    ]);
  }
  if (production && !e.MARKETING_TOKEN_KEY) {
    throw new ConfigError([
      { variable: 'MARKETING_TOKEN_KEY', message: 'is required in production (consent sign-up links)' },
    ]);
  }
  if (production && e.MARKETING_TOKEN_KEY?.toLowerCase() === LOCAL_MARKETING_TOKEN_KEY) {
    throw new ConfigError([
      { variable: 'MARKETING_TOKEN_KEY', message: 'the development key is refused in production' },
    ]);
  }
  if (production && !e.PERSONNUMMER_HMAC_KEY) {
    throw new ConfigError([
      { variable: 'PERSONNUMMER_HMAC_KEY', message: 'is required in production (identity verification)' },
    ]);
  }
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    auditDir: path.resolve(e.AUDIT_DIR ?? path.join(e.DATA_DIR, 'audit')),
    filesDir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    retentionSweepAt: e.RETENTION_SWEEP_AT,
    jobs: e.JOBS,
    seedDemo: e.SEED_DEMO ?? !production,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    outboxDir: path.resolve(e.DATA_DIR, 'outbox'),
    payment: {
      apiUrl: e.PAYMENT_API_URL?.replace(/\/+$/, ''),
      apiKey: e.PAYMENT_API_KEY ?? LOCAL_PAYMENT_API_KEY,
      webhookSecret: e.PAYMENT_WEBHOOK_SECRET ?? LOCAL_PAYMENT_WEBHOOK_SECRET,
    },
    carrier: {
      apiUrl: e.CARRIER_API_URL?.replace(/\/+$/, ''),
      apiKey: e.CARRIER_API_KEY ?? LOCAL_CARRIER_API_KEY,
      webhookSecret: e.CARRIER_WEBHOOK_SECRET ?? LOCAL_CARRIER_WEBHOOK_SECRET,
      trackingUrl:
        e.CARRIER_TRACKING_URL ?? (production ? 'https://tracking.postnord.com/se/?id={trackingNumber}' : undefined),
    },
    pseudonymKey: e.PSEUDONYM_KEY ?? LOCAL_PSEUDONYM_KEY,
    recipientNotices: e.RECIPIENT_NOTICES ?? {},
    marketingTokenKey: Buffer.from(e.MARKETING_TOKEN_KEY ?? LOCAL_MARKETING_TOKEN_KEY, 'hex'),
    personnummerHmacKey: e.PERSONNUMMER_HMAC_KEY ?? LOCAL_PERSONNUMMER_HMAC_KEY,
  };
}
