import { describe, expect, it } from 'vitest';
import { hashPersonnummer, normalisePersonnummer } from './rights.personnummer.ts';

const today = new Date('2026-03-02T09:00:00Z');

describe('personnummer', () => {
  it('accepts 10 or 12 digits, with or without a dash, and normalises to 12 digits', () => {
    for (const form of ['811218-9876', '8112189876', '19811218-9876', '198112189876'])
      expect(normalisePersonnummer(form, today)).toBe('198112189876');
    expect(normalisePersonnummer('121212-1212', today)).toBe('201212121212');
    expect(normalisePersonnummer('121212+1212', today)).toBe('191212121212');
    expect(normalisePersonnummer('701063-2391', today)).toBe('197010632391'); // samordningsnummer
  });

  it('refuses a wrong check digit, an impossible date or another shape', () => {
    for (const bad of ['811218-9875', '811318-9876', '8112189', 'abc', '19811218+9876', ''])
      expect(normalisePersonnummer(bad, today)).toBeNull();
  });

  it('hashes with the key: the same number gives the same hash, another key another', () => {
    const a = hashPersonnummer('198112189876', 'k'.repeat(32));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPersonnummer('198112189876', 'k'.repeat(32))).toBe(a);
    expect(hashPersonnummer('198112189876', 'l'.repeat(32))).not.toBe(a);
    expect(a).not.toContain('8112189876');
  });
});
