import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '#src/platform/errors/index.ts';
import { CUSTOMER_COOKIE } from '#src/modules/customers/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { startTestSmtp, tokenOf } from '../../../test/smtp.ts';
import { createSignedInStaff } from '../../../test/staff.ts';
import { recordDisclosure, listDisclosures } from './index.ts';

describe('the disclosure log (policy §7)', () => {
  let h: { t: TestApp; smtp: Awaited<ReturnType<typeof startTestSmtp>> };
  beforeAll(async () => {
    const smtp = await startTestSmtp();
    const t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://kliniksupport.test' } });
    await t.rt.jobs.work();
    h = { t, smtp };
  });
  afterAll(async () => {
    await h?.t.close();
    await h?.smtp.close();
  });

  /** A registered, verified and signed-in contact person (through the customers module's routes). */
  async function signedInCustomer(email: string) {
    const post = (url: string, payload: object) => h.t.app.inject({ method: 'POST', url, payload });
    const password = 'en lång lösenfras 2026';
    const reg = await post('/api/customers/registrations', {
      company: {
        orgNr: '556711-0373',
        name: 'Kliniken AB',
        street: 'Storgatan 1',
        postalCode: '239 41',
        city: 'Falsterbo',
      },
      contact: { fullName: 'Karin Kanarie', email, phone: '070-174 06 42', password },
    });
    expect(reg.statusCode, reg.body).toBe(202);
    const mail = await h.smtp.waitFor(email, (m) => m.subject.startsWith('Bekräfta din e-postadress'));
    expect((await post('/api/customers/verify', { token: tokenOf(mail, '/konto/verifiera') })).statusCode).toBe(204);
    const res = await post('/api/customers/session', { email, password });
    const cookie = res.cookies.find((c) => c.name === CUSTOMER_COOKIE)!;
    return { cookie: `${CUSTOMER_COOKIE}=${cookie.value}` };
  }

  const base = {
    recipient: 'payment_providers',
    purpose: 'a.orders',
    categories: ['payment_details', 'email'],
    subjectType: 'contact',
    subjectId: '00000000-0000-4000-8000-000000000001',
    reference: 'order:00000000-0000-4000-8000-0000000000aa',
  } as const;

  it('records a disclosure the policy allows, with its categories sorted', async () => {
    const d = await recordDisclosure(h.t.database.db, { ...base, at: h.t.clock.now() });
    expect(d).toMatchObject({ recipient: 'payment_providers', categories: ['email', 'payment_details'] });
    const listed = await listDisclosures(h.t.database.db, { type: 'contact', id: base.subjectId }, { limit: 10 });
    expect(listed.map((x) => x.id)).toEqual([d.id]);
  });

  it.each([
    ['a recipient outside the register', { recipient: 'facebook' }, 'recipient'],
    ['an unknown purpose', { purpose: 'z.selling' }, 'purpose'],
    ['an unknown category', { categories: ['shoe_size'] }, 'categories.0'],
    ['a recipient that does not receive data for the purpose', { purpose: 'c.marketing' }, 'purpose'],
    ['a category the recipient may not receive', { categories: ['purchase_history'] }, 'categories'],
    [
      'a category the purpose does not use',
      { recipient: 'authorities', categories: ['case_information'] },
      'categories',
    ],
    ['no categories', { categories: [] }, 'categories'],
  ])('refuses %s, naming the field', async (_what, over, field) => {
    const err = await recordDisclosure(h.t.database.db, { ...base, ...over, at: h.t.clock.now() } as never).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation');
    expect((err as AppError).fields.map((f) => f.field)).toContain(field);
  });

  it('is recorded inside the caller’s transaction: a rolled-back transaction leaves no disclosure', async () => {
    const subjectId = '00000000-0000-4000-8000-000000000002';
    await h.t.database.db
      .transaction(async (tx) => {
        await recordDisclosure(tx, { ...base, subjectId, at: h.t.clock.now() });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await listDisclosures(h.t.database.db, { type: 'contact', id: subjectId }, { limit: 10 })).toEqual([]);
  });

  it('shows a signed-in customer the disclosures about them, and only those', async () => {
    const email = 'karin@kliniken.example';
    const headers = await signedInCustomer(email);
    const [contact] = await h.t.database.query<{ id: string }>('select id from contacts where email = $1', [email]);
    h.t.clock.advance({ minutes: 1 });
    await recordDisclosure(h.t.database.db, { ...base, subjectId: contact!.id, at: h.t.clock.now() });
    h.t.clock.advance({ minutes: 1 });
    await recordDisclosure(h.t.database.db, {
      ...base,
      recipient: 'carriers',
      categories: ['address', 'full_name'],
      subjectId: contact!.id,
      at: h.t.clock.now(),
    });
    const res = await h.t.app.inject({ method: 'GET', url: '/api/customers/me/disclosures', headers });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: Record<string, unknown>[] }>().items;
    expect(items.map((i) => i.recipient)).toEqual(['carriers', 'payment_providers']);
    expect(items[0]).toMatchObject({
      recipientKind: 'independent_controller',
      recipientLabel: { sv: 'Transportföretag för allmänna varutransporter' },
      purposeLabel: { sv: 'Hantera beställningar och köp' },
    });
    expect(items[0]).not.toHaveProperty('subjectId');
    const anon = await h.t.app.inject({ method: 'GET', url: '/api/customers/me/disclosures' });
    expect(anon.statusCode).toBe(401);
  });

  it('lets the privacy officer, and no other role, list the disclosures about a subject', async () => {
    const officer = await createSignedInStaff(h.t, { email: 'dpo@kliniksupport.se', roles: ['privacy_officer'] });
    const url = `/api/privacy/disclosures?subjectType=contact&subjectId=${base.subjectId}`;
    const res = await h.t.app.inject({ method: 'GET', url, headers: officer.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { subjectId: string }[] }>().items).toHaveLength(1);
    const cs = await createSignedInStaff(h.t, { email: 'cs@kliniksupport.se', roles: ['customer_service'] });
    expect((await h.t.app.inject({ method: 'GET', url, headers: cs.headers })).statusCode).toBe(403);
  });
});
