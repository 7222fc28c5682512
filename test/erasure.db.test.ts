import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import { retentionRules } from '#src/modules/policy/index.ts';
import { eq } from 'drizzle-orm';
import { companies } from '#src/modules/customers/index.ts';
import {
  createObjections,
  createPurposeAccess,
  createSuppressions,
  restrictionCheck,
  type ErasurePlan,
} from '#src/modules/privacy/index.ts';
import { inventory } from '#src/app/inventory.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createSignedInStaff } from './staff.ts';
import { startTestSmtp, type TestSmtp } from './smtp.ts';
import { insertPurchases, type Purchases } from './purchases.ts';

/**
 * Erasure end to end (GDPR art. 17, 18, 19; policy §10): the officer sees the plan, approves it;
 * afterwards a scan of every table and of the files folder finds none of the person's data outside
 * the declared legal holds, each kept column a category the holding law needs; the letter lists the
 * holds with their dates; recipients are told; the refusal of marketing lives on as a keyed hash.
 */
let t: TestApp;
let smtp: TestSmtp;
let me: Purchases;
let other: Purchases;
let officer: { headers: { cookie: string } };
let requestId: string;
let invoicesBefore = 0;
const now = new Date('2026-12-04T10:00:00Z');

const q = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
  t.database.query<T>(text, params);

async function tableCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const inv of inventory)
    out[inv.table] = Number((await q<{ n: number }>(`select count(*)::int as n from ${inv.table}`))[0]!.n);
  return out;
}

/** Every (table, column) whose text holds `value`, over every table of the database. */
async function scan(value: string): Promise<{ table: string; column: string; rows: number }[]> {
  const cols = await q<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
     where table_schema = current_schema() and table_name not like 'pgboss%' order by 1, 2`,
  );
  const hits: { table: string; column: string; rows: number }[] = [];
  for (const c of cols) {
    const [r] = await q<{ n: number }>(
      `select count(*)::int as n from "${c.table_name}" where "${c.column_name}"::text ilike $1`,
      [`%${value}%`],
    );
    if (Number(r!.n) > 0) hits.push({ table: c.table_name, column: c.column_name, rows: Number(r!.n) });
  }
  return hits;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    env: { SMTP_URL: smtp.url, RECIPIENT_NOTICES: 'carriers=integritet@transport.example' },
    clock: new TestClock(now),
  });
  await t.rt.jobs.work();
  const history = { count: 14, from: new Date('2021-02-01T09:00:00Z'), stepMinutes: 60 * 24 * 135, paidEvery: 2 };
  me = await insertPurchases(t.database, { tag: 'erase', ...history, cardEvery: 3, deviceEvery: 2, implantEvery: 4 });
  other = await insertPurchases(t.database, { tag: 'stay', ...history, cardEvery: 3, deviceEvery: 2 });
  // The person objected to e-mail marketing; a carrier received their delivery details.
  await q(
    `insert into objections (subject_type, subject_id, kind, channel, source, recorded_at)
     values ('contact', $1, 'direct_marketing', 'email', 'account', $2)`,
    [me.contactId, now],
  );
  await q(
    `insert into disclosures (at, recipient, purpose, categories, subject_type, subject_id, reference)
     values ($1, 'carriers', 'a.orders', array['full_name','address'], 'contact', $2, 'order:erase-13')`,
    [now, me.contactId],
  );
  officer = await createSignedInStaff(t, { email: 'dpo@kliniksupport.example', roles: ['privacy_officer'] });
  const reg = await t.app.inject({
    method: 'POST',
    url: '/api/privacy/requests',
    headers: officer.headers,
    payload: { kind: 'erasure', contactId: me.contactId, receivedAt: '2026-12-01' },
  });
  expect(reg.statusCode).toBe(201);
  requestId = reg.json().id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const getPlan = async (): Promise<ErasurePlan> => {
  const res = await t.app.inject({ url: `/api/privacy/requests/${requestId}/erasure-plan`, headers: officer.headers });
  expect(
    res.statusCode,
    res.statusCode === 500 ? t.logs.filter((l) => l.includes('failed')).join('\n') : res.body,
  ).toBe(200);
  return res.json();
};
const approve = (planHash: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/privacy/requests/${requestId}/erasure`,
    headers: officer.headers,
    payload: { planHash },
  });

describe('erasure', () => {
  let plan: ErasurePlan;
  let before: Record<string, number>;

  it('shows the plan: what goes, what a law keeps minimised until when, who is told', async () => {
    plan = await getPlan();
    const erased = Object.fromEntries(plan.erase.map((e) => [e.table, e.rows]));
    expect(erased).toMatchObject({ usage_events: 14, security_events: 14, contacts: 1, objections: 1 });
    // Paid orders go (their invoices and vouchers stay); orders with an unpaid invoice are a claim.
    const [claims] = await q<{ n: number }>(
      `select count(distinct o.id)::int as n from orders o join invoices i on i.order_id = o.id
       where o.contact_id = $1 and i.status in ('unpaid', 'partially_paid')`,
      [me.contactId],
    );
    expect(Number(claims!.n)).toBeGreaterThan(0);
    expect(erased.orders).toBe(14 - Number(claims!.n));
    const kept = [...plan.minimise, ...plan.keep];
    const laws = (table: string) => kept.filter((k) => k.table === table).flatMap((k) => k.laws.map((l) => l.rule));
    expect(laws('invoices')).toContain('bfl_accounting');
    expect(laws('orders')).toEqual(['legal_claim']);
    expect(laws('device_supplies').sort()).toEqual(['mdr_device_supply', 'mdr_implantable_supply']);
    // The latest invoice (2025) is kept to the end of the seventh year after its fiscal year.
    const bfl = kept.find((k) => k.table === 'invoices')!.laws.find((l) => l.rule === 'bfl_accounting')!;
    expect(bfl.until).toBe('2032-12-31');
    expect(plan.recipients).toEqual([expect.objectContaining({ id: 'carriers', disclosures: 1 })]);
    expect(plan.suppression).toBe(true);
    expect(plan.subject).toMatchObject({ contactId: me.contactId, lastContact: true });
  });

  it('runs only the plan shown: changed data → 409 with the new plan, nothing written', async () => {
    await q(`insert into usage_events (contact_id, kind, subject, occurred_at) values ($1, 'search', 'sprutor', $2)`, [
      me.contactId,
      now,
    ]);
    before = await tableCounts();
    invoicesBefore = Number(
      (await q<{ n: number }>(`select count(*)::int as n from invoices where buyer_org_nr = $1`, [me.orgNr]))[0]!.n,
    );
    const res = await approve(plan.planHash);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('plan_changed');
    expect(res.json().plan.erase.find((e: { table: string }) => e.table === 'usage_events').rows).toBe(15);
    expect(await tableCounts()).toEqual(before);
    plan = res.json().plan;
  });

  it('is all or nothing: a failure at the last table leaves every row as it was', async () => {
    // Contacts are deleted late (everything pointing at them goes first): fail there.
    await q(`create function erasure_test_fail() returns trigger language plpgsql as $$
             begin raise exception 'disk full'; end $$`);
    await q(
      `create trigger erasure_test_fail before delete on contacts for each row execute function erasure_test_fail()`,
    );
    const res = await approve(plan.planHash);
    expect(res.statusCode).toBe(500);
    expect(await tableCounts()).toEqual(before);
    const [request] = await q<{ status: string }>('select status from rights_requests where id = $1', [requestId]);
    expect(request!.status).not.toBe('completed');
    await q('drop trigger erasure_test_fail on contacts');
    await q('drop function erasure_test_fail()');
  });

  it('erases in one go, and a second approval returns the first result', async () => {
    const res = await approve(plan.planHash);
    expect(res.statusCode, t.logs.filter((l) => l.includes('failed')).join('\n')).toBe(200);
    expect(res.json()).toMatchObject({ status: 'completed', letterQueued: true });
    const again = await approve(plan.planHash);
    expect(again.json()).toEqual(res.json());
    const [request] = await q<{ status: string }>('select status from rights_requests where id = $1', [requestId]);
    expect(request!.status).toBe('completed');
    expect(await q('select 1 from contacts where id = $1', [me.contactId])).toEqual([]);
  });

  it('leaves no personal data outside the declared holds, and only what the holding law needs', async () => {
    const restricted = await q<{ table_name: string; rule: string }>('select table_name, rule from restrictions');
    const rulesOf = (table: string) => restricted.filter((r) => r.table_name === table).map((r) => r.rule);
    const lawCategories = (rules: string[]) =>
      new Set(rules.flatMap((r) => (retentionRules.find((x) => x.id === r)?.categories ?? []) as string[]));
    const problems: string[] = [];
    for (const value of [me.email, 'Kund erase', 'Klinik erase AB', me.orgNr]) {
      for (const hit of await scan(value)) {
        const inv = inventory.find((i) => i.table === hit.table);
        const category = inv?.personal[hit.column]?.category;
        if (!category || !lawCategories(rulesOf(hit.table)).has(category))
          problems.push(`${hit.table}.${hit.column} holds "${value}"`);
      }
    }
    expect(problems).toEqual([]);
    // The person's id is left only in accountability records and restrictions (no one's data).
    const idHits = (await scan(me.contactId)).filter(
      (h) => inventory.find((i) => i.table === h.table)?.scope !== 'accountability',
    );
    expect(idHits).toEqual([]);
    // Kept rows lost what the law does not need: orders under a claim keep their buyer, nothing else goes unchecked.
    const [kept] = await q<{ n: number }>(`select count(*)::int as n from invoices where buyer_org_nr = $1`, [
      me.orgNr,
    ]);
    expect(Number(kept!.n)).toBe(invoicesBefore);
    // The files folder holds nothing of theirs.
    const files = await readdir(t.rt.config.filesDir, { recursive: true }).catch(() => [] as string[]);
    for (const f of files) {
      const text = await readFile(path.join(t.rt.config.filesDir, f)).catch(() => Buffer.alloc(0));
      expect(text.includes(me.email)).toBe(false);
    }
  });

  it('leaves the other customer untouched', async () => {
    const [n] = await q<{ orders: number; usage: number }>(
      `select (select count(*)::int from orders where contact_id = $1) as orders,
              (select count(*)::int from usage_events where contact_id = $1) as usage`,
      [other.contactId],
    );
    expect(n).toEqual({ orders: 14, usage: 14 });
  });

  it('sends the letter with the holds and their dates, and tells the recipients', async () => {
    const letter = await smtp.waitFor(me.email, (m) => m.subject.includes('raderade'));
    expect(letter.subject).toContain('Dina personuppgifter är raderade');
    expect(letter.text).toContain('Bokföringslagen (1999:1078) 7 kap. 2 §');
    expect(letter.text).toContain('till och med 2032-12-31');
    expect(letter.text).toContain('tills anspråket är avgjort');
    expect(letter.text).toContain('Integritetsskyddsmyndigheten');
    const notice = await smtp.waitFor('integritet@transport.example');
    expect(notice.text).toContain('order:erase-13');
    expect(notice.text).not.toContain(me.email);
    const [recorded] = await q<{ recipient: string }>('select recipient from recipient_notices where request_id = $1', [
      requestId,
    ]);
    expect(recorded!.recipient).toBe('carriers');
  });

  it('keeps the refusal of marketing as a keyed hash only', async () => {
    const s = createSuppressions({ db: t.database.db, clock: t.clock, key: t.rt.config.pseudonymKey });
    expect(await s.mayMarket(me.email, 'email')).toBe(false);
    expect(await s.mayMarket(other.email, 'email')).toBe(true);
    // The address is left only where a claim keeps it (restricted), never on the suppression list.
    const restricted = new Set((await q<{ t: string }>('select table_name as t from restrictions')).map((r) => r.t));
    expect((await scan(me.email)).filter((h) => !restricted.has(h.table))).toEqual([]);
    // The person comes back with a new account: it starts clean, but e-mail marketing stays off.
    const [company] = await q<{ id: string }>(
      `insert into companies (org_nr, name, legal_form, natural_person, street, postal_code, city, created_at)
       values ('5591234560', 'Ny klinik AB', 'Aktiebolag', false, 'Gatan 1', '11111', 'Stockholm', $1) returning id`,
      [now],
    );
    const [again] = await q<{ id: string }>(
      `insert into contacts (company_id, full_name, email, created_at) values ($1, 'Ny', $2, $3) returning id`,
      [company!.id, me.email, now],
    );
    const objections = createObjections({ db: t.database.db, clock: t.clock, suppressions: s });
    expect(await objections.list({ contactId: again!.id })).toEqual([]);
    expect(await objections.mayMarket({ contactId: again!.id }, 'email')).toBe(false);
    expect(await objections.mayMarket({ contactId: again!.id }, 'sms')).toBe(true);
  });

  it('restricts what was kept: only the law’s purpose may use it (art. 18)', async () => {
    const access = createPurposeAccess({ log: t.rt.accessLog, restricted: restrictionCheck(t.database.db, t.clock) });
    const read = (roles: string[], purpose: 'a.orders' | 'g.legal_obligations') =>
      access.read(
        {
          actor: { staffId: crypto.randomUUID(), roles, ip: null },
          purpose,
          subject: { type: 'company', id: me.companyId },
          tables: { company: inventory.find((i) => i.table === 'companies')! },
        },
        async () => ({
          company: (await t.database.db.select().from(companies).where(eq(companies.id, me.companyId)))[0] ?? null,
        }),
      );
    await expect(read(['order_administration'], 'a.orders')).rejects.toThrow(/GDPR art. 18/);
    const kept = await read(['finance'], 'g.legal_obligations');
    expect(kept?.company).toMatchObject({ orgNr: me.orgNr });
  });
});
