import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly holderPid: number;
  constructor(dataDir: string, holder: LockInfo) {
    super(
      `The data folder ${dataDir} is in use by another process (pid ${holder.pid} on ${holder.host}, ` +
        `${holder.command}, since ${holder.since}). The embedded database serves one process: ` +
        `stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.holderPid = holder.pid;
  }
}

type LockInfo = { pid: number; host: string; command: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the PGlite data folder for this process: an exclusive lock file holding the owner's
 * pid. A lock left by a process that is gone (killed) is taken over; a live owner makes this
 * throw DataDirLockedError naming the folder and the owner.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'kliniksupport.lock');
  const me: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv
      .slice(1)
      .map((a) => path.basename(a))
      .join(' '),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const now = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
          if (now.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: LockInfo;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        // Being written this instant, or garbage: treat a garbage file older than 5 s as stale.
        const age = Date.now() - fs.statSync(file).mtimeMs;
        if (age > 5_000) fs.rmSync(file, { force: true });
        continue;
      }
      if (holder.host === me.host && !isAlive(holder.pid)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      throw new DataDirLockedError(dataDir, holder);
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
