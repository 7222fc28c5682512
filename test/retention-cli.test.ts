import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openPglite } from '#src/platform/db/index.ts';
import { insertPurchases } from './purchases.ts';

/** `kliniksupport retention plan|run` on an embedded database with two years of purchases. */
const BIN = path.resolve('bin/kliniksupport.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-retention-cli-'));
const run = (args: string[]) => {
  const e: Record<string, string> = {
    ...(process.env as Record<string, string>),
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
  };
  delete e.DATABASE_URL;
  delete e.NODE_ENV;
  return spawnSync(process.execPath, [BIN, 'retention', ...args], { env: e, encoding: 'utf8', timeout: 120_000 });
};
const orders = async () => {
  const db = await openPglite({ dataDir });
  try {
    return (await db.query<{ n: number }>('select count(*)::int as n from orders'))[0]!.n;
  } finally {
    await db.close();
  }
};

beforeAll(async () => {
  const db = await openPglite({ dataDir });
  await migrateDatabase(db);
  await insertPurchases(db, { tag: 'cli', count: 24, from: new Date('2024-01-15T10:00:00Z'), stepMinutes: 30 * 1440 });
  await db.close();
}, 60_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('kliniksupport retention', () => {
  it('plan --as-of shows the future per rule, as text and as JSON, and changes nothing', async () => {
    const json = run(['plan', '--as-of', '2029-07-01', '--format', 'json']);
    expect(json.status).toBe(0);
    const plan = JSON.parse(json.stdout) as {
      asOf: string;
      entries: { target: string; due: number; earliest: string; latest: string }[];
    };
    expect(plan.asOf).toBe('2029-07-01T00:00:00.000Z');
    // 30 days apart from 15 January 2024: those placed up to 1 July 2024 (six) are five years old.
    expect(plan.entries.find((e) => e.target === 'orders.history')).toMatchObject({
      due: 6,
      earliest: '2024-01-15',
      latest: '2024-06-13',
    });
    const text = run(['plan', '--as-of', '2029-07-01']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/history_5y\s+orders\.history\s+delete\s+6\s+2024-01-15\s+2024-06-13/);
    expect(await orders()).toBe(24);
  });

  it('run --as-of deletes what the plan showed and reports it; a second run finds nothing', async () => {
    const first = run(['run', '--as-of', '2029-07-01']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/orders\.history\s+history_5y\s+delete\s+6\s+\(\+ order_lines 12/);
    expect(await orders()).toBe(18);
    const again = run(['run', '--as-of', '2029-07-01']);
    expect(again.stdout).not.toMatch(/orders\.history/);
    expect(await orders()).toBe(18);
  });

  it('extract --email gives the register extract as JSON or PDF; an unknown address is refused', () => {
    const e: Record<string, string> = {
      ...(process.env as Record<string, string>),
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
    };
    delete e.DATABASE_URL;
    delete e.NODE_ENV;
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [BIN, 'extract', ...args], { env: e, encoding: 'utf8', timeout: 120_000 });
    const json = cli(['--email', 'Kund-CLI@klinik.example']);
    expect(json.status).toBe(0);
    const extract = JSON.parse(json.stdout) as { sections: { table: string; rows: unknown[] }[] };
    expect(extract.sections.find((s) => s.table === 'orders')!.rows).toHaveLength(18);
    const out = path.join(dataDir, 'utdrag.pdf');
    expect(cli(['--email', 'kund-cli@klinik.example', '--format', 'pdf', '--out', out]).status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const unknown = cli(['--email', 'ingen@klinik.example']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no customer account or prospect has that e-mail address');
  });

  it('a bad date is refused, naming the option', () => {
    const bad = run(['plan', '--as-of', 'next year']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--as-of');
  });
});
