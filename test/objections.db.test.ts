import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createObjections, type Objections } from '#src/modules/privacy/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { signedInCustomer } from './customers.ts';

/** Objection to direct marketing (per channel or all) and to profiling: recorded, at once, checked. */
let t: TestApp;
let me: Awaited<ReturnType<typeof signedInCustomer>>;
let other: Awaited<ReturnType<typeof signedInCustomer>>;
let check: Objections;

beforeAll(async () => {
  t = await createTestApp();
  me = await signedInCustomer(t, 'invander');
  other = await signedInCustomer(t, 'annan');
  check = createObjections({ db: t.database.db, clock: t.clock });
});
afterAll(() => t.close());

const post = (payload: object, headers = me.headers) =>
  t.app.inject({ method: 'POST', url: '/api/customers/me/privacy/objections', payload, headers });

describe('objections', () => {
  it('to direct marketing by SMS stops SMS at once, and nothing else', async () => {
    const subject = { contactId: me.contactId, companyId: me.companyId };
    expect(await check.mayMarket(subject, 'sms')).toBe(true);
    expect((await post({ kind: 'direct_marketing', channel: 'sms' })).statusCode).toBe(201);
    expect(await check.mayMarket(subject, 'sms')).toBe(false);
    expect(await check.mayMarket(subject, 'email')).toBe(true);
    expect(await check.mayProfile(subject)).toBe(true);
  });

  it('to all marketing and to profiling; recorded once however often it is sent', async () => {
    const subject = { contactId: me.contactId, companyId: me.companyId };
    await post({ kind: 'direct_marketing' });
    await post({ kind: 'direct_marketing', channel: 'all' });
    await post({ kind: 'profiling' });
    for (const channel of ['email', 'sms', 'post', 'social'] as const)
      expect(await check.mayMarket(subject, channel)).toBe(false);
    expect(await check.mayProfile(subject)).toBe(false);
    const list = await t.app.inject({ url: '/api/customers/me/privacy/objections', headers: me.headers });
    expect(list.json().items.map((o: { kind: string; channel: string }) => `${o.kind}:${o.channel}`)).toEqual([
      'direct_marketing:sms',
      'direct_marketing:all',
      'profiling:all',
    ]);
    // Another customer is unaffected.
    expect(await check.mayMarket({ contactId: other.contactId, companyId: other.companyId }, 'email')).toBe(true);
  });

  it('refuses what it does not know, naming the field; needs a signed-in customer', async () => {
    const bad = await post({ kind: 'direct_marketing', channel: 'fax' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('channel');
    expect((await post({ kind: 'profiling' }, { cookie: '' })).statusCode).toBe(401);
  });
});
