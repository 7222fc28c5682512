/** The one source of "now". All time-dependent code reads a Clock so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts at a fixed instant and moves only when told. */
export class TestClock implements Clock {
  #ms: number;
  constructor(start: Date | string = '2026-01-15T09:00:00Z') {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }
  advance(by: { days?: number; hours?: number; minutes?: number; seconds?: number; years?: number }): Date {
    const d = new Date(this.#ms);
    if (by.years) d.setUTCFullYear(d.getUTCFullYear() + by.years);
    this.#ms =
      d.getTime() +
      ((by.days ?? 0) * 86_400 + (by.hours ?? 0) * 3_600 + (by.minutes ?? 0) * 60 + (by.seconds ?? 0)) * 1000;
    return this.now();
  }
}
