import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { createStaffService } from '#src/modules/identity/index.ts';
import { testDatabase } from '../../test/db.ts';
import { seedDemoData, type SeedResult } from './index.ts';
import { seedVolume } from './volume.ts';

const NOW = '2026-01-15T09:00:00Z';

/** Luhn over ten digits, written again here rather than imported from the code under test. */
function luhnOk(ten: string): boolean {
  const sum = [...ten].reduce((s, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return s + (d > 9 ? d - 9 : d);
  }, 0);
  return /^\d{10}$/.test(ten) && sum % 10 === 0;
}

/** GS1: weights 3,1,3,… from the right of the data digits; the total with the check digit ends in 0. */
function gtinOk(gtin: string): boolean {
  const sum = [...gtin].reverse().reduce((s, ch, i) => s + Number(ch) * (i % 2 === 1 ? 3 : 1), 0);
  return /^\d{14}$/.test(gtin) && sum % 10 === 0;
}

type Snapshot = Record<string, unknown[]>;

async function snapshot(db: Database): Promise<Snapshot> {
  return {
    companies: await db.query(
      'select org_nr, name, legal_form, natural_person, street, postal_code, city, created_at from companies order by org_nr',
    ),
    contacts: await db.query(
      'select c.email, c.full_name, c.phone, k.org_nr from contacts c join companies k on k.id = c.company_id order by c.email',
    ),
    products: await db.query(
      'select article_number, name_sv, price_ex_vat_ore, stock, udi_di from products order by article_number',
    ),
    orders: await db.query(
      `select o.order_number, o.status, o.total_ex_vat_ore, o.vat_ore, o.placed_at, o.account_used, k.org_nr, c.email
       from orders o join companies k on k.id = o.company_id left join contacts c on c.id = o.contact_id order by o.order_number`,
    ),
    lines: await db.query(
      `select o.order_number, p.article_number, l.quantity from order_lines l join orders o on o.id = l.order_id
       join products p on p.id = l.product_id order by 1, 2`,
    ),
    events: await db.query(
      `select c.email, e.kind, e.subject, e.occurred_at from usage_events e join contacts c on c.id = e.contact_id order by 4, 1, 2, 3`,
    ),
  };
}

describe('seedDemoData (demo)', () => {
  let a: Database;
  let b: Database;
  let first: SeedResult;

  beforeAll(async () => {
    [a, b] = await Promise.all([testDatabase(), testDatabase()]);
    first = await seedDemoData({ database: a, clock: new TestClock(NOW), size: 'demo' });
    await seedDemoData({ database: b, clock: new TestClock(NOW), size: 'demo' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('creates a dozen clinics with valid organisationsnummer', async () => {
    const rows = await a.query<{ org_nr: string; legal_form: string; natural_person: boolean; postal_code: string }>(
      'select org_nr, legal_form, natural_person, postal_code from companies',
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows) {
      expect(luhnOk(r.org_nr), r.org_nr).toBe(true);
      expect(r.postal_code).toMatch(/^\d{5}$/);
      if (r.natural_person) {
        expect(Number(r.org_nr[2])).toBeLessThan(2); // a personnummer: the third digit starts the month
      } else {
        expect(Number(r.org_nr[2])).toBeGreaterThanOrEqual(2);
      }
    }
    const aktiebolag = rows.filter((r) => r.org_nr.startsWith('5'));
    expect(aktiebolag.length).toBeGreaterThanOrEqual(8);
    expect(new Set(aktiebolag.map((r) => r.legal_form)).size).toBe(1);
    expect(rows.filter((r) => r.natural_person)).toHaveLength(1);
  });

  it('gives contacts safe addresses and fictional phone numbers', async () => {
    const rows = await a.query<{ email: string; phone: string | null; n: number }>(
      'select email, phone, (select count(*) from contacts d where d.company_id = c.company_id)::int as n from contacts c',
    );
    for (const r of rows) {
      expect(r.email).toMatch(/^[a-z.]+@[a-z-]+\.example$/);
      if (r.phone) {
        const n = Number(r.phone.slice(3));
        expect(r.phone.startsWith('070') && n >= 1_740_605 && n <= 1_740_699, r.phone).toBe(true);
      }
      expect(r.n).toBeGreaterThanOrEqual(1);
      expect(r.n).toBeLessThanOrEqual(4);
    }
  });

  it('gives every medical device a UDI-DI with a correct GS1 check digit', async () => {
    const rows = await a.query<{ medical_device: boolean; udi_di: string | null; vat_rate: number }>(
      'select medical_device, udi_di, vat_rate from products',
    );
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const r of rows) {
      expect(r.udi_di !== null).toBe(r.medical_device);
      if (r.udi_di) expect(gtinOk(r.udi_di), r.udi_di).toBe(true);
      expect([25, 12, 6]).toContain(r.vat_rate);
    }
  });

  it('writes orders whose totals add up, over the past three years', async () => {
    const bad = await a.query(
      `select o.order_number from orders o join order_lines l on l.order_id = o.id group by o.id
       having o.total_ex_vat_ore <> sum(l.quantity * l.unit_price_ex_vat_ore) or count(*) not between 1 and 4`,
    );
    expect(bad).toEqual([]);
    const [span] = await a.query<{ oldest: Date; newest: Date; guests: number; n: number }>(
      'select min(placed_at) as oldest, max(placed_at) as newest, count(*) filter (where not account_used)::int as guests, count(*)::int as n from orders',
    );
    expect(span!.n).toBeGreaterThan(50);
    expect(span!.guests).toBeGreaterThan(0);
    expect(new Date(span!.newest).getTime()).toBeLessThanOrEqual(new Date(NOW).getTime());
    expect(new Date(span!.oldest).getTime()).toBeGreaterThan(new Date(NOW).getTime() - 3.05 * 365 * 86_400_000);
  });

  it('returns one staff login per role, and the logins work', async () => {
    const roles = first.staff.flatMap((s) => s.roles).sort();
    expect(roles).toEqual([
      'customer_service',
      'finance',
      'marketing',
      'order_administration',
      'privacy_officer',
      'security',
      'system_administration',
    ]);
    for (const s of first.staff) expect(s.password.length).toBeGreaterThanOrEqual(16);
    const privacy = first.staff.find((s) => s.roles.includes('privacy_officer'))!;
    const service = createStaffService({ db: a.db, clock: new TestClock(NOW) });
    // The password alone gives no session: the demo staff have a second factor (its secret is printed).
    const step = await service.signIn(privacy.email, privacy.password);
    expect(step.step).toBe('second_factor');
    expect(privacy.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(privacy.otpauthUri).toContain(`secret=${privacy.totpSecret}`);
  });

  it('is deterministic: two fresh databases get the same data', async () => {
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('is idempotent: a second run adds nothing and still returns the logins', async () => {
    const before = await snapshot(a);
    const again = await seedDemoData({ database: a, clock: new TestClock(NOW), size: 'demo' });
    expect(again.counts).toEqual(first.counts);
    expect(again.staff).toEqual(first.staff);
    expect(await snapshot(a)).toEqual(before);
  });
});

describe('seedVolume (reduced scale)', () => {
  const sizes = { companies: 50, products: 40, orders: 500, usageEvents: 600 };
  let db: Database;

  beforeAll(async () => {
    db = await testDatabase();
    await seedVolume(db.db, { now: new Date(NOW), sizes, excludeOrgNrs: [] });
  });
  afterAll(async () => {
    await db?.close();
  });

  const count = async (table: string) =>
    Number((await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n);

  it('creates the requested volume', async () => {
    expect(await count('companies')).toBe(50);
    expect(await count('contacts')).toBe(150);
    expect(await count('products')).toBe(40);
    expect(await count('orders')).toBe(500);
    expect(await count('usage_events')).toBe(600);
    const lines = await count('order_lines');
    expect(lines).toBeGreaterThanOrEqual(500);
    expect(lines).toBeLessThanOrEqual(2_000);
  });

  it('computes valid check digits in SQL', async () => {
    const companies = await db.query<{ org_nr: string; natural_person: boolean }>(
      'select org_nr, natural_person from companies',
    );
    for (const c of companies) {
      expect(luhnOk(c.org_nr), c.org_nr).toBe(true);
      expect(Number(c.org_nr[2]) < 2).toBe(c.natural_person);
    }
    expect(companies.some((c) => c.natural_person)).toBe(true);
    const devices = await db.query<{ udi_di: string }>('select udi_di from products where medical_device');
    expect(devices.length).toBeGreaterThan(0);
    for (const d of devices) expect(gtinOk(d.udi_di), d.udi_di).toBe(true);
  });

  it('writes consistent orders: 1–4 lines, totals that add up, guests without a contact', async () => {
    const bad = await db.query(
      `select o.order_number from orders o join order_lines l on l.order_id = o.id group by o.id
       having o.total_ex_vat_ore <> sum(l.quantity * l.unit_price_ex_vat_ore) or count(*) not between 1 and 4
       or (o.account_used and o.contact_id is null) or (not o.account_used and o.contact_id is not null)`,
    );
    expect(bad).toEqual([]);
    const [guests] = await db.query<{ n: number }>('select count(*)::int as n from orders where not account_used');
    expect(guests!.n).toBe(50);
  });

  it('only writes contacts of the order’s own company', async () => {
    const bad = await db.query(
      'select o.id from orders o join contacts c on c.id = o.contact_id where c.company_id <> o.company_id',
    );
    expect(bad).toEqual([]);
  });

  it('is idempotent', async () => {
    const before = await count('orders');
    expect(await seedVolume(db.db, { now: new Date(NOW), sizes, excludeOrgNrs: [] })).toBe(false);
    expect(await count('orders')).toBe(before);
  });
});
