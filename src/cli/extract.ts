import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';

export type ExtractCliDeps = { open: () => Promise<{ database: Database; close(): Promise<void> }> };

export class NoSuchContactError extends Error {
  constructor() {
    super('no customer account or prospect has that e-mail address');
    this.name = 'NoSuchContactError';
  }
}

/** `extract --email ADDRESS --format pdf|json`: a register extract for the privacy officer. */
export function registerExtractCommand(program: Command, deps: ExtractCliDeps): void {
  program
    .command('extract')
    .description(
      'A register extract (GDPR art. 15): everything held about a customer contact or a prospect, as PDF or JSON',
    )
    .requiredOption('--email <address>', "the contact person's or prospect's e-mail address")
    .addOption(new Option('--format <format>', 'output format').choices(['pdf', 'json']).default('json'))
    .addOption(new Option('--lang <lang>', 'language of the PDF').choices(['sv', 'en']).default('sv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { email: string; format: 'pdf' | 'json'; lang: 'sv' | 'en'; out?: string }) => {
      const { buildExtract, buildProspectExtract, renderExtractPdf } = await import('#src/modules/privacy/index.ts');
      const { inventory } = await import('#src/app/inventory.ts');
      const { retentionTargets } = await import('#src/app/retention.ts');
      const opened = await deps.open();
      try {
        const [contact] = await opened.database.query<{ id: string }>(
          'select id from contacts where lower(email) = lower($1)',
          [opts.email.trim()],
        );
        const extractDeps = { inventory, targets: retentionTargets, now: systemClock.now() };
        // Not a customer: perhaps a prospect who signed up under consent (§8).
        const [prospect] = contact
          ? []
          : await opened.database.query<{ id: string }>('select id from prospects where lower(email) = lower($1)', [
              opts.email.trim(),
            ]);
        if (!contact && !prospect) throw new NoSuchContactError();
        const extract = contact
          ? await buildExtract(opened.database.db, extractDeps, contact.id)
          : await buildProspectExtract(opened.database.db, extractDeps, prospect!.id);
        const body =
          opts.format === 'pdf' ? await renderExtractPdf(extract, opts.lang) : `${JSON.stringify(extract, null, 2)}\n`;
        if (opts.out) fs.writeFileSync(opts.out, body);
        else process.stdout.write(body);
      } finally {
        await opened.close();
      }
    });
}
