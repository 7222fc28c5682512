import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A path inside the files folder: relative, forward slashes, no `..`, no empty parts. */
const SAFE = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

export class UnsafeFilePathError extends Error {
  constructor() {
    super('file path must be relative, inside the files folder');
    this.name = 'UnsafeFilePathError';
  }
}

/**
 * The files folder (FILES_DIR): support images, scanned letters. Rows hold a relative path; the
 * file is written before its row commits and removed after its row is deleted (the retention
 * engine queues removals in the deleting transaction, so none is forgotten).
 */
export function createFileStore(root: string) {
  const full = (rel: string) => {
    if (!SAFE.test(rel)) throw new UnsafeFilePathError();
    return path.join(root, rel);
  };
  return {
    root,
    async put(rel: string, data: Uint8Array | string): Promise<void> {
      const p = full(rel);
      await mkdir(path.dirname(p), { recursive: true });
      await writeFile(p, data);
    },
    read: (rel: string) => readFile(full(rel)),
    /** Removes a file; a file already gone is no error (a removal may be repeated after a crash). */
    async remove(rel: string): Promise<void> {
      await rm(full(rel), { force: true });
    },
    /** Every file's relative path (for checks: no file without its row). */
    async list(): Promise<string[]> {
      try {
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
          .sort();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
