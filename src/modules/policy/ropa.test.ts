import { describe, expect, it } from 'vitest';
import { policy } from './policy.data.ts';
import { buildRopa } from './ropa.build.ts';
import { csvColumns, renderRopa } from './ropa.render.ts';
import { ropaSchema } from './ropa.schema.ts';

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('buildRopa (GDPR art. 30(1))', () => {
  const ropa = buildRopa('sv');

  it('matches its schema', () => {
    expect(() => ropaSchema.parse(ropa)).not.toThrow();
  });

  it('names the controller and the DPO (a)', () => {
    expect(ropa.controller).toMatchObject({
      name: 'Kliniksupport Sverige AB',
      orgNr: '556940-3339',
      email: 'info@kliniksupport.se',
    });
    expect(ropa.dpo.name).toBe('Kliniksupport Sverige AB');
  });

  it('has every purpose as an activity with basis, subjects, categories, recipients, transfers, retention and security (b–g)', () => {
    expect(ropa.activities.map((a) => a.id)).toEqual(policy.purposes.map((p) => p.id));
    for (const a of ropa.activities) {
      const p = policy.purposes.find((x) => x.id === a.id)!;
      expect(
        a.legalBases.map((b) => b.basis),
        a.id,
      ).toEqual(p.bases.map((b) => b.basis));
      expect(a.legalBases.every((b) => /^6\(1\)\([abcf]\)$/.test(b.article))).toBe(true);
      expect(a.dataSubjects.map((s) => s.id)).toEqual([...p.subjects]);
      expect(a.personalData.map((c) => c.id)).toEqual([...p.categories]);
      expect(a.retention.slice(0, p.retention.length).map((r) => r.ruleId)).toEqual([...p.retention]);
      expect(a.retention.slice(p.retention.length).every((r) => r.statutory && r.law)).toBe(true);
      expect(a.thirdCountryTransfers.transfers).toEqual([]);
      expect(a.thirdCountryTransfers.statement).toMatch(/EU\/EES/);
      expect(a.securityMeasures.length).toBeGreaterThan(0);
    }
  });

  it('lists the recipients of each purpose from §7', () => {
    const orders = ropa.activities.find((a) => a.id === 'a.orders')!;
    expect(orders.recipients.map((r) => r.id).sort()).toEqual([
      'carriers',
      'debt_collectors',
      'logistics',
      'payment_providers',
    ]);
    expect(ropa.activities.find((a) => a.id === 'g.legal_obligations')!.recipients.map((r) => r.id)).toEqual([
      'authorities',
    ]);
    const named = new Set(ropa.activities.flatMap((a) => a.recipients.map((r) => r.id)));
    for (const r of policy.recipients) expect(named.has(r.id), r.id).toBe(true);
  });

  it('includes the statutory overrides with their law (f)', () => {
    const orders = ropa.activities.find((a) => a.id === 'a.orders')!;
    const bfl = orders.retention.find((r) => r.ruleId === 'bfl_accounting');
    expect(bfl).toMatchObject({
      statutory: true,
      law: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
      overrides: ['history_5y'],
    });
    expect(orders.retention.find((r) => r.ruleId === 'mdr_implantable_supply')).toMatchObject({ statutory: true });
    const security = ropa.activities.find((a) => a.id === 'e.abuse_prevention')!;
    expect(security.retention.map((r) => r.period)).toEqual(['30 dagar efter händelsen']);
  });

  it('is written in the language asked for', () => {
    expect(buildRopa('en').activities[0]!.name).toBe('Handling orders and purchases');
  });
});

describe('renderRopa', () => {
  it('renders JSON that parses back to the record', () => {
    expect(JSON.parse(renderRopa('json'))).toEqual(buildRopa('sv'));
  });

  it('renders CSV with a header and one row per processing activity that parses back', () => {
    const rows = parseCsv(renderRopa('csv'));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(policy.purposes.length + 1);
    for (const row of rows.slice(1)) expect(row).toHaveLength(csvColumns.length);
    const marketing = rows.find((r) => r[0] === 'c.marketing')!;
    expect(marketing[csvColumns.indexOf('b_legal_basis')]).toContain(
      'Samtycke (art. 6(1)(a)): Intressenter som har lämnat samtycke',
    );
    expect(marketing[csvColumns.indexOf('a_controller')]).toContain('556940-3339');
  });

  it('renders a readable Markdown document with one table row per activity', () => {
    const md = renderRopa('md', 'en');
    expect(md).toMatch(/^# Record of processing activities/);
    expect(md).toContain('## a) Controller and data protection officer');
    expect(md).toContain('## g) Technical and organisational security measures');
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Activity') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(policy.purposes.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
  });
});
