import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#src/platform/db/index.ts';
import { buildExtract, plainValue, registerExtractSchema, type RegisterExtract } from '#src/modules/privacy/index.ts';
import { inventory } from '#src/app/inventory.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { testDatabase } from './db.ts';
import { insertPurchases, type Purchases } from './purchases.ts';

/**
 * The register extract is complete, driven by the inventory: on a database holding one customer's
 * data in every module, every declared personal column that holds a value appears in the extract
 * with every one of its values. A new module's tables are covered by the same test.
 */
let database: Database;
let a: Purchases;
const now = new Date('2026-12-04T10:00:00Z');
const extractOf = (contactId: string) =>
  buildExtract(database.db, { inventory, targets: retentionTargets, now }, contactId);

const norm = (v: unknown): string => JSON.stringify(plainValue(v));

beforeAll(async () => {
  database = await testDatabase();
  a = await insertPurchases(database, {
    tag: 'aaa',
    count: 6,
    from: new Date('2024-01-10T10:00:00Z'),
    stepMinutes: 60 * 24 * 40,
    paidEvery: 2,
    cardEvery: 3,
    deviceEvery: 2,
    implantEvery: 4,
  });
  // Who at Kliniksupport looked, and a disclosure to a carrier.
  await database.query(
    `insert into disclosures (at, recipient, purpose, categories, subject_type, subject_id, reference)
     values ($1, 'carriers', 'a.orders', array['full_name','address'], 'contact', $2, 'order:x')`,
    [now, a.contactId],
  );
  // Marketing consents given in the account: one live, one withdrawn (not yet swept).
  await database.query(
    `insert into consents (contact_id, purpose, channel, text_version, text_sha256, source, method, given_at, confirmed_at,
       withdrawn_at, withdrawal_method)
     values ($1, 'c.marketing', 'email', 'marketing-email-2026-12', repeat('a', 64), 'account', 'account_checkbox', $2, $2, null, null),
            ($1, 'c.marketing', 'sms', 'marketing-sms-2026-12', repeat('b', 64), 'account', 'account_checkbox', $2, $2, $2, 'account')`,
    [a.contactId, now],
  );
});
afterAll(() => database.close());

describe('the register extract', () => {
  let extract: RegisterExtract;
  beforeAll(async () => {
    extract = await extractOf(a.contactId);
  });

  it('matches its published schema', () => {
    expect(registerExtractSchema.safeParse(extract).error?.issues ?? []).toEqual([]);
  });

  it('holds every value of every declared personal column in the database (one customer only)', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const inv of inventory.filter((t) => t.scope === 'customer')) {
      const section = extract.sections.find((s) => s.table === inv.table);
      for (const column of Object.keys(inv.personal)) {
        const inDb = (
          await database.query<{ v: unknown }>(
            `select to_jsonb(${column}) as v from ${inv.table} where ${column} is not null`,
          )
        ).map((r) => norm(r.v));
        if (inDb.length === 0) continue;
        if (extract.notLinked.some((n) => n.table === inv.table)) continue; // pseudonymous: checked below
        checked++;
        const inExtract = (section?.rows ?? []).flatMap((r) =>
          r.values[column] !== undefined ? [JSON.stringify(r.values[column])] : [],
        );
        if (JSON.stringify(inExtract.sort()) !== JSON.stringify(inDb.sort())) missing.push(`${inv.table}.${column}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(60);
    // Only pseudonymous tables may be left out, and they are named. (A prospect's sign-up is another
    // data subject's: in the prospect's own extract.)
    expect(extract.notLinked.map((n) => n.table)).toEqual(['marketing_suppressions', 'throttle_counters']);
  });

  it('tells per category why, on which basis, to whom and how long — and when each row goes', () => {
    const orders = extract.sections.find((s) => s.table === 'orders')!;
    const email = orders.explanations.find((e) => e.category.id === 'email')!;
    expect(email.purposes.map((p) => [p.id, p.basis?.article])).toEqual([
      ['a.orders', '6(1)(b)'],
      ['g.legal_obligations', '6(1)(c)'],
    ]);
    expect(email.retention.map((r) => r.rule)).toEqual(['history_5y']);
    expect(orders.rows.map((r) => r.keptUntil)).toContain('2029-01-10');
    const usage = extract.sections.find((s) => s.table === 'usage_events')!;
    expect(usage.explanations[0]!.category.technical).toBe(true);
    const address = orders.explanations.find((e) => e.category.id === 'address')!;
    expect(address.recipients.map((r) => r.id)).toContain('logistics');
    expect(extract.disclosures).toHaveLength(1);
  });

  it('holds nothing of another customer', async () => {
    const b = await insertPurchases(database, {
      tag: 'bbb',
      count: 3,
      from: new Date('2025-01-10T10:00:00Z'),
      stepMinutes: 600,
    });
    const again = await extractOf(a.contactId);
    expect({ ...again, generatedAt: '' }).toEqual({ ...extract, generatedAt: '' });
    const text = JSON.stringify(again);
    for (const theirs of [b.email, b.orgNr, 'Klinik bbb', 'Kund bbb']) expect(text).not.toContain(theirs);
  });
});
