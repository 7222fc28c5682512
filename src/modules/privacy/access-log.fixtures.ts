import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { createAccessLog, type AccessLog } from './access-log.service.ts';
import type { AccessLogEntryInput } from './access-log.types.ts';

/** Test data for the access log (used by its tests only). */

export const STAFF_ID = '0b6f4c1e-8d0a-4c55-9f3e-2a1d5c7e9b10';

export function anEntry(n: number, patch: Partial<AccessLogEntryInput> = {}): AccessLogEntryInput {
  return {
    actorType: 'staff',
    actorId: STAFF_ID,
    actorRole: 'customer_service',
    purpose: 'b.customer_service',
    subjectType: 'contact',
    subjectId: `contact-${n % 4}`,
    categories: ['full_name', 'email'],
    action: 'read',
    ip: '192.0.2.10',
    ...patch,
  };
}

let tempRoot: string | undefined;
/** A fresh audit folder under one temporary folder per test process, removed when it exits. */
export function tempAuditDir(): string {
  if (!tempRoot) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-audit-'));
    process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
    tempRoot = root;
  }
  return fs.mkdtempSync(path.join(tempRoot, 'audit-'));
}

/** A log of `n` entries, a second apart, with a checkpoint after each of `checkpointsAt`. */
export async function buildLog(
  database: Database,
  opts: { n?: number; checkpointsAt?: number[]; auditDir?: string } = {},
): Promise<{ log: AccessLog; auditDir: string; clock: TestClock }> {
  const auditDir = opts.auditDir ?? tempAuditDir();
  const clock = new TestClock('2026-01-15T09:00:00Z');
  const log = createAccessLog({ database, clock, auditDir });
  const checkpointsAt = new Set(opts.checkpointsAt ?? [10, 20]);
  for (let i = 1; i <= (opts.n ?? 20); i++) {
    clock.advance({ seconds: 1 });
    await log.append(anEntry(i));
    if (checkpointsAt.has(i)) await log.checkpoint();
  }
  return { log, auditDir, clock };
}

/** Lets a test (owner of the table) tamper with the log as an intruder with database access would. */
export const disableGuards = (database: Database) => database.exec('ALTER TABLE access_log DISABLE TRIGGER USER');
