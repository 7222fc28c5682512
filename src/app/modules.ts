import type { AppModule } from '#src/platform/module/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { mailModule, type Mailer, type MailService } from '#src/platform/mail/index.ts';
import { controller } from '#src/modules/policy/index.ts';
import { identityModule } from '#src/modules/identity/index.ts';
import { catalogModule } from '#src/modules/catalog/index.ts';
import { customersLetters, customersModule } from '#src/modules/customers/index.ts';
import { ordersModule } from '#src/modules/orders/index.ts';
import { deliveriesModule, orderShippedLetter } from '#src/modules/orders/index.ts';
import { ordersLetters } from '#src/modules/orders/index.ts';
import { invoicingModule } from '#src/modules/orders/index.ts';
import { analyticsModule } from '#src/modules/analytics/index.ts';
import { privacyModule, rightsLetters, type AccessLog } from '#src/modules/privacy/index.ts';
import { marketingModule } from '#src/modules/marketing/index.ts';
import type { FileStore } from '#src/platform/files/index.ts';
import { retentionTargets } from './retention.ts';

/** Every module of the platform: their jobs and the policy clauses they enforce. */
export function appModules(deps: {
  db: Db;
  clock: Clock;
  mailer?: Mailer;
  publicUrl?: string;
  accessLog?: AccessLog;
  files?: FileStore | null;
  retentionSweepAt?: string;
  /** Queues letters from jobs (the request reminders); absent where the modules are only listed (coverage, tests). */
  mail?: MailService;
  /** MARKETING_TOKEN_KEY: seals the consent links the marketing module's receipt job mints. */
  marketingTokenKey?: Buffer;
}): AppModule[] {
  const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
  return [
    privacyModule({
      accessLog: deps.accessLog,
      retention: {
        db: deps.db,
        clock: deps.clock,
        targets: retentionTargets,
        files: deps.files ?? null,
        sweepAt: deps.retentionSweepAt ?? '03:30',
      },
      rights: { db: deps.db, clock: deps.clock, mail: deps.mail },
    }),
    identityModule(deps),
    customersModule({ ...deps, publicUrl }),
    catalogModule,
    ordersModule,
    deliveriesModule({ ...deps, publicUrl }),
    invoicingModule({ ...deps, publicUrl }),
    analyticsModule,
    marketingModule({
      db: deps.db,
      clock: deps.clock,
      mailer: deps.mailer,
      sender: controller,
      publicUrl,
      tokenKey: deps.marketingTokenKey,
    }),
    // Letters queued by any module; every letter carries the controller's contact details (§2, §12).
    mailModule({
      mailer: deps.mailer,
      sender: controller,
      publicUrl,
      templates: [...customersLetters, orderShippedLetter, ...ordersLetters, ...rightsLetters],
    }),
  ];
}
