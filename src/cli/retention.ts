import { InvalidArgumentError, Option, type Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import type { FileStore } from '#src/platform/files/index.ts';

export type RetentionCliDeps = {
  /** Opens the database (migrated) and the files folder; `close` releases them. */
  open: () => Promise<{ database: Database; files: FileStore; close(): Promise<void> }>;
};

// Loaded when the command runs.
const privacy = () => import('#src/modules/privacy/index.ts');
const targets = async () => (await import('#src/app/retention.ts')).retentionTargets;

/** `--as-of 2031-06-01` (start of that day, UTC) or a full ISO time. */
const asOfDate = (v: string): Date => {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime()))
    throw new InvalidArgumentError('a date such as 2031-06-01, or an ISO time such as 2031-06-01T03:30:00Z');
  return d;
};

const asOfOption = () =>
  new Option('--as-of <date>', 'apply the rules as on this date (default: now)').argParser(asOfDate);

/** `retention plan` and `retention run`: the retention engine from the command line. */
export function registerRetentionCommands(program: Command, deps: RetentionCliDeps): void {
  const retention = program
    .command('retention')
    .description('The retention engine: what the policy deletes or minimises, and when (§8)');

  retention
    .command('plan')
    .description(
      'What a sweep would delete or minimise, per rule, with counts and dates — a dry run that changes nothing',
    )
    .addOption(asOfOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { asOf?: Date; format: 'text' | 'json' }) => {
      const { planRetention, formatPlan } = await privacy();
      const opened = await deps.open();
      try {
        const plan = await planRetention(opened.database.db, await targets(), opts.asOf ?? systemClock.now());
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(plan));
      } finally {
        await opened.close();
      }
    });

  retention
    .command('run')
    .description('Sweep now: delete and minimise what is due, in batches, recording the proof of deletion')
    .addOption(asOfOption())
    .option('--batch-size <n>', 'rows per transaction', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('a whole number 1–10000');
      return n;
    })
    .option('--no-progress', 'no progress bar')
    .action(async (opts: { asOf?: Date; batchSize?: number; progress: boolean }) => {
      const { planRetention, runSweep } = await privacy();
      const opened = await deps.open();
      const list = await targets();
      const asOf = opts.asOf ?? systemClock.now();
      let bar: SingleBar | undefined;
      try {
        const done = new Map<string, number>();
        if (opts.progress && process.stderr.isTTY) {
          const plan = await planRetention(opened.database.db, list, asOf);
          bar = new SingleBar(
            { format: 'Gallring / Retention |{bar}| {value}/{total} rader/rows · {target}', stream: process.stderr },
            Presets.shades_classic,
          );
          bar.start(
            Math.max(
              1,
              plan.entries.reduce((n, e) => n + e.due, 0),
            ),
            0,
            { target: '' },
          );
        }
        const result = await runSweep(
          { db: opened.database.db, targets: list, files: opened.files, now: () => systemClock.now() },
          {
            asOf,
            trigger: 'cli',
            onStart: (runId) => console.log(`Gallring ${runId} startad / Sweep started as of ${asOf.toISOString()}`),
            ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
            onProgress: ({ target, rows }) => {
              done.set(target, rows);
              bar?.update(
                [...done.values()].reduce((a, b) => a + b, 0),
                { target },
              );
            },
          },
        );
        bar?.stop();
        bar = undefined;
        for (const o of result.outcomes.filter((x) => x.rows > 0)) {
          const related = Object.entries(o.related)
            .filter(([, n]) => n > 0)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ');
          console.log(
            `${o.target.padEnd(28)} ${o.rule.padEnd(24)} ${o.action.padEnd(8)} ${String(o.rows).padStart(8)}${related ? `  (+ ${related})` : ''}${o.files ? `, ${o.files} files` : ''}`,
          );
        }
        const total = result.outcomes.reduce((n, o) => n + o.rows, 0);
        console.log(`Run ${result.runId}: ${total} rows as of ${asOf.toISOString()}`);
      } finally {
        bar?.stop();
        await opened.close();
      }
    });
}
