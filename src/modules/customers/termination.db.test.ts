import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { orderLines, orders } from '#src/modules/orders/index.ts';
import { usageEvents } from '#src/modules/analytics/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { tokenOf } from '../../../test/smtp.ts';
import { startAccountsHarness, type AccountsHarness } from './accounts.testing.ts';
import { contacts } from './index.ts';

type Plan = {
  lastContact: boolean;
  newAdmin: { fullName: string } | null;
  deletedNow: { id: string; title: { sv: string; en: string }; count: number | null }[];
  kept: {
    id: string;
    title: { sv: string; en: string };
    count: number;
    laws: { rule: string; until: string; citation: string }[];
  }[];
};

describe('account termination (§6): the plan before, the deletion, what the law keeps, the letter after', () => {
  let h: AccountsHarness;
  let productId: string;
  beforeAll(async () => {
    h = await startAccountsHarness();
    const [p] = await h.t.database.db
      .insert(products)
      .values({
        articleNumber: 'KS-9001',
        nameSv: 'Suturset',
        nameEn: 'Suture kit',
        descriptionSv: 'x',
        descriptionEn: 'x',
        priceExVatOre: 10_000,
        vatRate: 25,
        stock: 5,
        medicalDevice: true,
        udiDi: '04006381333931',
        createdAt: h.t.clock.now(),
      })
      .returning({ id: products.id });
    productId = p!.id;
  });
  afterAll(async () => h.close());

  const call = (method: 'GET' | 'POST', url: string, headers: object, payload?: object) =>
    h.t.app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });
  const idOf = async (email: string) =>
    (
      await h.t.database.db
        .select({ id: contacts.id, companyId: contacts.companyId })
        .from(contacts)
        .where(eq(contacts.email, email))
    )[0]!;

  async function order(n: string, companyId: string, contactId: string, placedAt: string) {
    const [o] = await h.t.database.db
      .insert(orders)
      .values({
        orderNumber: n,
        companyId,
        contactId,
        accountUsed: true,
        status: 'delivered',
        totalExVatOre: 10_000,
        vatOre: 2_500,
        placedAt: new Date(placedAt),
      })
      .returning({ id: orders.id });
    await h.t.database.db
      .insert(orderLines)
      .values({ orderId: o!.id, productId, quantity: 1, unitPriceExVatOre: 10_000, vatRate: 25 });
  }
  async function usage(contactId: string, n: number) {
    for (let i = 0; i < n; i++)
      await h.t.database.db
        .insert(usageEvents)
        .values({ contactId, kind: 'search', subject: `sökning ${i}`, occurredAt: h.t.clock.now() });
  }

  /** A company with an administrator and one colleague (invited), orders and usage history for both. */
  async function company(admin: string, colleague: string) {
    const a = await h.registerVerified({ email: admin });
    const as = await h.signIn(a.email, a.password);
    await call('POST', '/api/customers/invitations', as.headers, { email: colleague });
    const inv = await h.smtp.waitFor(colleague, (m) => m.subject.startsWith('Inbjudan'));
    const accepted = await h.post('/api/customers/invitations/accept', {
      token: tokenOf(inv, '/konto/inbjudan'),
      fullName: 'Bo Kollega',
      password: 'kollegans lösenord 7',
    });
    const cookie = accepted.cookies.find((c) => c.name === '__Host-ks_customer')!;
    const admin_ = await idOf(admin);
    const coll = await idOf(colleague);
    await order(`O-${admin_.id.slice(0, 6)}-1`, admin_.companyId, coll.id, '2025-03-10T10:00:00Z');
    await order(`O-${admin_.id.slice(0, 6)}-2`, admin_.companyId, admin_.id, '2026-01-10T10:00:00Z');
    await usage(coll.id, 3);
    await usage(admin_.id, 2);
    return {
      companyId: admin_.companyId,
      admin: { id: admin_.id, headers: as.headers, password: a.password },
      colleague: {
        id: coll.id,
        headers: { cookie: `${cookie.name}=${cookie.value}` },
        password: 'kollegans lösenord 7',
      },
    };
  }

  it('shows the plan before anything happens: deleted at once, kept under which law until when', async () => {
    const c = await company('ada@klinik-a.example', 'bo@klinik-a.example');
    const res = await call('GET', '/api/customers/me/termination', c.colleague.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const plan = res.json() as Plan;
    expect(plan.lastContact).toBe(false);
    expect(plan.newAdmin).toBeNull();
    expect(plan.deletedNow.map((d) => [d.id, d.count])).toEqual([
      ['sign_in', null],
      ['profile', null],
      ['usage_events', 3],
    ]);
    expect(plan.deletedNow[2]!.title).toEqual({ sv: 'Användarhistorik', en: 'Usage history' });
    expect(plan.kept).toHaveLength(1);
    const kept = plan.kept[0]!;
    expect([kept.id, kept.count]).toEqual(['orders', 1]);
    // The order keeps its buyer snapshot (what was ordered, by whom, to where): every category it holds is named.
    expect(kept.title.sv).toMatch(/^Köp- och orderhistorik, .*E-postadress/);
    // Bokföringslagen: to the end of the 7th year after the fiscal (calendar) year of the order.
    expect(kept.laws.map((l) => [l.rule, l.until])).toEqual([
      ['bfl_accounting', '2032-12-31'],
      ['mdr_device_supply', '2035-03-10'],
      ['mdr_implantable_supply', '2040-03-10'],
    ]);
    expect(kept.laws[0]!.citation).toBe('Bokföringslagen (1999:1078) 7 kap. 2 §');
    // Nothing changed by looking.
    expect(await h.count('contacts', 'id = $1', [c.colleague.id])).toBe(1);
    expect(await h.count('usage_events', 'contact_id = $1', [c.colleague.id])).toBe(3);
  });

  it('terminates only when confirmed with the password, in one transaction; the letter summarises it', async () => {
    const c = await company('cleo@klinik-b.example', 'bo@klinik-b.example');
    const post = (payload: object) => call('POST', '/api/customers/me/termination', c.colleague.headers, payload);
    expect((await post({ password: c.colleague.password })).json().fields[0].field).toBe('body.confirm');
    expect((await post({ confirm: false, password: c.colleague.password })).statusCode).toBe(400);
    const wrong = await post({ confirm: true, password: 'fel lösenord' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0].field).toBe('body.password');
    expect(await h.count('contacts', 'id = $1', [c.colleague.id])).toBe(1);

    const done = await post({ confirm: true, password: c.colleague.password });
    expect(done.statusCode).toBe(200);
    expect(done.cookies.find((k) => k.name === '__Host-ks_customer')?.value).toBe('');
    // Deleted: the contact, its sessions and links, its usage history.
    expect(await h.count('contacts', 'id = $1', [c.colleague.id])).toBe(0);
    expect(await h.count('customer_sessions', 'contact_id = $1', [c.colleague.id])).toBe(0);
    expect(await h.count('usage_events', 'contact_id = $1', [c.colleague.id])).toBe(0);
    // Kept: the order, in the company's books, no longer linked to the person.
    expect(await h.count('orders', 'company_id = $1', [c.companyId])).toBe(2);
    expect(await h.count('orders', 'company_id = $1 and contact_id is null', [c.companyId])).toBe(1);
    // The colleague's data only: the administrator and their history are untouched.
    expect(await h.count('usage_events', 'contact_id = $1', [c.admin.id])).toBe(2);
    expect((await call('GET', '/api/customers/me', c.colleague.headers)).statusCode).toBe(401);
    expect((await h.signIn('bo@klinik-b.example', c.colleague.password)).status).toBe(401);

    const letter = await h.smtp.waitFor('bo@klinik-b.example', (m) =>
      m.subject.startsWith('Ditt kundkonto är avslutat'),
    );
    expect(letter.text).toMatch(/Användarhistorik: 3 poster/);
    expect(letter.text).toMatch(
      /Köp- och orderhistorik[^\n]*: sparas till och med 31 december 2032 \(Bokföringslagen \(1999:1078\) 7 kap\. 2 §\)/,
    );
    expect(letter.text).toContain('kept until 31 December 2032');
    expect(letter.text).toContain('info@kliniksupport.se');
  });

  it('the last contact: the company’s data too — kept, restricted, where the law keeps its orders', async () => {
    const c = await company('dora@klinik-c.example', 'bo@klinik-c.example');
    // The administrator leaves first: the colleague becomes the administrator.
    const adminPlan = (await call('GET', '/api/customers/me/termination', c.admin.headers)).json() as Plan;
    expect(adminPlan.newAdmin).toEqual({ fullName: 'Bo Kollega' });
    expect(adminPlan.lastContact).toBe(false);
    const gone = await call('POST', '/api/customers/me/termination', c.admin.headers, {
      confirm: true,
      password: c.admin.password,
    });
    expect(gone.statusCode).toBe(200);
    const me = (await call('GET', '/api/customers/me', c.colleague.headers)).json();
    expect(me.contact.companyAdmin).toBe(true);

    const plan = (await call('GET', '/api/customers/me/termination', c.colleague.headers)).json() as Plan;
    expect(plan.lastContact).toBe(true);
    expect(plan.deletedNow.map((d) => d.id)).toEqual(['sign_in', 'profile', 'usage_events']);
    expect(plan.kept.map((k) => [k.id, k.count])).toEqual([
      ['orders', 2],
      ['company', 1],
    ]);
    expect(plan.kept[1]!.laws.find((l) => l.rule === 'bfl_accounting')!.until).toBe('2033-12-31');
    const done = await call('POST', '/api/customers/me/termination', c.colleague.headers, {
      confirm: true,
      password: c.colleague.password,
    });
    expect(done.statusCode).toBe(200);
    expect(await h.count('contacts', 'company_id = $1', [c.companyId])).toBe(0);
    expect(await h.count('orders', 'company_id = $1', [c.companyId])).toBe(2);
    expect(await h.count('companies', 'id = $1 and terminated_at is not null', [c.companyId])).toBe(1);
    expect(await h.count('customer_tokens', 'company_id = $1', [c.companyId])).toBe(0);
  });

  it('the last contact of a company without orders: everything is deleted, the company too', async () => {
    const a = await h.registerVerified({ email: 'erik@klinik-d.example' });
    const s = await h.signIn(a.email, a.password);
    const { id, companyId } = await idOf(a.email);
    await usage(id, 4);
    await call('POST', '/api/customers/invitations', s.headers, { email: 'vantar@klinik-d.example' });
    const plan = (await call('GET', '/api/customers/me/termination', s.headers)).json() as Plan;
    expect(plan.kept).toEqual([]);
    expect(plan.deletedNow.map((d) => d.id)).toEqual(['sign_in', 'profile', 'usage_events', 'company']);
    const done = await call('POST', '/api/customers/me/termination', s.headers, {
      confirm: true,
      password: a.password,
    });
    expect(done.statusCode).toBe(200);
    expect(await h.count('companies', 'id = $1', [companyId])).toBe(0);
    expect(await h.count('customer_tokens', 'company_id = $1', [companyId])).toBe(0);
    expect(await h.count('usage_events', 'contact_id = $1', [id])).toBe(0);
    const letter = await h.smtp.waitFor(a.email, (m) => m.subject.startsWith('Ditt kundkonto är avslutat'));
    expect(letter.text).toContain('Vi sparar inga uppgifter om dig som en lag kräver att vi behåller.');
  });

  it('a company whose account ended can register again; its kept orders stay its own', async () => {
    const c = await company('fred@klinik-e.example', 'bo@klinik-e.example');
    for (const who of [c.colleague, c.admin])
      await call('POST', '/api/customers/me/termination', who.headers, { confirm: true, password: who.password });
    const [row] = await h.t.database.query<{ org_nr: string }>('select org_nr from companies where id = $1', [
      c.companyId,
    ]);
    await h.register({ email: 'ny@klinik-e.example', orgNr: row!.org_nr });
    expect(await h.count('companies', 'id = $1 and terminated_at is null', [c.companyId])).toBe(1);
    expect(await h.count('contacts', 'company_id = $1', [c.companyId])).toBe(1);
  });
});
