import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { signedInCustomer } from './customers.ts';
import { createSignedInStaff } from './staff.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';

/** Rectification (GDPR art. 16) reaches the recipients that got the data (art. 19), and the notice is recorded. */
let t: TestApp;
let smtp: TestSmtp;
let officer: { headers: { cookie: string } };

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    env: { SMTP_URL: smtp.url, RECIPIENT_NOTICES: 'carriers=integritet@frakt.example,logistics=dpo@lager.example' },
    clock: new TestClock(new Date('2026-12-04T10:00:00Z')),
  });
  await t.rt.jobs.work();
  officer = await createSignedInStaff(t, { email: 'dpo@kliniksupport.example', roles: ['privacy_officer'] });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const disclose = (recipient: string, categories: string[], type: string, id: string, reference: string) =>
  t.database.query(
    `insert into disclosures (at, recipient, purpose, categories, subject_type, subject_id, reference)
     values ($1, $2, 'a.orders', $3, $4, $5, $6)`,
    [t.clock.now(), recipient, categories, type, id, reference],
  );
const notices = (kind = 'rectification') =>
  t.database.query<{ recipient: string; categories: string[]; request_id: string | null }>(
    'select recipient, categories, request_id from recipient_notices where kind = $1 order by notified_at, recipient',
    [kind],
  );

describe('rectification', () => {
  it('a corrected name in the account reaches the carrier that got it, not the one that got only the address', async () => {
    const me = await signedInCustomer(t, 'rattar');
    await disclose('carriers', ['full_name', 'address'], 'contact', me.contactId, 'order:2026-000101');
    await disclose('logistics', ['address'], 'contact', me.contactId, 'order:2026-000102');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/customers/me',
      headers: me.headers,
      payload: { fullName: 'Kund Rättad' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const mail = await smtp.waitFor('integritet@frakt.example');
    expect(mail.subject).toContain('Rättelse av personuppgifter');
    expect(mail.text).toContain('order:2026-000101');
    expect(mail.text).toContain('Fullständigt namn');
    expect(mail.text).not.toContain('Kund Rättad');
    expect(await notices()).toEqual([{ recipient: 'carriers', categories: ['full_name'], request_id: null }]);
    // The same name again is no correction: nobody is told twice.
    await t.app.inject({
      method: 'PATCH',
      url: '/api/customers/me',
      headers: me.headers,
      payload: { fullName: 'Kund Rättad' },
    });
    expect(await notices()).toHaveLength(1);
  });

  it('the privacy officer corrects the company address on a request, and the recipients of the address are told', async () => {
    const me = await signedInCustomer(t, 'adress');
    await disclose('logistics', ['address'], 'company', me.companyId, 'order:2026-000201');
    const ask = await t.app.inject({
      method: 'POST',
      url: '/api/customers/me/privacy-requests',
      headers: me.headers,
      payload: { kind: 'rectification' },
    });
    expect(ask.statusCode, ask.body).toBe(201);
    const id = ask.json().id as string;
    const correct = (payload: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/privacy/requests/${id}/corrections`,
        headers: officer.headers,
        payload,
      });
    const bad = await correct({ table: 'companies', column: 'org_nr_x', value: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('body.column');
    const res = await correct({ table: 'companies', column: 'street', value: 'Nya vägen 2' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().recipientsTold).toEqual(['logistics']);
    const [company] = await t.database.query<{ street: string }>('select street from companies where id = $1', [
      me.companyId,
    ]);
    expect(company!.street).toBe('Nya vägen 2');
    const mail = await smtp.waitFor('dpo@lager.example');
    expect(mail.text).toContain('order:2026-000201');
    expect((await notices()).at(-1)).toEqual({ recipient: 'logistics', categories: ['address'], request_id: id });
  });

  it('only the privacy officer may correct on a request', async () => {
    const other = await createSignedInStaff(t, { email: 'cs@kliniksupport.example', roles: ['customer_service'] });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/privacy/requests/${crypto.randomUUID()}/corrections`,
      headers: other.headers,
      payload: { table: 'companies', column: 'street', value: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });
});
