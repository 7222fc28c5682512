import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '#src/modules/privacy/index.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { TestClock } from '#src/platform/clock/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { signedInCustomer } from './customers.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';
import { createSignedInStaff, signInStaff } from './staff.ts';

/** Policy §10, GDPR art. 12: a written, signed request in the privacy officer's back office. */
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n% skannat brev\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('%%EOF\n'),
]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const GIF = Buffer.from('GIF89a skannat brev');
const b64 = (b: Buffer) => b.toString('base64');
const PNR = '19811218-9876';

let t: TestApp;
let smtp: TestSmtp;
let filesDir: string;
let officer: { cookie: string; staffId: string; password: string };
let support: { cookie: string };
let anna: Awaited<ReturnType<typeof signedInCustomer>>;

beforeAll(async () => {
  smtp = await startTestSmtp();
  filesDir = await mkdtemp(path.join(os.tmpdir(), 'ks-requests-files-'));
  t = await createTestApp({
    env: { SMTP_URL: smtp.url, FILES_DIR: filesDir },
    clock: new TestClock('2026-03-02T09:00:00Z'),
  });
  await t.rt.jobs.work();
  const o = await createSignedInStaff(t, { email: 'dpo@kliniksupport.test', roles: ['privacy_officer'] });
  officer = { cookie: o.cookie, staffId: o.staffId, password: o.password };
  support = (await createSignedInStaff(t, { email: 'ks@kliniksupport.test', roles: ['customer_service'] })).headers;
  anna = await signedInCustomer(t, 'brev');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await rm(filesDir, { recursive: true, force: true });
});

const call = (method: 'GET' | 'POST', url: string, payload?: object, who: { cookie: string } | null = officer) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });
const count = async (table: string) =>
  Number((await t.database.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]!.n);
const letterBody = (extra: object = {}) => ({
  kind: 'access',
  contactId: anna.contactId,
  receivedAt: '2026-02-27',
  language: 'sv',
  scan: b64(PDF),
  ...extra,
});
async function registered(extra: object = {}) {
  const res = await call('POST', '/api/privacy/requests/letter', letterBody(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; due: string; status: string }>();
}
const detail = async (id: string) => {
  const res = await call('GET', `/api/privacy/requests/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    request: { status: string; due: string | null; pausedSince: string | null; extended: boolean };
    verifications: {
      id: string;
      method: string;
      status: string;
      personnummerGiven: boolean;
      completedBy: string | null;
    }[];
    attachments: { id: string; mediaType: string; bytes: number }[];
    letters: { kind: string; language: string; delivery: string; items: string[] }[];
  }>();
};

describe('the privacy officer’s back office for written requests', () => {
  it('is for the privacy officer only: 401 without a session, 403 for other staff roles', async () => {
    const id = (await registered({ kind: 'rectification' })).id;
    for (const who of [null, support]) {
      const expected = who ? 403 : 401;
      expect((await call('POST', '/api/privacy/requests/letter', letterBody(), who)).statusCode).toBe(expected);
      expect((await call('GET', `/api/privacy/requests/${id}`, undefined, who)).statusCode).toBe(expected);
      expect((await call('GET', `/api/privacy/requests/${id}/extract`, undefined, who)).statusCode).toBe(expected);
      expect(
        (await call('POST', `/api/privacy/requests/${id}/verifications`, { method: 'signed_letter' }, who)).statusCode,
      ).toBe(expected);
      expect(
        (await call('POST', `/api/privacy/requests/${id}/supplementary`, { items: ['scope'] }, who)).statusCode,
      ).toBe(expected);
      expect((await call('POST', `/api/privacy/requests/${id}/attachments`, { file: b64(PNG) }, who)).statusCode).toBe(
        expected,
      );
    }
  });

  it('registers a letter with its scan and acknowledges it by e-mail; the scan is served to the officer and the read logged', async () => {
    const before = await t.rt.files.list();
    const req = await registered();
    // Received 27 February: due one calendar month later.
    expect(req).toMatchObject({ status: 'received', due: '2026-03-27' });
    const d = await detail(req.id);
    expect(d.attachments).toEqual([expect.objectContaining({ mediaType: 'application/pdf', bytes: PDF.length })]);
    expect(d.letters).toEqual([
      expect.objectContaining({ kind: 'acknowledgement', language: 'sv', delivery: 'email' }),
    ]);
    expect((await t.rt.files.list()).length).toBe(before.length + 1);
    const mail = await smtp.waitFor('kund-brev@klinik.example', (m) => m.text.includes(req.id));
    expect(mail.subject).toContain('Vi har tagit emot din begäran');

    const file = await call('GET', `/api/privacy/requests/${req.id}/attachments/${d.attachments[0]!.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const logged = await t.database.query<{ action: string; actor_role: string }>(
      `select action, actor_role from access_log where subject_id = $1 and action = 'read'`,
      [anna.contactId],
    );
    expect(logged).toContainEqual({ action: 'read', actor_role: 'privacy_officer' });
  });

  it('refuses a scan of another type, an empty or an oversize one, naming the field, and writes nothing', async () => {
    const rows = await count('rights_requests');
    const scans = await count('rights_request_attachments');
    const files = await t.rt.files.list();
    const tooBig = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    for (const scan of [b64(GIF), b64(Buffer.from('hej')), 'inte base64!', b64(tooBig)]) {
      const res = await call('POST', '/api/privacy/requests/letter', letterBody({ scan }));
      expect(res.statusCode, res.body.slice(0, 200)).toBe(400);
      // Named by the body's schema (`body.scan`) or by the check of its bytes (`scan`).
      expect(res.json().fields.map((f: { field: string }) => f.field.split('.').pop())).toEqual(['scan']);
    }
    // A good scan but an unknown person: refused too, and the scan written first is gone again.
    const unknown = await call(
      'POST',
      '/api/privacy/requests/letter',
      letterBody({ contactId: '00000000-0000-4000-8000-000000000009' }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0].field).toBe('contactId');
    expect(await count('rights_requests')).toBe(rows);
    expect(await count('rights_request_attachments')).toBe(scans);
    expect(await t.rt.files.list()).toEqual(files);
  });

  it('records how identity was verified; a personnummer is kept only as a keyed hash, never shown or logged', async () => {
    const req = await registered({ kind: 'portability' });
    const started = await call('POST', `/api/privacy/requests/${req.id}/verifications`, { method: 'signed_letter' });
    expect(started.statusCode, started.body).toBe(201);
    const { verification, instructions } = started.json();
    expect(verification.status).toBe('pending');
    expect(instructions.sv).toContain('namnteckning');

    const wrong = await call('POST', `/api/privacy/requests/${req.id}/verifications/${verification.id}`, {
      outcome: 'verified',
      personnummer: '811218-9875',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0].field).toBe('personnummer');
    expect(wrong.body).not.toContain('9875');

    const done = await call('POST', `/api/privacy/requests/${req.id}/verifications/${verification.id}`, {
      outcome: 'verified',
      personnummer: PNR,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'verified', personnummerGiven: true, completedBy: officer.staffId });
    expect(done.body).not.toMatch(/8112189876|811218/);
    const again = await call('POST', `/api/privacy/requests/${req.id}/verifications/${verification.id}`, {
      outcome: 'failed',
    });
    expect(again.statusCode).toBe(409);

    // The table holds the HMAC of the 12-digit form, and the digits nowhere.
    const dump = await t.database.query<{ row: string }>(
      'select row_to_json(v)::text as row from rights_request_verifications v',
    );
    const text = dump.map((r) => r.row).join('\n');
    expect(text).not.toMatch(/8112189876|811218/);
    const expected = createHmac('sha256', t.config.personnummerHmacKey).update('198112189876').digest('hex');
    expect(text).toContain(expected);
    expect(JSON.stringify(await detail(req.id))).not.toContain(expected);
    expect(t.logs.join('\n')).not.toMatch(/8112189876|811218/);
  });

  it('verifies by a fresh sign-in to the account: pending until the person signs in after it was started', async () => {
    const req = await registered({ kind: 'restriction' });
    const started = (
      await call('POST', `/api/privacy/requests/${req.id}/verifications`, { method: 'account_session' })
    ).json();
    const collect = () => call('POST', `/api/privacy/requests/${req.id}/verifications/${started.verification.id}`, {});
    expect((await collect()).json().status).toBe('pending');
    t.clock.advance({ minutes: 5 });
    await anna.signIn();
    const done = await collect();
    expect(done.json()).toMatchObject({ status: 'verified', method: 'account_session' });
  });

  it('asks for supplementary information by letter: the clock stops, and resuming moves the due date', async () => {
    const req = await registered({ kind: 'objection', language: 'en' });
    expect(req.due).toBe('2026-03-27');
    const asked = await call('POST', `/api/privacy/requests/${req.id}/supplementary`, {
      items: ['scope', 'which_account'],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'awaiting_identity', due: null });
    const mail = await smtp.waitFor('kund-brev@klinik.example', (m) => m.subject.startsWith('We need more from you'));
    expect(mail.text).toContain('which data or which period the request concerns');
    expect(mail.text).toContain(req.id);
    const d = await detail(req.id);
    expect(d.letters.map((l) => [l.kind, l.language, l.items])).toContainEqual([
      'supplementary_information',
      'en',
      ['scope', 'which_account'],
    ]);

    t.clock.advance({ days: 10 });
    officer.cookie = (await signInStaff(t, 'dpo@kliniksupport.test', officer.password)).cookie;
    const resumed = await call('POST', `/api/privacy/requests/${req.id}/resume`);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({ status: 'in_progress', due: '2026-04-06', pausedDays: 10 });
  });

  it('an extension sends the person the reason and the new due date, and records the letter', async () => {
    const req = await registered({ kind: 'erasure', receivedAt: t.clock.now().toISOString().slice(0, 10) });
    const ext = await call('POST', `/api/privacy/requests/${req.id}/extend`, { reason: 'complexity' });
    expect(ext.statusCode, ext.body).toBe(200);
    const due = ext.json().due as string;
    const mail = await smtp.waitFor('kund-brev@klinik.example', (m) => m.subject.includes('Vi behöver mer tid'));
    expect(mail.text).toContain('Begäran är komplicerad');
    expect(mail.text).toContain(due);
    expect((await detail(req.id)).letters.map((l) => l.kind)).toEqual(['acknowledgement', 'extension']);
  });

  it('downloads the person’s register extract as JSON and PDF, each download in the access log', async () => {
    const req = await registered({ kind: 'access', receivedAt: t.clock.now().toISOString().slice(0, 10) });
    const exports = async () =>
      (
        await t.database.query<{ n: string }>(
          `select count(*)::text as n from access_log where subject_id = $1 and action = 'export' and actor_role = 'privacy_officer' and purpose = 'g.legal_obligations'`,
          [anna.contactId],
        )
      )[0]!.n;
    const before = Number(await exports());
    const json = await call('GET', `/api/privacy/requests/${req.id}/extract?format=json`);
    expect(json.statusCode, json.body.slice(0, 200)).toBe(200);
    expect(json.json()).toMatchObject({
      format: 'kliniksupport.register-extract',
      subject: { contactId: anna.contactId },
    });
    const pdf = await call('GET', `/api/privacy/requests/${req.id}/extract?format=pdf&lang=en`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(await exports())).toBe(before + 2);
  });

  it('the scans go when the request is closed: the sweep deletes the row and the file', async () => {
    const req = await registered({ kind: 'consent_withdrawal', receivedAt: t.clock.now().toISOString().slice(0, 10) });
    await call('POST', `/api/privacy/requests/${req.id}/attachments`, { file: b64(PNG) });
    expect((await detail(req.id)).attachments).toHaveLength(2);
    const files = (await t.rt.files.list()).length;
    expect((await call('POST', `/api/privacy/requests/${req.id}/complete`)).statusCode).toBe(200);
    t.clock.advance({ days: 1 });
    officer.cookie = (await signInStaff(t, 'dpo@kliniksupport.test', officer.password)).cookie;
    const now = t.clock.now();
    await runSweep(
      { db: t.database.db, targets: retentionTargets, files: t.rt.files, now: () => now },
      { asOf: now, trigger: 'test' },
    );
    expect((await detail(req.id)).attachments).toEqual([]);
    expect((await t.rt.files.list()).length).toBe(files - 2);
    expect((await detail(req.id)).request.status).toBe('completed');
  });
});
