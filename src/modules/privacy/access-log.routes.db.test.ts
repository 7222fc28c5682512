import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSignedInStaff } from '../../../test/staff.ts';
import { anEntry, disableGuards, tempAuditDir } from './access-log.fixtures.ts';

const CONTACT = '6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the access log for those who review it', () => {
  let t: TestApp;
  const cookie: Record<string, { cookie: string }> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: { AUDIT_DIR: tempAuditDir() } });
    // Signing in (password and second factor) goes through the shared test helper.
    for (const role of ['privacy_officer', 'security', 'customer_service', 'marketing']) {
      cookie[role] = (await createSignedInStaff(t, { email: `${role}@kliniksupport.test`, roles: [role] })).headers;
    }
    for (let i = 1; i <= 7; i++) {
      t.clock.advance({ seconds: 1 });
      await t.rt.accessLog.append(anEntry(i, i % 3 === 0 ? { subjectId: CONTACT } : {}));
    }
  });
  afterAll(async () => t.close());

  const get = (url: string, role?: string) => t.app.inject({ url, headers: role ? cookie[role]! : {} });

  it('is for the privacy officer and security only', async () => {
    expect((await get('/api/privacy/access-log')).statusCode).toBe(401);
    expect((await get('/api/privacy/access-log/verification')).statusCode).toBe(401);
    for (const role of ['customer_service', 'marketing']) {
      expect((await get('/api/privacy/access-log', role)).statusCode).toBe(403);
      expect((await get('/api/privacy/access-log/verification', role)).statusCode).toBe(403);
    }
    for (const role of ['privacy_officer', 'security']) {
      const res = await get('/api/privacy/access-log', role);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect((await get('/api/privacy/access-log/verification', role)).statusCode).toBe(200);
    }
  });

  it('pages newest first by seq, filters by contact, and names the staff member but not the address', async () => {
    const first = (await get('/api/privacy/access-log?limit=3', 'security')).json();
    expect(first.items.map((e: { seq: number }) => e.seq)).toEqual([7, 6, 5]);
    expect(first.nextBeforeSeq).toBe(5);
    expect(first.items[0]).toMatchObject({
      actorRole: 'customer_service',
      actorId: anEntry(1).actorId,
      purpose: 'b.customer_service',
      subjectType: 'contact',
      action: 'read',
      roleLabel: { sv: 'Kundtjänst', en: 'Customer service' },
    });
    expect(first.items[0]).not.toHaveProperty('ip');
    const second = (await get(`/api/privacy/access-log?limit=3&beforeSeq=${first.nextBeforeSeq}`, 'security')).json();
    expect(second.items.map((e: { seq: number }) => e.seq)).toEqual([4, 3, 2]);
    const last = (await get(`/api/privacy/access-log?limit=3&beforeSeq=${second.nextBeforeSeq}`, 'security')).json();
    expect(last).toMatchObject({ items: [{ seq: 1 }], nextBeforeSeq: null });

    const about = (await get(`/api/privacy/access-log?contactId=${CONTACT}`, 'privacy_officer')).json();
    expect(about.items.map((e: { seq: number }) => e.seq)).toEqual([6, 3]);
    expect((await get('/api/privacy/access-log?contactId=not-a-uuid', 'privacy_officer')).statusCode).toBe(400);
    expect((await get('/api/privacy/access-log?limit=0', 'privacy_officer')).statusCode).toBe(400);
  });

  it('reading the log does not write to it', async () => {
    const before = (await get('/api/privacy/access-log/verification', 'privacy_officer')).json().entries;
    await get('/api/privacy/access-log', 'privacy_officer');
    await get('/api/privacy/access-log/verification', 'security');
    expect((await get('/api/privacy/access-log/verification', 'privacy_officer')).json().entries).toBe(before);
  });

  it('signs a checkpoint on demand (privacy officer only) and reports it in the verification', async () => {
    const post = (role: string) =>
      t.app.inject({ method: 'POST', url: '/api/privacy/access-log/checkpoints', headers: cookie[role]! });
    expect((await get('/api/privacy/access-log/verification', 'security')).json()).toEqual({
      ok: true,
      entries: 7,
      checkpoints: 0,
      problems: [],
      latestCheckpointAt: null,
    });
    expect((await post('security')).statusCode).toBe(403);
    expect((await post('customer_service')).statusCode).toBe(403);
    t.clock.advance({ minutes: 1 });
    const signed = await post('privacy_officer');
    expect(signed.statusCode).toBe(201);
    expect(signed.json()).toMatchObject({ seq: 7, count: 7, at: t.clock.now().toISOString() });
    expect((await get('/api/privacy/access-log/verification', 'security')).json()).toEqual({
      ok: true,
      entries: 7,
      checkpoints: 1,
      problems: [],
      latestCheckpointAt: t.clock.now().toISOString(),
    });
  });

  it('reports a tampered log as broken, naming the first entry, and will not sign over a fresh break', async () => {
    await disableGuards(t.database);
    await t.database.query("update access_log set purpose = 'c.marketing' where seq = 4");
    const res = (await get('/api/privacy/access-log/verification', 'privacy_officer')).json();
    expect(res.ok).toBe(false);
    expect(res.problems[0]).toEqual({
      kind: 'edited',
      seq: 4,
      message: 'entry 4 was edited: its content no longer matches its hash',
    });
    // An edit after the last checkpoint: signing a checkpoint over it is refused.
    await t.rt.accessLog.append(anEntry(8));
    await t.database.query("update access_log set action = 'export' where seq = 8");
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/privacy/access-log/checkpoints',
      headers: cookie.privacy_officer!,
    });
    expect(refused.statusCode).toBe(409);
  });

  it("lists the purposes of the signed-in staff member's roles, titled from the policy", async () => {
    expect((await get('/api/staff/purposes')).statusCode).toBe(401);
    const res = (await get('/api/staff/purposes', 'customer_service')).json();
    expect(res.items.map((p: { id: string }) => p.id).sort()).toEqual(['a.orders', 'b.customer_service']);
    expect(res.items.find((p: { id: string }) => p.id === 'b.customer_service').title).toEqual({
      sv: 'Kundtjänst, reklamationer och uppföljning',
      en: 'Customer service, claims and follow-up',
    });
  });
});
