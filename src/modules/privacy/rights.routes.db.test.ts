import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSignedInStaff, signInStaff } from '../../../test/staff.ts';
import { signedInCustomer } from '../../../test/customers.ts';

type View = {
  id: string;
  kind: string;
  channel: string;
  status: string;
  contactId?: string | null;
  companyId?: string | null;
  registeredBy?: string | null;
  due: string | null;
  pausedSince: string | null;
  pausedDays: number;
  daysLeft: number | null;
  overdue: boolean;
  extended: boolean;
  extensionReason: string | null;
  refusalReason: string | null;
  answeredInTime: boolean | null;
  pauses: { reason: string; resumedAt: string | null }[];
};

/** The register of data subject requests over HTTP: the privacy officer's queue and a customer's requests. */
describe('data subject requests (GDPR art. 12(3))', () => {
  let t: TestApp;
  let officer: { cookie: string; staffId: string; password: string };
  let support: { cookie: string };
  let anna: Awaited<ReturnType<typeof signedInCustomer>>;
  let bertil: Awaited<ReturnType<typeof signedInCustomer>>;

  beforeAll(async () => {
    t = await createTestApp({ clock: new TestClock('2026-03-02T09:00:00Z') });
    const o = await createSignedInStaff(t, { email: 'dpo@kliniksupport.test', roles: ['privacy_officer'] });
    officer = { cookie: o.cookie, staffId: o.staffId, password: o.password };
    support = (await createSignedInStaff(t, { email: 'ks@kliniksupport.test', roles: ['customer_service'] })).headers;
    anna = await signedInCustomer(t, 'anna');
    bertil = await signedInCustomer(t, 'bertil');
  });
  afterAll(() => t?.close());

  /** Moves the clock (days at a time) and signs everyone in again: sessions end after hours. */
  async function travel(to: string) {
    t.clock.set(to);
    officer.cookie = (await signInStaff(t, 'dpo@kliniksupport.test', officer.password)).cookie;
    await anna.signIn();
    await bertil.signIn();
  }

  const headersOf = (who: { cookie: string } | null) => (who ? { cookie: who.cookie } : {});
  const get = (url: string, who: { cookie: string } | null = officer) =>
    t.app.inject({ method: 'GET', url, headers: headersOf(who) });
  const post = (url: string, payload?: object, who: { cookie: string } | null = officer) =>
    t.app.inject({ method: 'POST', url, headers: headersOf(who), ...(payload ? { payload } : {}) });
  const letter = async (body: object) => {
    const res = await post('/api/privacy/requests', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<View>();
  };
  const step = async (id: string, action: string, payload?: object) => {
    const res = await post(`/api/privacy/requests/${id}/${action}`, payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<View>();
  };

  it('is for the privacy officer: 401 without a session, 403 for other roles', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect((await get('/api/privacy/requests', null)).statusCode).toBe(401);
    expect((await get('/api/privacy/requests', support)).statusCode).toBe(403);
    const body = { kind: 'access', contactId: anna.contactId, receivedAt: '2026-03-01' };
    expect((await post('/api/privacy/requests', body, null)).statusCode).toBe(401);
    expect((await post('/api/privacy/requests', body, support)).statusCode).toBe(403);
    expect((await post(`/api/privacy/requests/${id}/resume`, undefined, support)).statusCode).toBe(403);
    expect((await post(`/api/privacy/requests/${id}/resume`)).statusCode).toBe(404);
    expect((await get('/api/privacy/requests')).statusCode).toBe(200);
    expect((await get('/api/customers/me/privacy-requests', null)).statusCode).toBe(401);
    expect((await post('/api/customers/me/privacy-requests', { kind: 'access' }, null)).statusCode).toBe(401);
    // A staff session is not a customer session.
    expect((await get('/api/customers/me/privacy-requests', officer)).statusCode).toBe(401);
  });

  it('registers a signed letter, due one calendar month after the day it was received', async () => {
    const v = await letter({ kind: 'access', contactId: anna.contactId, receivedAt: '2026-01-31' });
    expect(v).toMatchObject({
      kind: 'access',
      channel: 'letter',
      status: 'received',
      contactId: anna.contactId,
      companyId: anna.companyId,
      registeredBy: officer.staffId,
      due: '2026-02-28',
      overdue: true,
      daysLeft: -2,
      extended: false,
    });
    const company = await letter({ kind: 'erasure', companyId: bertil.companyId, receivedAt: '2026-03-02' });
    expect(company).toMatchObject({ contactId: null, companyId: bertil.companyId, due: '2026-04-02', daysLeft: 31 });
  });

  it('refuses a bad letter, naming the field', async () => {
    const bad = async (body: object, field: string) => {
      const res = await post('/api/privacy/requests', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ message: string }>().message).toContain(field);
    };
    await bad({ kind: 'access', receivedAt: '2026-03-01' }, 'contactId');
    await bad({ kind: 'gossip', contactId: anna.contactId, receivedAt: '2026-03-01' }, 'kind');
    await bad({ kind: 'access', contactId: anna.contactId, receivedAt: '1 mars' }, 'receivedAt');
    await bad({ kind: 'access', contactId: anna.contactId, receivedAt: '2026-03-03' }, 'receivedAt');
    await bad({ kind: 'access', contactId: anna.contactId, receivedAt: '2026-03-01', name: 'Anna' }, 'name');
    await bad(
      { kind: 'access', contactId: '00000000-0000-4000-8000-00000000dead', receivedAt: '2026-03-01' },
      'contactId',
    );
    await bad(
      { kind: 'access', companyId: '00000000-0000-4000-8000-00000000dead', receivedAt: '2026-03-01' },
      'companyId',
    );
    await bad(
      { kind: 'access', contactId: anna.contactId, companyId: bertil.companyId, receivedAt: '2026-03-01' },
      'companyId',
    );
  });

  it('stops the clock while waiting for the person: ten days paused move the due date ten days', async () => {
    const v = await letter({ kind: 'rectification', contactId: bertil.contactId, receivedAt: '2026-03-02' });
    expect(v.due).toBe('2026-04-02');
    await travel('2026-03-05T10:00:00Z');
    const paused = await step(v.id, 'pause', { reason: 'identity' });
    expect(paused).toMatchObject({ status: 'awaiting_identity', due: null, pausedSince: '2026-03-05', daysLeft: null });
    expect((await post(`/api/privacy/requests/${v.id}/pause`, { reason: 'identity' })).statusCode).toBe(409);
    const incomplete = await post(`/api/privacy/requests/${v.id}/complete`);
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json<{ message: string }>().message).toContain('resume');
    const badReason = await post(`/api/privacy/requests/${v.id}/pause`, { reason: 'lunch' });
    expect(badReason.statusCode).toBe(400);
    expect(badReason.json<{ message: string }>().message).toContain('body.reason');
    await travel('2026-03-15T14:00:00Z');
    const resumed = await step(v.id, 'resume');
    expect(resumed).toMatchObject({ status: 'in_progress', due: '2026-04-12', pausedDays: 10, pausedSince: null });
    expect(resumed.pauses).toEqual([expect.objectContaining({ reason: 'identity', resumedAt: expect.any(String) })]);
    const again = await post(`/api/privacy/requests/${v.id}/resume`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toContain('not paused');
  });

  it('extends by two months within the first month, and refuses an extension after it', async () => {
    await travel('2026-03-15T16:00:00Z');
    const v = await letter({ kind: 'portability', contactId: bertil.contactId, receivedAt: '2026-03-10' });
    const extended = await step(v.id, 'extend', { reason: 'complexity' });
    expect(extended).toMatchObject({ due: '2026-06-10', extended: true, extensionReason: 'complexity' });
    expect((await post(`/api/privacy/requests/${v.id}/extend`, { reason: 'complexity' })).statusCode).toBe(409);

    const late = await letter({ kind: 'objection', contactId: bertil.contactId, receivedAt: '2026-02-10' });
    expect(late.due).toBe('2026-03-10');
    const res = await post(`/api/privacy/requests/${late.id}/extend`, { reason: 'number_of_requests' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'conflict' });
    expect(res.json<{ message: string }>().message).toContain('within the first month, by 2026-03-10');
    expect(
      (await get('/api/privacy/requests')).json<{ items: View[] }>().items.find((i) => i.id === late.id),
    ).toMatchObject({ extended: false, due: '2026-03-10', overdue: true });
    // Overdue: the clock cannot be stopped afterwards either.
    expect((await post(`/api/privacy/requests/${late.id}/pause`, { reason: 'identity' })).statusCode).toBe(409);
  });

  it('lists the queue by due date, overdue first and flagged, paused ones last; closed ones apart', async () => {
    await travel('2026-03-16T08:00:00Z');
    const waiting = await letter({ kind: 'restriction', companyId: anna.companyId, receivedAt: '2026-03-16' });
    await step(waiting.id, 'pause', { reason: 'supplementary_information' });
    const done = await letter({ kind: 'complaint', contactId: anna.contactId, receivedAt: '2026-03-16' });
    await step(done.id, 'complete');
    const items = (await get('/api/privacy/requests')).json<{ items: View[] }>().items;
    const dues = items.map((i) => i.due);
    const running = dues.filter((d): d is string => d !== null);
    expect(running).toEqual([...running].sort());
    expect(dues.indexOf(null)).toBe(running.length);
    expect(items.at(-1)!.id).toBe(waiting.id);
    expect(items.filter((i) => i.overdue).map((i) => i.due)).toEqual(['2026-02-28', '2026-03-10']);
    expect(items.every((i) => i.overdue === (i.daysLeft !== null && i.daysLeft < 0))).toBe(true);
    expect(items.map((i) => i.id)).not.toContain(done.id);
    const closed = (await get('/api/privacy/requests?status=closed')).json<{ items: View[] }>().items;
    expect(closed.map((i) => i.id)).toEqual([done.id]);
    expect(closed[0]).toMatchObject({ status: 'completed', answeredInTime: true, daysLeft: null, overdue: false });
    expect((await get('/api/privacy/requests?status=later')).statusCode).toBe(400);
  });

  it('refuses with a reason, ends a pause still open, and changes nothing after a request is closed', async () => {
    const v = await letter({ kind: 'erasure', contactId: anna.contactId, receivedAt: '2026-03-16' });
    await step(v.id, 'pause', { reason: 'identity' });
    await travel('2026-03-19T08:00:00Z');
    const refused = await step(v.id, 'refuse', { reason: 'identity_not_established' });
    expect(refused).toMatchObject({ status: 'refused', refusalReason: 'identity_not_established', pausedDays: 3 });
    expect(refused.pauses[0]!.resumedAt).not.toBeNull();
    for (const [action, body] of [
      ['complete', undefined],
      ['resume', undefined],
      ['extend', { reason: 'complexity' }],
      ['refuse', { reason: 'excessive' }],
    ] as const) {
      const res = await post(`/api/privacy/requests/${v.id}/${action}`, body);
      expect(res.statusCode, action).toBe(409);
      expect(res.json<{ message: string }>().message).toContain('closed');
    }
  });

  it('lets a signed-in customer make requests and see their own, and only their own', async () => {
    await travel('2026-03-20T09:00:00Z');
    const made = await post('/api/customers/me/privacy-requests', { kind: 'portability' }, anna.headers);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      kind: 'portability',
      channel: 'account',
      status: 'received',
      due: '2026-04-20',
    });
    expect(made.json()).not.toHaveProperty('contactId');
    expect(made.json()).not.toHaveProperty('registeredBy');
    const twice = await post('/api/customers/me/privacy-requests', { kind: 'portability' }, anna.headers);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ message: string }>().message).toContain('kind');
    // The letter about Anna's access request is still open: the account refuses a second one too.
    expect((await post('/api/customers/me/privacy-requests', { kind: 'access' }, anna.headers)).statusCode).toBe(409);
    const bad = await post(
      '/api/customers/me/privacy-requests',
      { kind: 'access', contactId: bertil.contactId },
      anna.headers,
    );
    expect(bad.statusCode).toBe(400);

    const mine = (await get('/api/customers/me/privacy-requests', anna.headers)).json<{ items: View[] }>().items;
    const theirs = (await get('/api/customers/me/privacy-requests', bertil.headers)).json<{ items: View[] }>().items;
    const annaRows = await t.database.query<{ id: string }>('select id from rights_requests where contact_id = $1', [
      anna.contactId,
    ]);
    expect(mine.map((i) => i.id).sort()).toEqual(annaRows.map((r) => r.id).sort());
    expect(mine[0]).toMatchObject({ id: made.json<View>().id });
    expect(theirs.map((i) => i.id)).not.toContain(made.json<View>().id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((i) => !annaRows.some((r) => r.id === i.id))).toBe(true);
    // The officer sees the account request in the queue, with who made it.
    const queued = (await get('/api/privacy/requests')).json<{ items: View[] }>().items;
    expect(queued.find((i) => i.id === made.json<View>().id)).toMatchObject({
      channel: 'account',
      contactId: anna.contactId,
      companyId: anna.companyId,
      registeredBy: null,
    });
  });

  it('a request that hands out, changes or erases data needs a sign-in from the last 15 minutes; a complaint does not', async () => {
    await travel('2026-05-04T09:00:00Z');
    t.clock.set('2026-05-04T09:16:00Z');
    const stale = await post('/api/customers/me/privacy-requests', { kind: 'erasure' }, bertil.headers);
    expect(stale.statusCode).toBe(403);
    expect(stale.json<{ message: string }>().message).toContain('Logga in igen');
    expect((await post('/api/customers/me/privacy-requests', { kind: 'complaint' }, bertil.headers)).statusCode).toBe(
      201,
    );
    await bertil.signIn();
    expect((await post('/api/customers/me/privacy-requests', { kind: 'erasure' }, bertil.headers)).statusCode).toBe(
      201,
    );
  });
});
