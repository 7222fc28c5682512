import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#src/platform/db/index.ts';
import { planRetention, runSweep } from '#src/modules/privacy/index.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { testDatabase } from './db.ts';
import { insertPurchases, type Purchases } from './purchases.ts';

/**
 * Time travel over the platform's own tables: one purchase on 15 March 2021 10:00 UTC (an invoice
 * paid ten days later, a shipment the next day with a medical device and an implant, usage
 * history, a security event, a recall notice), swept at the last instant each rule keeps it and
 * at its deadline.
 */
let database: Database;
let buyer: Purchases;
const at = (iso: string) => new Date(iso);
const ms = (iso: string, delta: number) => new Date(at(iso).getTime() + delta);

const count = async (sql: string, params: unknown[] = []) =>
  Number((await database.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]!.n);

async function sweep(asOf: Date) {
  return runSweep(
    { db: database.db, targets: retentionTargets, files: null, now: () => asOf },
    { asOf, trigger: 'test', batchSize: 7 },
  );
}

beforeAll(async () => {
  database = await testDatabase();
  buyer = await insertPurchases(database, {
    tag: 'tt',
    count: 1,
    from: at('2021-03-15T10:00:00Z'),
    stepMinutes: 60,
    paidEvery: 1,
    deviceEvery: 1,
  });
  // A second purchase, same minute: its device is an implant, its invoice unpaid (an open claim).
  await insertPurchases(database, {
    tag: 'imp',
    count: 1,
    from: at('2021-03-15T10:00:00Z'),
    stepMinutes: 60,
    paidEvery: 2,
    deviceEvery: 1,
    implantEvery: 1,
  });
});
afterAll(() => database.close());

describe('the retention engine over the platform’s tables (time travel)', () => {
  it('security events: the full address is kept 30 days, then truncated to its network', async () => {
    await sweep(at('2021-04-14T09:50:00Z'));
    expect(await count(`security_events where ip like '%/%'`)).toBe(0);
    await sweep(ms('2021-04-14T09:50:00Z', 1));
    const rows = await database.query<{ ip: string; truncated: Date }>(
      'select ip, ip_truncated_at as truncated from security_events order by ip',
    );
    expect(rows.map((r) => r.ip)).toEqual(['198.51.100.0/24', '198.51.100.0/24']);
    expect(rows.every((r) => r.truncated.toISOString() === '2021-04-14T09:50:00.001Z')).toBe(true);
  });

  it('five years after the transaction: the deadline instant keeps the purchase history, the next deletes it', async () => {
    const before = await sweep(at('2026-03-15T10:00:00Z'));
    expect(before.outcomes.find((o) => o.target === 'orders.history')!.rows).toBe(0);
    // The invoice's trigger is its issue date (midnight): its link to the customer went first.
    expect(before.outcomes.find((o) => o.target === 'invoices.unlink')!.rows).toBe(1);
    expect(await count('orders')).toBe(2);
    // Usage 5 minutes before the order: already due at this instant.
    expect(await count('usage_events')).toBe(0);

    const plan = await planRetention(database.db, retentionTargets, ms('2026-03-15T10:00:00Z', 1));
    const planned = Object.fromEntries(plan.entries.map((e) => [e.target, e.due]));
    expect(planned['orders.history']).toBe(1); // the unpaid one is held
    expect(plan.entries.find((e) => e.target === 'orders.history')!.held).toEqual({ legal_claim: 1 });
    expect(await count('orders')).toBe(2); // a plan changes nothing

    const result = await sweep(ms('2026-03-15T10:00:00Z', 1));
    const did = Object.fromEntries(result.outcomes.map((o) => [o.target, o]));
    expect(did['orders.history']!.rows).toBe(1);
    expect(did['orders.history']!.related).toEqual({
      order_lines: 2,
      card_payments: 0,
      shipment_lines: 1,
      carrier_events: 1,
      shipments: 1,
    });
    expect(await count(`orders where company_id = $1`, [buyer.companyId])).toBe(0);
    expect(
      await count(`order_lines ol join orders o on o.id = ol.order_id where o.company_id = $1`, [buyer.companyId]),
    ).toBe(0);
    // The paid invoice stays (Bokföringslagen), minimised: no link to the customer any more.
    const invoices = await database.query<{ series: string; company_id: string | null; status: string }>(
      'select series, company_id, status from invoices order by series',
    );
    expect(invoices).toEqual([
      { series: 'imp', company_id: expect.any(String), status: 'unpaid' },
      { series: 'tt', company_id: null, status: 'paid' },
    ]);
    // Medical-device supply records outlive the shipment they came from (MDR).
    expect(await count('device_supplies where shipment_line_id is null')).toBe(1);
    expect(await count('device_supplies')).toBe(2);
    expect(await count('recall_notices')).toBe(0);
  });

  it('an open claim keeps the order until the invoice is paid; a legal hold keeps it until released', async () => {
    await database.query(`update invoices set status = 'paid', paid_ore = total_inc_vat_ore where series = 'imp'`);
    const [company] = await database.query<{ company_id: string }>(
      `select company_id from invoices where series = 'imp'`,
    );
    await database.query(
      `insert into legal_holds (subject_type, subject_id, reason, placed_at) values ('company', $1, 'dispute', $2)`,
      [company!.company_id, at('2026-03-16T00:00:00Z')],
    );
    await sweep(at('2026-03-17T00:00:00Z'));
    expect(await count('orders')).toBe(1);
    await database.query(`update legal_holds set released_at = $1`, [at('2026-03-18T00:00:00Z')]);
    await sweep(at('2026-03-18T00:00:00Z'));
    expect(await count('orders')).toBe(0);
    expect(await count('invoices where company_id is not null')).toBe(0);
  });

  it('Bokföringslagen: vouchers and invoices of 2021 stay to the end of 2028 and go on 1 January 2029; balances carry', async () => {
    const balances = await database.query<{ account: string; sum: number }>(
      'select account, sum(amount_ore)::int as sum from voucher_lines group by account order by account',
    );
    await sweep(ms('2029-01-01T00:00:00Z', -1));
    expect(await count('vouchers')).toBeGreaterThan(0);
    expect(await count('invoices')).toBe(2);
    await sweep(at('2029-01-01T00:00:00Z'));
    expect(await count('vouchers')).toBe(0);
    expect(await count('voucher_lines')).toBe(0);
    expect(await count('invoices')).toBe(0);
    expect(await count('invoice_lines')).toBe(0);
    expect(await count('invoice_payments')).toBe(0);
    const carried = await database.query<{ account: string; sum: number }>(
      'select account, sum(amount_ore)::int as sum from ledger_carried_balances group by account order by account',
    );
    expect(carried).toEqual(balances);
  });

  it('medical devices: supply records ten years, implants fifteen', async () => {
    await sweep(at('2031-03-16T00:00:00Z'));
    expect(await count('device_supplies')).toBe(2);
    await sweep(ms('2031-03-16T00:00:00Z', 1));
    expect(await count('device_supplies where implantable')).toBe(1);
    expect(await count('device_supplies')).toBe(1);
    await sweep(at('2036-03-16T00:00:00Z'));
    expect(await count('device_supplies')).toBe(1);
    await sweep(ms('2036-03-16T00:00:00Z', 1));
    expect(await count('device_supplies')).toBe(0);
  });

  it('the proof of deletion: counts, hashed ids, dates and the policy version, and no personal data', async () => {
    const proof = await database.query<Record<string, unknown>>('select * from retention_actions');
    expect(proof.length).toBeGreaterThan(0);
    const text = JSON.stringify(proof);
    for (const personal of [buyer.email, buyer.orgNr, 'Kund tt', 'Klinik tt', '198.51.100', buyer.companyId])
      expect(text).not.toContain(personal);
    const runs = await database.query<{ status: string; policy_version: string }>(
      'select status, policy_version from retention_runs',
    );
    expect(runs.every((r) => r.status === 'finished' && /^[0-9a-f]{12}$/.test(r.policy_version))).toBe(true);
  });
});
