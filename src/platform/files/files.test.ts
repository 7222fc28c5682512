import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore, UnsafeFilePathError } from './index.ts';

const dir = await mkdtemp(path.join(os.tmpdir(), 'ks-files-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the files folder', () => {
  const files = createFileStore(dir);
  it('writes, lists, reads and removes files by relative path; a second removal is no error', async () => {
    await files.put('cases/a/1.jpg', 'one');
    await files.put('letters/2.pdf', 'two');
    expect(await files.list()).toEqual(['cases/a/1.jpg', 'letters/2.pdf']);
    expect((await files.read('letters/2.pdf')).toString()).toBe('two');
    await files.remove('cases/a/1.jpg');
    await files.remove('cases/a/1.jpg');
    expect(await files.list()).toEqual(['letters/2.pdf']);
  });
  it('refuses paths that leave the folder', async () => {
    for (const bad of ['../x', '/etc/passwd', 'a/../../x', 'a//b', '', 'a/./b'])
      await expect(files.put(bad, 'x'), bad).rejects.toBeInstanceOf(UnsafeFilePathError);
  });
});
