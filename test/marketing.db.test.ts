import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import {
  createConsentLedger,
  createSealer,
  currentConsentText,
  hasConsent,
  type ConsentLedger,
} from '#src/modules/marketing/index.ts';
import { buildProspectExtract, registerExtractSchema, runSweep } from '#src/modules/privacy/index.ts';
import { inventory } from '#src/app/inventory.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { createTestApp, type TestApp } from './app.ts';
import { signedInCustomer } from './customers.ts';
import { startTestSmtp, tokenOf, type TestSmtp } from './smtp.ts';

/**
 * §8 and GDPR art. 7: the consent ledger. Sign-up with double opt-in stores nothing before the
 * confirmation; the confirmation records the exact text; withdrawal works at once and the data goes
 * at the next sweep; consent data goes five years after collection; account contacts give and
 * withdraw in the account.
 */
let t: TestApp;
let smtp: TestSmtp;
let ledger: ConsentLedger;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ env: { SMTP_URL: smtp.url }, clock: new TestClock(new Date('2026-03-02T09:00:00Z')) });
  await t.rt.jobs.work();
  ledger = createConsentLedger({ db: t.database.db, clock: t.clock, sealer: createSealer(t.config.marketingTokenKey) });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers });
const signup = (payload: object) => post('/api/marketing/signup', payload);
const confirm = (token: string) => post('/api/marketing/confirm', { token });

/** Row counts of every table of the platform's schema. */
async function counts(): Promise<Record<string, number>> {
  const tables = await t.database.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [r] = await t.database.query<{ n: number }>(`select count(*)::int as n from "${table_name}"`);
    out[table_name] = r!.n;
  }
  return out;
}

const sweep = (asOf: Date) =>
  runSweep(
    { db: t.database.db, targets: retentionTargets, files: t.rt.files, now: () => asOf },
    { asOf, trigger: 'test', batchSize: 50 },
  );

async function signUpAndGetToken(email: string, extra: object = {}) {
  const res = await signup({ email, channels: ['email', 'sms'], ...extra });
  expect(res.statusCode, res.body).toBe(202);
  const mail = await smtp.waitFor(email, (m) => m.subject.includes('Bekräfta din anmälan'));
  return { mail, token: tokenOf(mail, '/nyhetsbrev/bekrafta') };
}

describe('public sign-up with double opt-in', () => {
  it('sends the confirmation link and stores nothing at all until it is confirmed', async () => {
    const before = await counts();
    const email = 'Anna.Prospekt@Klinik.example';
    const { mail, token } = await signUpAndGetToken(email.toLowerCase(), {
      email,
      name: 'Anna Prospekt',
      company: 'Prospektkliniken AB',
      textVersions: { email: currentConsentText('email').version },
    });
    expect(mail.text).toContain('Ingenting har sparats ännu');
    expect(mail.text).toContain('Nothing has been saved yet');
    const after = await counts();
    // The throttle counts the client address (a hash of it, §4e); nothing else changes anywhere.
    // One counter, for the address alone: no key made from the e-mail address.
    expect(after).toEqual({ ...before, throttle_counters: before.throttle_counters! + 1 });
    // Not in the job queue either, and not in the token, the URL or the logs.
    const queued = await t.database.query(`select id from pgboss.job where data::text ilike '%prospekt%'`);
    expect(queued).toEqual([]);
    expect(token.toLowerCase()).not.toContain('prospekt');
    expect(t.logs.join('\n').toLowerCase()).not.toContain('prospekt');
  });

  it('the confirmation registers the prospect and each consent with the exact text version and hash, atomically', async () => {
    const email = 'bertil@klinik.example';
    const { token } = await signUpAndGetToken(email, { name: 'Bertil' });
    const before = await counts();
    t.clock.advance({ hours: 2 });
    const res = await confirm(token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.status).toBe('confirmed');
    expect(body.consents.map((c: { channel: string }) => c.channel).sort()).toEqual(['email', 'sms']);
    const after = await counts();
    expect(after.prospects).toBe(before.prospects! + 1);
    expect(after.consents).toBe(before.consents! + 2);
    const rows = await t.database.query<Record<string, unknown>>(
      `select c.channel, c.text_version, c.text_sha256, c.source, c.method, c.given_at, c.confirmed_at, p.full_name
         from consents c join prospects p on p.id = c.prospect_id where p.email = $1 order by c.channel`,
      [email],
    );
    const sms = currentConsentText('sms');
    expect(rows[1]).toMatchObject({
      channel: 'sms',
      text_version: sms.version,
      text_sha256: sms.sha256,
      source: 'webshop_form',
      method: 'double_opt_in',
      full_name: 'Bertil',
    });
    expect(new Date(rows[1]!.given_at as string).getTime()).toBeLessThan(
      new Date(rows[1]!.confirmed_at as string).getTime(),
    );
    const [p] = await t.database.query<{ id: string }>('select id from prospects where email = $1', [email]);
    expect(await ledger.hasConsent({ prospectId: p!.id }, 'email')).toBe(true);
    expect(await ledger.hasConsent({ prospectId: p!.id }, 'post')).toBe(false);
    expect(await hasConsent(t.database.db, { prospectId: p!.id }, 'sms')).toBe(true);

    // Confirming the same link again creates nothing.
    const again = await confirm(token);
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('already_confirmed');
    expect(await counts()).toEqual(after);

    // The receipt carries the one-click withdrawal link.
    const receipt = await smtp.waitFor(email, (m) => m.subject.includes('ditt samtycke är registrerat'));
    expect(tokenOf(receipt, '/nyhetsbrev/aterkalla')).toBeTruthy();
  });

  it('an event sign-up records the event code', async () => {
    const { token } = await signUpAndGetToken('eva@klinik.example', { source: 'event', eventCode: 'TANDMASSA-2026' });
    expect((await confirm(token)).statusCode).toBe(200);
    const rows = await t.database.query<{ source: string; event_code: string }>(
      `select c.source, c.event_code from consents c join prospects p on p.id = c.prospect_id where p.email = 'eva@klinik.example'`,
    );
    expect(rows).toEqual([
      { source: 'event', event_code: 'TANDMASSA-2026' },
      { source: 'event', event_code: 'TANDMASSA-2026' },
    ]);
  });

  it('a prospect gets their own register extract: the sign-up and each consent with its text version', async () => {
    const { token } = await signUpAndGetToken('frida@klinik.example', { name: 'Frida Prospekt' });
    expect((await confirm(token)).statusCode).toBe(200);
    const [p] = await t.database.query<{ id: string }>(`select id from prospects where email = 'frida@klinik.example'`);
    const x = await buildProspectExtract(
      t.database.db,
      { inventory, targets: retentionTargets, now: t.clock.now() },
      p!.id,
    );
    expect(registerExtractSchema.safeParse(x).error?.issues ?? []).toEqual([]);
    expect(x.subject).toMatchObject({ type: 'consenting_prospect', prospectId: p!.id, contactId: null });
    expect(x.sections.map((s) => s.table).sort()).toEqual(['consents', 'prospects']);
    const text = JSON.stringify(x);
    expect(text).toContain('frida@klinik.example');
    expect(text).toContain('Frida Prospekt');
    expect(x.sections.find((s) => s.table === 'consents')!.rows).toHaveLength(2);
    // Only theirs: another prospect's address is not in it.
    expect(text).not.toContain('eva@klinik.example');
  });

  it('refuses a changed token and an expired one, saying which and storing nothing', async () => {
    const { token } = await signUpAndGetToken('cecilia@klinik.example');
    const before = await counts();
    const raw = Buffer.from(token, 'base64url');
    raw[20] = raw[20]! ^ 1;
    const tampered = await confirm(raw.toString('base64url'));
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().message).toContain('token');
    expect(tampered.json().message).toContain('invalid');
    t.clock.advance({ hours: 49 });
    const expired = await confirm(token);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().message).toContain('expired');
    expect(expired.json().message).not.toContain('cecilia');
    expect(await counts()).toEqual(before);
  });

  it('bad input gets an answer naming the field', async () => {
    const cases: [object, string][] = [
      [{ email: 'inte-en-adress', channels: ['email'] }, 'email'],
      [{ email: 'a@klinik.example', channels: ['fax'] }, 'channels'],
      [{ email: 'a@klinik.example', channels: [] }, 'channels'],
      [{ email: 'a@klinik.example', channels: ['email', 'email'] }, 'channels'],
      [{ email: 'a@klinik.example', channels: ['email'], source: 'event' }, 'eventCode'],
      [{ email: 'a@klinik.example', channels: ['email'], language: 'de' }, 'language'],
      [{ email: 'a@klinik.example', channels: ['email'], phone: '070' }, 'phone'],
    ];
    for (const [payload, field] of cases) {
      const res = await signup(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().message).toContain(field);
    }
    const stale = await signup({ email: 'a@klinik.example', channels: ['email'], textVersions: { email: 'old' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('textVersions');
    expect((await confirm('')).statusCode).toBe(400);
  });
});

describe('withdrawal and retention', () => {
  it('a withdrawal by link is effective at once, and the data is deleted at the next sweep', async () => {
    const email = 'david@klinik.example';
    const { token } = await signUpAndGetToken(email);
    const confirmed = (await confirm(token)).json();
    const [p] = await t.database.query<{ id: string }>('select id from prospects where email = $1', [email]);
    const receipt = await smtp.waitFor(email, (m) => m.subject.includes('ditt samtycke är registrerat'));
    const withdrawToken = tokenOf(receipt, '/nyhetsbrev/aterkalla');
    expect(typeof confirmed.withdrawToken).toBe('string');

    const res = await post('/api/marketing/withdraw', { token: withdrawToken });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ status: 'withdrawn', withdrawn: 2 });
    expect(await ledger.hasConsent({ prospectId: p!.id }, 'email')).toBe(false);
    expect(await ledger.hasConsent({ prospectId: p!.id }, 'sms')).toBe(false);
    // Again: nothing more to do.
    expect((await post('/api/marketing/withdraw', { token: withdrawToken })).json()).toEqual({
      status: 'withdrawn',
      withdrawn: 0,
    });
    expect((await post('/api/marketing/withdraw', { token: token })).statusCode).toBe(400);

    // Others stay; the withdrawn prospect and its consents go at the next sweep.
    t.clock.advance({ minutes: 1 });
    await sweep(t.clock.now());
    expect(await t.database.query('select id from prospects where id = $1', [p!.id])).toEqual([]);
    expect(await t.database.query('select id from consents where prospect_id = $1', [p!.id])).toEqual([]);
    expect(await t.database.query(`select id from prospects where email = 'bertil@klinik.example'`)).toHaveLength(1);
  });

  it('consent-based data is deleted five years after it was collected', async () => {
    const email = 'erik@klinik.example';
    const { token } = await signUpAndGetToken(email);
    expect((await confirm(token)).statusCode).toBe(200);
    const [p] = await t.database.query<{ id: string; collected_at: string }>(
      'select id, collected_at from prospects where email = $1',
      [email],
    );
    const collected = new Date(p!.collected_at);
    const fiveYears = new Date(collected);
    fiveYears.setUTCFullYear(fiveYears.getUTCFullYear() + 5);
    await sweep(new Date(fiveYears.getTime() - 24 * 3600_000));
    expect(await t.database.query('select id from prospects where id = $1', [p!.id])).toHaveLength(1);
    await sweep(new Date(fiveYears.getTime() + 24 * 3600_000));
    expect(await t.database.query('select id from prospects where id = $1', [p!.id])).toEqual([]);
    expect(await t.database.query('select id from consents where prospect_id = $1', [p!.id])).toEqual([]);
  });
});

describe('consents in the account', () => {
  it('a signed-in contact gives and withdraws consents; the withdrawn row goes at the next sweep', async () => {
    const me = await signedInCustomer(t, 'samtycke');
    const other = await signedInCustomer(t, 'annan-samtycke');
    const give = await post(
      '/api/customers/me/consents',
      { channels: ['email', 'post'], textVersions: { email: currentConsentText('email').version } },
      me.headers,
    );
    expect(give.statusCode, give.body).toBe(201);
    const items = give.json().items as { id: string; channel: string; textVersion: string; source: string }[];
    expect(items.map((i) => [i.channel, i.source])).toEqual([
      ['email', 'account'],
      ['post', 'account'],
    ]);
    expect(items[0]!.textVersion).toBe(currentConsentText('email').version);
    // Giving again adds nothing.
    await post('/api/customers/me/consents', { channels: ['email'] }, me.headers);
    const list = await t.app.inject({ url: '/api/customers/me/consents', headers: me.headers });
    expect(list.json().items).toHaveLength(2);
    expect(list.json().items[0].text.sv).toContain('Jag samtycker');
    expect(await ledger.hasConsent({ contactId: me.contactId }, 'email')).toBe(true);

    // Another contact cannot withdraw mine.
    const email = items.find((i) => i.channel === 'email')!;
    expect((await post(`/api/customers/me/consents/${email.id}/withdraw`, {}, other.headers)).statusCode).toBe(404);
    const w = await post(`/api/customers/me/consents/${email.id}/withdraw`, {}, me.headers);
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().items.find((i: { id: string }) => i.id === email.id).withdrawnAt).toBeTruthy();
    expect(await ledger.hasConsent({ contactId: me.contactId }, 'email')).toBe(false);
    expect(await ledger.hasConsent({ contactId: me.contactId }, 'post')).toBe(true);

    t.clock.advance({ minutes: 1 });
    await sweep(t.clock.now());
    const left = await t.app.inject({ url: '/api/customers/me/consents', headers: me.headers });
    expect(left.json().items.map((i: { channel: string }) => i.channel)).toEqual(['post']);
  });

  it('needs a signed-in customer and names bad fields', async () => {
    expect((await t.app.inject({ url: '/api/customers/me/consents' })).statusCode).toBe(401);
    const me = await signedInCustomer(t, 'falt');
    const bad = await post('/api/customers/me/consents', { channels: ['fax'] }, me.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('channels');
    const notId = await post('/api/customers/me/consents/123/withdraw', {}, me.headers);
    expect(notId.statusCode).toBe(400);
    expect(notId.json().message).toContain('id');
  });
});
