import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { CUSTOMER_COOKIE } from '#src/modules/customers/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { startTestSmtp, tokenOf, type TestSmtp } from '../../../test/smtp.ts';
import { createSignedInStaff } from '../../../test/staff.ts';
import { createInvoiceForOrder, type InvoiceRow } from './invoices.service.ts';
import { registerInvoicePayment } from './invoices.payments.ts';
import { insertTestOrder } from './invoices.testing.ts';
import { sendDueReminders } from './invoices.jobs.ts';
import { parseSie4 } from './sie4.parse.ts';

let h: { t: TestApp; smtp: TestSmtp; close(): Promise<void> };
let customer: Record<string, string>;
let mine: InvoiceRow;
let theirs: InvoiceRow;
let email: string;
let finance: { cookie: string };
let marketing: { cookie: string };

const pdfText = async (body: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })).text.replace(/\s+/g, ' ');

beforeAll(async () => {
  const smtp = await startTestSmtp();
  const t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://kliniksupport.test' } });
  await t.rt.jobs.work();
  h = { t, smtp, close: async () => (await t.close(), await smtp.close()) };
  // A company account, registered and verified as a customer would.
  email = 'ekonomi@tandvard-skanor.example';
  const password = 'en lång lösenfras 2026';
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
  const reg = await post('/api/customers/registrations', {
    company: {
      orgNr: '556711-0373',
      name: 'Tandvården i Skanör AB',
      street: 'Storgatan 1',
      postalCode: '239 30',
      city: 'Skanör',
    },
    contact: { fullName: 'Karin Kanarie', email, phone: '070-174 06 42', password },
  });
  expect(reg.statusCode).toBe(202);
  const mail = await smtp.waitFor(email);
  expect((await post('/api/customers/verify', { token: tokenOf(mail, '/konto/verifiera') })).statusCode).toBe(204);
  const session = (await post('/api/customers/session', { email, password })).cookies.find(
    (c) => c.name === CUSTOMER_COOKIE,
  );
  customer = { cookie: `${CUSTOMER_COOKIE}=${session!.value}` };
  const [contact] = await h.t.database.query<{ id: string; company_id: string }>(
    'select id, company_id from contacts where email = $1',
    [email],
  );
  const db = h.t.database.db;
  const order = await insertTestOrder(db, {
    placedAt: h.t.clock.now(),
    companyId: contact!.company_id,
    contactId: contact!.id,
    contactEmail: email,
  });
  mine = await db.transaction((tx) => createInvoiceForOrder(tx, order.id));
  const guest = await insertTestOrder(db, { placedAt: h.t.clock.now(), contactEmail: 'gast@klinik.example' });
  theirs = await db.transaction((tx) => createInvoiceForOrder(tx, guest.id));
  finance = await createSignedInStaff(h.t, { email: 'ekonomi@kliniksupport.se', roles: ['finance'] });
  marketing = await createSignedInStaff(h.t, { email: 'marknad@kliniksupport.se', roles: ['marketing'] });
}, 120_000);
afterAll(async () => {
  await h.close();
});

const get = (url: string, headers: Record<string, string>) => h.t.app.inject({ method: 'GET', url, headers });

describe('invoice routes', () => {
  it('a customer lists and downloads the company’s own invoices, Swedish or English, and no one else’s', async () => {
    const list = await get('/api/customers/me/invoices', customer);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toEqual([mine.invoiceNumber]);
    const pdf = await get(`/api/customers/me/invoices/${mine.invoiceNumber}/pdf`, customer);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    const sv = await pdfText(pdf.rawPayload);
    expect(sv).toContain(`Fakturanummer ${mine.invoiceNumber}`);
    expect(sv).toContain(`OCR-nummer ${mine.ocr}`);
    const en = await get(`/api/customers/me/invoices/${mine.invoiceNumber}/pdf?lang=en`, customer);
    expect(await pdfText(en.rawPayload)).toContain(`Invoice number ${mine.invoiceNumber}`);
    expect((await get(`/api/customers/me/invoices/${theirs.invoiceNumber}/pdf`, customer)).statusCode).toBe(404);
    expect((await get(`/api/customers/me/invoices/${mine.invoiceNumber}/pdf`, {})).statusCode).toBe(401);
  });

  it('finance reads an invoice PDF through purpose-bound access (logged); marketing may not', async () => {
    const count = async () =>
      (
        await h.t.database.query<{ n: number }>(
          `select count(*)::int as n from access_log where subject_type = 'company' and subject_id = $1 and actor_role = 'finance'`,
          [mine.companyId],
        )
      )[0]!.n;
    const before = await count();
    const res = await get(`/api/staff/invoices/${mine.invoiceNumber}/pdf?purpose=g.legal_obligations`, finance);
    expect(res.statusCode).toBe(200);
    expect(await count()).toBe(before + 1);
    expect((await get(`/api/staff/invoices/${mine.invoiceNumber}/pdf`, marketing)).statusCode).toBe(403);
    const list = await get('/api/staff/invoices?filter=open', finance);
    expect(list.json().items).toHaveLength(2);
  });

  it('finance registers a payment by OCR; a bad reference names the field; other roles are refused', async () => {
    const post = (payload: object, headers: Record<string, string>) =>
      h.t.app.inject({ method: 'POST', url: '/api/staff/invoices/payments', payload, headers });
    const today = h.t.clock.now().toISOString().slice(0, 10);
    const ok = await post({ ocr: theirs.ocr, amountOre: 1000, paidOn: today }, finance);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'partially_paid', paidOre: 1000, voucher: { series: 'B', number: 1 } });
    const wrongDigit = theirs.ocr.slice(0, -1) + String((Number(theirs.ocr.at(-1)) + 1) % 10);
    const bad = await post({ ocr: wrongDigit, amountOre: 1000, paidOn: today }, finance);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([{ field: 'ocr', message: expect.any(String) }]);
    expect((await post({ ocr: theirs.ocr, amountOre: 1000, paidOn: today }, marketing)).statusCode).toBe(403);
  });

  it('finance downloads the SIE 4 export of the year, which the parser accepts', async () => {
    const res = await get('/api/staff/bookkeeping/sie?year=2026', finance);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="kliniksupport-2026.se"');
    const doc = parseSie4(res.rawPayload);
    expect(doc.problems).toEqual([]);
    expect(doc.vouchers.map((v) => `${v.series}${v.number}`)).toEqual(['A1', 'A2', 'B1']);
    expect((await get('/api/staff/bookkeeping/sie?year=2026', marketing)).statusCode).toBe(403);
  });

  it('sends one reminder per stage, 7 and 21 days past due, over SMTP, and none for a paid invoice', async () => {
    const deps = {
      db: h.t.database.db,
      clock: h.t.clock,
      mailer: h.t.rt.mailer,
      publicUrl: 'http://kliniksupport.test',
    };
    h.t.clock.set(`${mine.dueDate}T09:00:00+01:00`);
    expect(await sendDueReminders(deps)).toBe(0);
    h.t.clock.advance({ days: 7 });
    expect(await sendDueReminders(deps)).toBe(2); // this invoice and the guest's
    const first = await h.smtp.waitFor(email, (m) => m.subject.includes(mine.invoiceNumber));
    expect(first.subject).toBe(`Påminnelse: faktura ${mine.invoiceNumber} / Reminder: invoice ${mine.invoiceNumber}`);
    expect(first.text).toContain(`OCR-nummer: ${mine.ocr}`);
    expect(first.text).toContain('Bankgiro: 5050-1055');
    expect(first.text.indexOf('Vi har ännu inte')).toBeLessThan(first.text.indexOf('We have not yet'));
    expect(await sendDueReminders(deps)).toBe(0); // the same day again: nothing
    h.t.clock.advance({ days: 13 });
    expect(await sendDueReminders(deps)).toBe(0);
    // The guest pays in full before the second stage.
    // (The staff session has long expired at this test clock: the service registers it directly.)
    await registerInvoicePayment(h.t.database.db, {
      ocr: theirs.ocr,
      amountOre: theirs.totalIncVatOre - 1000,
      paidOn: h.t.clock.now().toISOString().slice(0, 10),
      registeredBy: null,
      now: h.t.clock.now(),
    });
    h.t.clock.advance({ days: 1 });
    expect(await sendDueReminders(deps)).toBe(1);
    const second = await h.smtp.waitFor(email, (m) => m.subject.includes(mine.invoiceNumber));
    expect(second.subject.startsWith('Andra påminnelse')).toBe(true);
    h.t.clock.advance({ days: 30 });
    expect(await sendDueReminders(deps)).toBe(0);
    const stages = await h.t.database.query<{ stage: number }>(
      'select stage from invoice_reminders where invoice_id = $1 order by stage',
      [mine.id],
    );
    expect(stages).toEqual([{ stage: 7 }, { stage: 21 }]);
  });
});
