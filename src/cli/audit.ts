import type { Command } from 'commander';
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import type { VerifyResult } from '#src/modules/privacy/index.ts';

export type AuditDeps = {
  /** Opens the database (migrated) and names the audit folder; `close` releases both. */
  open: () => Promise<{ database: Database; auditDir: string; close(): Promise<void> }>;
};

// Loaded when a command runs, so the rest of the command line starts without it.
const privacy = () => import('#src/modules/privacy/index.ts');

/** Exit code of `audit verify` when the log does not verify. */
export const EXIT_BROKEN = 2;

export function formatVerifyResult(r: VerifyResult): string[] {
  const counted = `${r.entries} ${r.entries === 1 ? 'entry' : 'entries'}, ${r.checkpoints} ${r.checkpoints === 1 ? 'checkpoint' : 'checkpoints'}`;
  if (r.ok) return [`Access log verified: ${counted}, no problems.`];
  return [
    `Access log does NOT verify (${counted}): ${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'}, the first one first:`,
    ...r.problems.map((p) => `  ${p.kind}: ${p.message}`),
  ];
}

/** `audit verify` and `audit checkpoint`: the tamper-evident access log from the command line. */
export function registerAuditCommands(program: Command, deps: AuditDeps): void {
  const audit = program.command('audit').description('The tamper-evident access log of personal data');

  async function withLog<T>(run: (log: Awaited<ReturnType<typeof open>>) => Promise<T>): Promise<T> {
    const opened = await deps.open();
    try {
      return await run(await open(opened));
    } finally {
      await opened.close();
    }
  }
  async function open(o: { database: Database; auditDir: string }) {
    const { createAccessLog } = await privacy();
    return createAccessLog({ database: o.database, clock: systemClock, auditDir: o.auditDir });
  }

  audit
    .command('verify')
    .description(
      `Check every entry's hash, the chain links and the signed checkpoints (exit code ${EXIT_BROKEN} if broken)`,
    )
    .action(async () => {
      const result = await withLog((log) => log.verify());
      for (const line of formatVerifyResult(result)) console.log(line);
      process.exitCode = result.ok ? 0 : EXIT_BROKEN;
    });

  audit
    .command('checkpoint')
    .description('Sign a checkpoint of the latest entry now (the job does so every 15 minutes)')
    .action(async () => {
      const { AccessLogError } = await privacy();
      try {
        const cp = await withLog((log) => log.checkpoint());
        console.log(
          `Checkpoint signed: entry ${cp.seq} (${cp.count} entries), hash ${cp.hash.slice(0, 16)}…, at ${cp.at}.`,
        );
      } catch (e) {
        if (!(e instanceof AccessLogError && e.reason === 'tampered')) throw e;
        console.error(e.message);
        process.exitCode = EXIT_BROKEN;
      }
    });
}
