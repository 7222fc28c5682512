import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { VERSION } from '#src/app/version.ts';

export type BookkeepingDeps = {
  /** Opens the database (migrated); `close` releases it. */
  open: () => Promise<{ database: Database; close(): Promise<void> }>;
};

// Loaded when the command runs.
const orders = () => import('#src/modules/orders/index.ts');

const year = (v: string) => {
  const n = Number(v);
  if (!/^\d{4}$/.test(v) || n < 2000 || n > 2100) throw new InvalidArgumentError('a year such as 2026');
  return n;
};

/** `bookkeeping export --year 2026 [--out FILE]`: the fiscal year's ledger as a SIE 4 file. */
export function registerBookkeepingCommands(program: Command, deps: BookkeepingDeps): void {
  const bookkeeping = program
    .command('bookkeeping')
    .description('Bookkeeping (Bokföringslagen): vouchers and SIE export');
  bookkeeping
    .command('export')
    .description('Write the ledger of a fiscal year as SIE 4 (CP437, #KSUMMA) for an accounting program')
    .requiredOption('--year <year>', 'the fiscal year (the calendar year)', year)
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { year: number; out?: string }) => {
      const { exportSie4, parseSie4 } = await orders();
      const opened = await deps.open();
      try {
        const file = await exportSie4(opened.database.db, {
          year: opts.year,
          now: systemClock.now(),
          program: { name: 'Kliniksupport', version: VERSION },
        });
        const doc = parseSie4(file);
        if (doc.problems.length) throw new Error(`the export does not verify: ${doc.problems.join('; ')}`);
        if (opts.out) {
          fs.writeFileSync(opts.out, file);
          console.error(
            `SIE 4 for ${opts.year}: ${doc.vouchers.length} vouchers, checksum ${doc.checksum.computed} → ${opts.out}`,
          );
        } else {
          process.stdout.write(file);
        }
      } finally {
        await opened.close();
      }
    });
}
