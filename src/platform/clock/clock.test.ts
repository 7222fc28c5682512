import { describe, expect, it } from 'vitest';
import { TestClock } from './index.ts';

describe('TestClock', () => {
  it('moves only when told, by years across a leap day', () => {
    const clock = new TestClock('2024-02-29T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2024-02-29T12:00:00.000Z');
    clock.advance({ years: 1 });
    expect(clock.now().toISOString()).toBe('2025-03-01T12:00:00.000Z');
    clock.advance({ days: 2, hours: 1 });
    expect(clock.now().toISOString()).toBe('2025-03-03T13:00:00.000Z');
  });
});
