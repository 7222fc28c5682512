import { describe, expect, it } from 'vitest';
import { extractJson, extractJsonChunks } from './extract.json.ts';
import type { RegisterExtract } from './extract.schema.ts';

const explanation = {
  category: {
    id: 'email',
    label: { sv: 'E-post', en: 'E-mail' },
    explanation: { sv: 'Företagets – och din – adress', en: 'The company’s address' },
    technical: false,
  },
  purposes: [],
  recipients: [],
  retention: [],
};

/** An extract with sections of few and of many rows, non-Latin-1 text, arrays and odd characters. */
function sample(rowsPerSection: number[]): RegisterExtract {
  return {
    format: 'kliniksupport.register-extract',
    version: 1,
    generatedAt: '2026-12-04T10:00:00.000Z',
    controller: { name: 'Kliniksupport Sverige AB', orgNr: '5569403339', email: 'dpo@example.se' },
    subject: { type: 'account_contact', contactId: '00000000-0000-4000-8000-000000000001', companyId: null },
    sections: rowsPerSection.map((n, s) => ({
      table: `t${s}`,
      module: 'm',
      title: { sv: 'Användning’', en: 'Usage' },
      columns: { a: 'email', b: 'usage' },
      rows: Array.from({ length: n }, (_, i) => ({
        keptUntil: i % 3 === 0 ? null : '2031-01-01',
        values: {
          a: i % 7 === 0 ? `Åsa "Ö" \\ ${i} ✓ \u2028` : `row ${i}`,
          b: i,
          c: i % 2 === 0,
          d: ['x', `y${i}`],
        },
      })),
      explanations: [explanation],
    })),
    accessLog: [{ at: '2026-01-01T00:00:00.000Z', role: 'support', purpose: 'b', categories: [], action: 'read' }],
    disclosures: [],
    notLinked: [{ table: 'throttle_counters', why: { sv: 'Pseudonymt', en: 'Pseudonymous' } }],
  };
}

describe('extractJson', () => {
  it('is exactly JSON.stringify of the extract', () => {
    for (const sizes of [[], [0], [1, 2], [1_999, 2_000, 2_001], [5_000, 3, 0, 4_321]]) {
      const x = sample(sizes);
      expect(extractJson(x)).toBe(JSON.stringify(x));
    }
  });

  it('comes in pieces: a section’s many rows are not one string', () => {
    const pieces = [...extractJsonChunks(sample([10_000]))];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(sample([10_000])).length / 4);
  });
});
