import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './index.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ks-lock-'));

describe('data folder lock', () => {
  it('refuses a second holder while the first lives, naming the folder and the holder', async () => {
    const dir = tmp();
    // The holder is another live process: a child that takes the lock and waits.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `import('${path.resolve('src/platform/db/lock.ts')}').then(m => { m.lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      try {
        lockDataDir(dir);
      } catch (e) {
        expect((e as Error).message).toContain(dir);
        expect((e as Error).message).toContain(`pid ${child.pid}`);
      }
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    // The holder was killed: its stale lock is taken over.
    const lock = lockDataDir(dir);
    lock.release();
    expect(fs.existsSync(path.join(dir, 'kliniksupport.lock'))).toBe(false);
  });
});
