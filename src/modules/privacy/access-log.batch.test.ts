import { describe, expect, it } from 'vitest';
import { groupCommit } from './access-log.batch.ts';

describe('group commit of access-log appends', () => {
  it('writes entries that arrive during a write together, in order, each caller getting its own result', async () => {
    const writes: number[][] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const batch = groupCommit(async (entries: number[]) => {
      writes.push(entries);
      if (writes.length === 1) await first;
      return entries.map((e) => e * 10);
    });
    const a = batch.add(1);
    const rest = [batch.add(2), batch.add(3), batch.add(4)];
    release();
    expect(await Promise.all([a, ...rest])).toEqual([10, 20, 30, 40]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  it('a failed write rejects every caller of that group, and the next group is written', async () => {
    let n = 0;
    const batch = groupCommit(async (entries: string[]) => {
      if (n++ === 0) throw new Error('rolled back');
      return entries;
    });
    const failed = batch.add('a');
    await expect(failed).rejects.toThrow('rolled back');
    expect(await batch.add('b')).toBe('b');
  });
});
