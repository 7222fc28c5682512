import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSie4 } from '#src/modules/orders/index.ts';

const BIN = path.resolve('bin/kliniksupport.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-bookkeeping-'));
const run = (args: string[]) => {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'warn', DATA_DIR: dir };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  return spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'buffer', timeout: 180_000 });
};

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kliniksupport bookkeeping export', () => {
  it('writes the year as a SIE 4 file that verifies, to a file or to standard output', () => {
    const out = path.join(dir, 'bok.se');
    const r = run(['bookkeeping', 'export', '--year', '2026', '--out', out]);
    expect(r.status, r.stderr.toString()).toBe(0);
    const doc = parseSie4(fs.readFileSync(out));
    expect(doc.problems).toEqual([]);
    expect(doc.items.find((i) => i.label === '#RAR')?.fields.map((f) => ('value' in f ? f.value : ''))).toEqual([
      '0',
      '20260101',
      '20261231',
    ]);
    const stdout = run(['bookkeeping', 'export', '--year', '2025']);
    expect(stdout.status).toBe(0);
    expect(parseSie4(stdout.stdout).problems).toEqual([]);
  }, 400_000);

  it('refuses a year that is not one, naming the option', () => {
    const r = run(['bookkeeping', 'export', '--year', '20x6']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.toString()).toContain('--year');
  });
});
