import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { signedInCustomer } from './customers.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';

/** §11: a complaint to Kliniksupport is registered and acknowledged, with how to complain to IMY. */
let t: TestApp;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ env: { SMTP_URL: smtp.url }, clock: new TestClock(new Date('2026-01-31T10:00:00Z')) });
  await t.rt.jobs.work();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('complaints and other requests from the account', () => {
  it('a complaint is registered with its due date and acknowledged over SMTP, naming IMY', async () => {
    const me = await signedInCustomer(t, 'klagar');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/customers/me/privacy-requests',
      headers: me.headers,
      payload: { kind: 'complaint' },
    });
    expect(res.statusCode).toBe(201);
    // 31 January + one calendar month: 28 February.
    expect(res.json()).toMatchObject({ kind: 'complaint', due: '2026-02-28' });
    const mail = await smtp.waitFor('kund-klagar@klinik.example');
    expect(mail.subject).toContain('Vi har tagit emot ditt klagomål');
    expect(mail.text).toContain('Integritetsskyddsmyndigheten (IMY)');
    expect(mail.text).toContain('imy@imy.se');
    expect(mail.text).toContain('2026-02-28');
    expect(mail.text).toContain(res.json().id);
  });

  it('an erasure request gets its acknowledgement too; a second open one of the same kind is refused', async () => {
    const me = await signedInCustomer(t, 'radera');
    const ask = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/customers/me/privacy-requests',
        headers: me.headers,
        payload: { kind: 'erasure' },
      });
    expect((await ask()).statusCode).toBe(201);
    const mail = await smtp.waitFor('kund-radera@klinik.example');
    expect(mail.subject).toContain('Vi har tagit emot din begäran');
    expect((await ask()).statusCode).toBe(409);
  });
});
