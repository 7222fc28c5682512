import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companies, contacts, customersInventory } from '#src/modules/customers/index.ts';
import {
  categoriesOfRole,
  purposes,
  purposesOfRole,
  roles,
  type PurposeId,
  type RoleId,
} from '#src/modules/policy/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createSignedInStaff } from './staff.ts';

const PASSWORD = 'behovsprövad åtkomst 2026';
const [companyInv, contactInv] = customersInventory;

/** The personal fields a role may see for a purpose, by table, from the policy and the inventory. */
function expectedFields(role: RoleId, purpose: PurposeId, inv: typeof contactInv) {
  const allowed = new Set(categoriesOfRole(role, purpose));
  return Object.entries(inv!.byKey)
    .filter(([, d]) => typeof d === 'object' && allowed.has(d.category) && d.purposes.includes(purpose))
    .map(([k]) => k)
    .sort();
}
const personalKeys = (row: Record<string, unknown>, inv: typeof contactInv) =>
  Object.keys(row)
    .filter((k) => typeof inv!.byKey[k] !== 'string')
    .sort();

describe('need-to-know: every role × every staff customer route × every purpose', () => {
  let t: TestApp;
  const cookies = new Map<RoleId, string>();
  let contactId = '';
  beforeAll(async () => {
    t = await createTestApp();
    for (const r of roles) {
      const s = await createSignedInStaff(t, {
        email: `${r.id}@kliniksupport.test`,
        displayName: r.id,
        roles: [r.id],
        password: PASSWORD,
      });
      cookies.set(r.id, s.cookie);
    }
    const [company] = await t.database.db
      .insert(companies)
      .values({
        orgNr: '5569403339',
        name: 'Behovskliniken AB',
        legalForm: 'Aktiebolag',
        naturalPerson: false,
        street: 'Gatan 1',
        postalCode: '23941',
        city: 'Falsterbo',
        createdAt: t.clock.now(),
      })
      .returning();
    const [contact] = await t.database.db
      .insert(contacts)
      .values({
        companyId: company!.id,
        fullName: 'Berit Behov',
        email: 'berit@behov.example',
        phone: '0701740650',
        createdAt: t.clock.now(),
      })
      .returning();
    contactId = contact!.id;
  });
  afterAll(async () => t.close());

  const logCount = async () =>
    Number((await t.database.query<{ n: number }>('select count(*)::int as n from access_log'))[0]!.n);

  for (const role of roles.map((r) => r.id)) {
    for (const purpose of purposes.map((p) => p.id)) {
      const allowed = (purposesOfRole(role) as readonly string[]).includes(purpose);
      it(`${role} for ${purpose}: ${allowed ? 'only the fields the purpose allows, logged' : 'refused'}`, async () => {
        const before = await logCount();
        const detail = await t.app.inject({
          url: `/api/staff/customers/contacts/${contactId}?purpose=${purpose}`,
          headers: { cookie: cookies.get(role)! },
        });
        const search = await t.app.inject({
          method: 'POST',
          url: '/api/staff/customers/search',
          headers: { cookie: cookies.get(role)! },
          payload: { query: 'Behov', purpose },
        });
        if (!allowed) {
          expect(detail.statusCode).toBe(403);
          expect(search.statusCode).toBe(403);
          expect(await logCount()).toBe(before);
          return;
        }
        expect(detail.statusCode).toBe(200);
        expect(detail.headers['cache-control']).toBe('no-store');
        const body = detail.json() as { contact: Record<string, unknown>; company: Record<string, unknown> };
        expect(body.contact).not.toHaveProperty('passwordHash');
        expect(personalKeys(body.contact, contactInv)).toEqual(expectedFields(role, purpose, contactInv));
        expect(personalKeys(body.company, companyInv)).toEqual(expectedFields(role, purpose, companyInv));
        expect(search.statusCode).toBe(200);
        const items = (search.json() as { items: (typeof body)[] }).items;
        expect(items).toHaveLength(1);
        expect(personalKeys(items[0]!.contact, contactInv)).toEqual(expectedFields(role, purpose, contactInv));
        const handedOut =
          expectedFields(role, purpose, contactInv).length + expectedFields(role, purpose, companyInv).length;
        const entries = await t.database.query<{
          actor_role: string;
          purpose: string;
          subject_id: string;
          categories: string[];
        }>('select actor_role, purpose, subject_id, categories from access_log where seq > $1 order by seq', [before]);
        expect(entries).toHaveLength(handedOut > 0 ? 2 : 0);
        for (const e of entries) expect(e).toMatchObject({ actor_role: role, purpose, subject_id: contactId });
      });
    }
  }

  it('a search logs one entry per contact it hands out, for the contacts it hands out', async () => {
    const [company] = await t.database.db.select().from(companies).limit(1);
    const more = await t.database.db
      .insert(contacts)
      .values(
        ['Sökbar Ett', 'Sökbar Två', 'Sökbar Tre'].map((fullName, i) => ({
          companyId: company!.id,
          fullName,
          email: `sokbar${i}@behov.example`,
          createdAt: t.clock.now(),
        })),
      )
      .returning({ id: contacts.id });
    const before = await logCount();
    const search = await t.app.inject({
      method: 'POST',
      url: '/api/staff/customers/search',
      headers: { cookie: cookies.get('customer_service')! },
      payload: { query: 'Sökbar', purpose: 'b.customer_service' },
    });
    const items = (search.json() as { items: { contact: { id: string } }[] }).items;
    expect(items.map((i) => i.contact.id).sort()).toEqual(more.map((c) => c.id).sort());
    const logged = await t.database.query<{ subject_id: string }>(
      'select subject_id from access_log where seq > $1 order by seq',
      [before],
    );
    expect(logged.map((e) => e.subject_id).sort()).toEqual(more.map((c) => c.id).sort());
  });

  it('field-level examples: marketing gets no phone for personal offers; security sees only the e-mail', async () => {
    const offers = (
      await t.app.inject({
        url: `/api/staff/customers/contacts/${contactId}?purpose=6.personal_offers`,
        headers: { cookie: cookies.get('marketing')! },
      })
    ).json();
    expect(offers.contact).toMatchObject({ fullName: 'Berit Behov', email: 'berit@behov.example' });
    expect(offers.contact.phone).toBeUndefined();
    expect(offers.company.street).toBeUndefined();
    const sec = (
      await t.app.inject({
        url: `/api/staff/customers/contacts/${contactId}?purpose=e.abuse_prevention`,
        headers: { cookie: cookies.get('security')! },
      })
    ).json();
    expect(sec.contact.email).toBe('berit@behov.example');
    expect(sec.contact.fullName).toBeUndefined();
    expect(sec.company.name).toBeUndefined();
  });

  it('answers 404 for a contact that does not exist, 401 without a session', async () => {
    const missing = await t.app.inject({
      url: `/api/staff/customers/contacts/00000000-0000-4000-8000-000000000000?purpose=a.account`,
      headers: { cookie: cookies.get('order_administration')! },
    });
    expect(missing.statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/staff/customers/contacts/${contactId}?purpose=a.account` })).statusCode,
    ).toBe(401);
  });
});
