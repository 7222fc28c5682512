import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerAuditCommands } from '#src/cli/audit.ts';
import type { Database } from '#src/platform/db/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { buildLog, disableGuards } from './access-log.fixtures.ts';

// `kliniksupport audit verify | checkpoint`, run in-process against a test database.

async function run(database: Database, auditDir: string, args: string[]) {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line));
  const program = new Command().exitOverride();
  let closed = 0;
  registerAuditCommands(program, { open: async () => ({ database, auditDir, close: async () => void closed++ }) });
  process.exitCode = undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
    return { out, code: process.exitCode ?? 0, closed };
  } finally {
    process.exitCode = undefined;
    log.mockRestore();
    err.mockRestore();
  }
}

describe('audit commands', () => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('verify: a summary line and exit code 0 on an intact log; checkpoint writes one on demand', async () => {
    database = await testDatabase();
    const { auditDir } = await buildLog(database, { n: 5, checkpointsAt: [] });
    const cp = await run(database, auditDir, ['audit', 'checkpoint']);
    expect(cp.out[0]).toMatch(/^Checkpoint signed: entry 5 \(5 entries\), hash [0-9a-f]{16}…, at /);
    expect(cp.closed).toBe(1);
    expect(fs.readFileSync(path.join(auditDir, 'checkpoints.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(await run(database, auditDir, ['audit', 'verify'])).toEqual({
      out: ['Access log verified: 5 entries, 1 checkpoint, no problems.'],
      code: 0,
      closed: 1,
    });
  });

  it('verify: the problems, the first one first, and exit code 2 on a broken log', async () => {
    database = await testDatabase();
    const { auditDir } = await buildLog(database, { n: 10, checkpointsAt: [10] });
    await disableGuards(database);
    await database.query('delete from access_log where seq in (3, 9)');
    const r = await run(database, auditDir, ['audit', 'verify']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([
      'Access log does NOT verify (8 entries, 1 checkpoint): 3 problems, the first one first:',
      '  deleted: entry 3 was deleted: entry 4 points to an entry that is no longer in the log',
      '  deleted: entry 9 was deleted: entry 10 points to an entry that is no longer in the log',
      expect.stringMatching(/^ {2}checkpoint_mismatch: the log holds 8 entries, but the checkpoint of .* counted 10$/),
    ]);
    const cp = await run(database, auditDir, ['audit', 'checkpoint']);
    expect(cp.code).toBe(2);
    expect(cp.out[0]).toMatch(/^not signing a checkpoint: .*run `audit verify`$/);
  });
});
