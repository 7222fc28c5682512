import { describe, expect, it } from 'vitest';
import { systemClock } from '#src/platform/clock/index.ts';
import { appModules } from '#src/app/modules.ts';
import { dailyCron } from './retention.jobs.ts';

describe('the daily retention sweep', () => {
  it('runs at the configured time of day (Swedish time)', () => {
    expect(dailyCron('03:30')).toBe('30 3 * * *');
    expect(dailyCron('23:05')).toBe('5 23 * * *');
    expect(() => dailyCron('24:00')).toThrow();
    const job = (at?: string) =>
      appModules({ db: undefined as never, clock: systemClock, ...(at ? { retentionSweepAt: at } : {}) })
        .flatMap((m) => m.jobs ?? [])
        .find((j) => j.name === 'privacy.retention-sweep');
    expect(job()?.cron).toBe('30 3 * * *');
    expect(job('01:15')?.cron).toBe('15 1 * * *');
  });
});
