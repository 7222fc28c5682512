import type { Config } from '#src/platform/config/index.ts';
import type { Logger } from '#src/platform/logging/index.ts';
import { createStaffService } from '#src/modules/identity/index.ts';
import { seedDemoData } from '#src/seed/index.ts';
import { buildApp } from './app.ts';
import { seedStaffActivity } from './demo-activity.ts';
import { openRuntime, type Runtime } from './runtime.ts';
import { onShutdownSignal } from './shutdown.ts';
import { withLocalCarrier } from '#src/providers/carrier/index.ts';
import { withLocalCardProvider } from '#src/providers/card/index.ts';

/** `kliniksupport serve`: the web process (and, with JOBS=web, the job worker too). */
export async function serve(config: Config, log: Logger, out: (line: string) => void = console.log): Promise<void> {
  // Outside production without CARRIER_API_URL: the local carrier (nShift API subset) on a port of its own.
  const carrier = await withLocalCarrier(config);
  // Outside production without PAYMENT_API_URL: the local card provider (Stripe Checkout subset) likewise.
  const card = await withLocalCardProvider(carrier.config);
  const rt = await openRuntime(card.config, log);
  const lines = await prepareAccess(rt);
  if (config.jobs === 'web') await rt.jobs.work();
  const app = await buildApp(rt);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.port === 0 ? `http://localhost:${port}` : config.publicUrl;
  log.info({ database: rt.database.location, jobs: config.jobs, port }, 'listening');
  out(`\nKliniksupport körs på ${url}  (${rt.database.location})`);
  out(`  Integritetspolicy: ${url}/integritetspolicy · Privacy policy: ${url}/en/privacy-policy`);
  out(`  API: ${url}/api/docs`);
  out(`  Kundkonto / Customer account: ${url}/konto`);
  if (carrier.config !== config) out(`  Lokal transportör / Local carrier: ${carrier.config.carrier.apiUrl}`);
  if (card.config !== carrier.config) out(`  Lokal kortbetalning / Local card payments: ${card.config.payment.apiUrl}`);
  if (rt.mailer.via === 'outbox') out(`  E-post skrivs till / Mail is written to: ${config.outboxDir}`);
  for (const l of lines) out(l.replaceAll(config.publicUrl, url));
  out('  Stoppa med Ctrl+C. / Stop with Ctrl+C.');
  onShutdownSignal(log, config.shutdownTimeoutMs, async () => {
    app.markShuttingDown();
    await app.close(); // finishes in-flight requests
    await rt.close(); // finishes running jobs, closes the database
    await carrier.close();
    await card.close();
  });
}

/**
 * Development: demo data and demo staff (printed). Production: never demo data; on an empty
 * install, the first administrator with a one-time password printed once.
 */
async function prepareAccess(rt: Runtime): Promise<string[]> {
  const { config } = rt;
  if (config.seedDemo) {
    const seeded = await seedDemoData({ database: rt.database, clock: rt.clock, size: 'demo' });
    await seedStaffActivity(rt);
    return [
      `  Back office: ${config.publicUrl}/admin — logga in med / sign in with (demo):`,
      ...seeded.staff.map((s) => `    ${s.email.padEnd(42)} ${s.password.padEnd(30)} ${s.roles.join(', ')}`),
      '  Tvåstegsverifiering (demo): lägg in TOTP-hemligheten i en autentiseringsapp (6 siffror, 30 s).',
      '  Two-step verification (demo): add the TOTP secret to an authenticator app (6 digits, 30 s).',
      ...seeded.staff.map((s) => `    ${s.email.padEnd(42)} TOTP: ${s.totpSecret}`),
    ];
  }
  const staff = createStaffService({ db: rt.database.db, clock: rt.clock });
  if ((await staff.count()) > 0) return [`  Back office: ${config.publicUrl}/admin`];
  const admin = await staff.createFirstAdministrator('admin@kliniksupport.se');
  return [
    `  Back office: ${config.publicUrl}/admin — första administratören / first administrator:`,
    `    ${admin.email}  engångslösenord / one-time password: ${admin.password}`,
    '    Lösenordet visas bara nu och måste bytas vid första inloggningen. / Shown only now; change it at first sign-in.',
  ];
}
