import { describe, expect, it } from 'vitest';
import { allocateFefo } from './shipments.lots.ts';

const lot = (id: string, expiresOn: string | null, quantity: number) => ({ id, lotNumber: id, expiresOn, quantity });

describe('first expired, first out', () => {
  it('takes from the soonest-expiring usable lot first, lots without expiry last', () => {
    const lots = [lot('N', null, 5), lot('L', '2027-09-01', 5), lot('S', '2027-02-01', 1), lot('E', '2026-01-01', 9)];
    expect(allocateFefo(lots, 4, '2026-11-20')).toEqual({
      ok: true,
      takes: [
        { lotId: 'S', lotNumber: 'S', quantity: 1 },
        { lotId: 'L', lotNumber: 'L', quantity: 3 },
      ],
    });
    expect(allocateFefo(lots, 11, '2026-11-20')).toMatchObject({
      ok: true,
      takes: [{ lotId: 'S' }, { lotId: 'L' }, { lotId: 'N', quantity: 5 }],
    });
  });

  it('never ships an expired lot; a lot is usable through its last day', () => {
    expect(allocateFefo([lot('E', '2026-11-19', 9)], 1, '2026-11-20')).toEqual({ ok: false, missing: 1 });
    expect(allocateFefo([lot('T', '2026-11-20', 1)], 1, '2026-11-20')).toMatchObject({ ok: true });
  });

  it('says how many units are missing', () => {
    expect(allocateFefo([lot('A', null, 2), lot('B', '2027-01-01', 0)], 5, '2026-11-20')).toEqual({
      ok: false,
      missing: 3,
    });
  });
});
