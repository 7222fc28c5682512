import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createSignedInStaff } from './staff.ts';
import { insertPurchases, type Purchases } from './purchases.ts';

/** The retention engine in the back office: plan, overview, proof, sweeps on demand, legal holds. */
describe('retention in the back office', () => {
  let t: TestApp;
  let buyer: Purchases;
  const headers: Record<string, { cookie: string }> = {};

  beforeAll(async () => {
    t = await createTestApp({ clock: new TestClock(new Date('2026-12-04T09:00:00Z')) });
    for (const role of ['privacy_officer', 'finance', 'marketing'])
      headers[role] = (await createSignedInStaff(t, { email: `${role}@kliniksupport.test`, roles: [role] })).headers;
    // Twelve purchases 30 days apart from 10 December 2021: one falls due in each coming month.
    buyer = await insertPurchases(t.database, {
      tag: 'bo',
      count: 12,
      from: new Date('2021-12-10T10:00:00Z'),
      stepMinutes: 30 * 24 * 60,
      paidEvery: 1,
    });
  });
  afterAll(() => t.close());

  const get = (url: string, role?: string) => t.app.inject({ url, headers: role ? headers[role]! : {} });

  it('is for the privacy officer; legal holds also for finance', async () => {
    expect((await get('/api/privacy/retention/plan')).statusCode).toBe(401);
    for (const url of [
      '/api/privacy/retention/plan',
      '/api/privacy/retention/overview',
      '/api/privacy/retention/runs',
    ]) {
      expect((await get(url, 'marketing')).statusCode).toBe(403);
      expect((await get(url, 'finance')).statusCode).toBe(403);
      expect((await get(url, 'privacy_officer')).statusCode).toBe(200);
    }
    expect((await get('/api/privacy/legal-holds', 'finance')).statusCode).toBe(200);
    expect((await get('/api/privacy/legal-holds', 'marketing')).statusCode).toBe(403);
  });

  it('the plan is a dry run at any date, with the rule’s title and bad dates named', async () => {
    const res = await get('/api/privacy/retention/plan?asOf=2026-12-10T10:00:00.001Z', 'privacy_officer');
    const orders = res.json().entries.find((e: { target: string }) => e.target === 'orders.history');
    expect(orders).toMatchObject({ due: 1, earliest: '2021-12-10', latest: '2021-12-10' });
    expect(orders.ruleTitle.sv).toBe('Köp-, order- och användarhistorik');
    const bad = await get('/api/privacy/retention/plan?asOf=tomorrow', 'privacy_officer');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('asOf');
  });

  it('the overview shows what falls due month by month', async () => {
    const res = await get('/api/privacy/retention/overview?months=3', 'privacy_officer');
    const { coming, past } = res.json() as {
      coming: { month: string; byRule: Record<string, number> }[];
      past: unknown[];
    };
    expect(coming.map((m) => m.month)).toEqual(['2026-12', '2027-01', '2027-02']);
    // One order a month falls due: December's on the 10th, January's, February's.
    expect(coming.map((m) => m.byRule['history_5y'] ?? 0).every((n) => n >= 1)).toBe(true);
    expect(past).toHaveLength(3);
  });

  it('a sweep on demand is queued as the daily job and its proof appears among the runs', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/privacy/retention/runs',
      headers: headers.privacy_officer!,
    });
    expect(res.statusCode).toBe(202);
    const [job] = await t.database.query<{ name: string }>(
      `select name from pgboss.job where name = 'privacy.retention-sweep'`,
    );
    expect(job?.name).toBe('privacy.retention-sweep');
  });

  it('a legal hold placed by finance keeps the orders of the company until released', async () => {
    const post = (url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: headers.finance!, ...(payload ? { payload } : {}) });
    const bad = await post('/api/privacy/legal-holds', { subjectType: 'company', subjectId: 'x', reason: 'dispute' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('subjectId');
    const placed = await post('/api/privacy/legal-holds', {
      subjectType: 'company',
      subjectId: buyer.companyId,
      reason: 'dispute',
    });
    expect(placed.statusCode).toBe(201);
    const plan = await get('/api/privacy/retention/plan?asOf=2027-06-01T00:00:00Z', 'privacy_officer');
    const orders = plan.json().entries.find((e: { target: string }) => e.target === 'orders.history');
    expect(orders.due).toBe(0);
    expect(orders.held.legal_claim).toBeGreaterThan(0);
    expect((await post(`/api/privacy/legal-holds/${placed.json().id}/release`)).statusCode).toBe(200);
    expect((await post(`/api/privacy/legal-holds/${placed.json().id}/release`)).statusCode).toBe(404);
    const after = await get('/api/privacy/retention/plan?asOf=2027-06-01T00:00:00Z', 'privacy_officer');
    expect(after.json().entries.find((e: { target: string }) => e.target === 'orders.history').due).toBe(
      orders.held.legal_claim,
    );
  });
});
