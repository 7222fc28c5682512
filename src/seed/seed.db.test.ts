import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { createStaffService } from '#src/modules/identity/index.ts';
import { testDatabase } from '../../test/db.ts';
import { HEAVY_CUSTOMER_EMAIL, seedDemoData, type SeedResult } from './index.ts';
import { seedVolume } from './volume.ts';
import { exportSie4, parseSie4 } from '#src/modules/orders/index.ts';
import { demoOrderChecks, ocrOk } from './demo-orders.checks.ts';

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
      'select article_number, name_sv, price_ex_vat_ore, stock, udi_di, implantable from products order by article_number',
    ),
    orders: await db.query(
      `select o.order_number, o.status, o.payment_method, o.total_ex_vat_ore, o.vat_ore, o.rounding_ore,
         o.total_inc_vat_ore, o.placed_at, o.account_used, o.buyer_org_nr, k.org_nr, c.email
       from orders o left join companies k on k.id = o.company_id left join contacts c on c.id = o.contact_id
       order by o.order_number`,
    ),
    lines: await db.query(
      `select o.order_number, p.article_number, l.quantity, l.line_vat_ore from order_lines l
       join orders o on o.id = l.order_id join products p on p.id = l.product_id order by 1, 2`,
    ),
    invoices: await db.query(
      'select invoice_number, order_number, ocr, total_inc_vat_ore, paid_ore, status from invoices order by 1',
    ),
    vouchers: await db.query(
      `select v.series, v.fiscal_year, v.number, v.voucher_date, v.text, l.account, l.amount_ore
       from vouchers v join voucher_lines l on l.voucher_id = v.id order by 1, 2, 3, l.position`,
    ),
    shipments: await db.query(
      `select o.order_number, s.tracking_number, s.status, s.status_at, pl.lot_number, sl.quantity
       from shipments s join orders o on o.id = s.order_id join shipment_lines sl on sl.shipment_id = s.id
       join product_lots pl on pl.id = sl.lot_id order by 1, 5`,
    ),
    cardPayments: await db.query(
      `select o.order_number, c.session_id, c.status, c.card_brand, c.card_last4, c.paid_at
       from card_payments c join orders o on o.id = c.order_id order by 1, c.attempt`,
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

  it('gives every medical device a UDI-DI with a correct GS1 check digit; implants are medical devices', async () => {
    const rows = await a.query<{
      medical_device: boolean;
      udi_di: string | null;
      vat_rate: number;
      implantable: boolean;
    }>('select medical_device, udi_di, vat_rate, implantable from products');
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const r of rows) {
      expect(r.udi_di !== null).toBe(r.medical_device);
      if (r.udi_di) expect(gtinOk(r.udi_di), r.udi_di).toBe(true);
      expect([25, 12, 6]).toContain(r.vat_rate);
      if (r.implantable) expect(r.medical_device).toBe(true);
    }
    expect(rows.filter((r) => r.implantable).length).toBeGreaterThanOrEqual(1);
  });

  demoOrderChecks(() => a, NOW);

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
       or (o.account_used and o.contact_id is null) or (not o.account_used and o.contact_id is not null)
       or (not o.account_used and o.company_id is not null) or o.buyer_name = '' or o.contact_email = ''
       or o.vat_ore <> sum(l.line_vat_ore) + o.shipping_vat_ore or o.total_inc_vat_ore % 100 <> 0
       or o.total_inc_vat_ore <> o.total_ex_vat_ore + o.shipping_ex_vat_ore + o.vat_ore + o.rounding_ore
       or abs(o.rounding_ore) > 50 or abs(o.vat_ore - (o.total_ex_vat_ore + o.shipping_ex_vat_ore) / 4) > 1
       or bool_or(l.article_number = '' or l.name = '' or l.position not between 1 and 4)`,
    );
    expect(bad).toEqual([]);
    const [guests] = await db.query<{ n: number }>('select count(*)::int as n from orders where not account_used');
    expect(guests!.n).toBe(50);
    const [span] = await db.query<{ days: number; card: number }>(
      `select extract(day from max(placed_at) - min(placed_at))::int as days,
              count(*) filter (where payment_method = 'card')::int as card from orders`,
    );
    expect(span!.days).toBeGreaterThan(6 * 365 - 10);
    expect(span!.card).toBe(100);
  });

  it('only writes contacts of the order’s own company', async () => {
    const bad = await db.query(
      'select o.id from orders o join contacts c on c.id = o.contact_id where c.company_id <> o.company_id',
    );
    expect(bad).toEqual([]);
  });

  it('invoices every invoice order with a valid OCR, books invoices and payments, and exports each year to SIE4', async () => {
    const rows = await db.query<{ ocr: string | null; total: number; inc: number; lines: number }>(
      `select i.ocr, i.total_inc_vat_ore as inc, o.total_inc_vat_ore as total,
         (select sum(l.line_ex_vat_ore + l.line_vat_ore) from invoice_lines l where l.invoice_id = i.id)::int as lines
       from orders o left join invoices i on i.order_id = o.id where o.payment_method = 'invoice'`,
    );
    expect(rows).toHaveLength(400);
    for (const r of rows) {
      expect(r.ocr !== null && ocrOk(r.ocr), `OCR ${r.ocr}`).toBe(true);
      expect(r.inc).toBe(r.total);
    }
    const [paid] = await db.query<{ paid: number; unbooked: number }>(
      `select count(*) filter (where status = 'paid')::int as paid,
         (select count(*) from invoice_payments p where not exists (select 1 from vouchers v where v.id = p.voucher_id))::int as unbooked
       from invoices`,
    );
    expect(paid!.paid).toBeGreaterThan(300);
    expect(paid!.unbooked).toBe(0);
    const years = await db.query<{ fiscal_year: number; n: number }>(
      'select fiscal_year, count(*)::int as n from vouchers group by 1 order by 1',
    );
    expect(years.length).toBeGreaterThanOrEqual(6);
    for (const { fiscal_year: year, n } of years) {
      const doc = parseSie4(await exportSie4(db.db, { year, now: new Date(NOW) }));
      expect(doc.problems, String(year)).toEqual([]);
      expect(doc.vouchers).toHaveLength(n);
    }
    const [seq] = await db.query<{ behind: number }>(
      `select count(*)::int as behind from (select series, max(sequence) as m from invoices group by series) i
       left join invoice_number_sequences s on s.series = i.series where s.last is distinct from i.m`,
    );
    expect(seq!.behind).toBe(0);
  });

  it('is idempotent', async () => {
    const before = await count('orders');
    expect(await seedVolume(db.db, { now: new Date(NOW), sizes, excludeOrgNrs: [] })).toBe(false);
    expect(await count('orders')).toBe(before);
  });
});

describe('seedVolume with the heavy customer (reduced scale)', () => {
  const sizes = {
    companies: 30,
    products: 20,
    orders: 2_000,
    usageEvents: 300,
    heavy: { orders: 20, usageEvents: 90 },
  };
  let db: Database;

  beforeAll(async () => {
    db = await testDatabase();
    await seedVolume(db.db, { now: new Date(NOW), sizes, excludeOrgNrs: [] });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('gives the contact found by HEAVY_CUSTOMER_EMAIL its orders over five years and usage events of their own', async () => {
    const [h] = await db.query<{
      orders: number;
      card: number;
      guests: number;
      other: number;
      first: Date;
      usage: number;
    }>(
      `select count(*)::int as orders, count(*) filter (where o.payment_method = 'card')::int as card,
         count(*) filter (where not o.account_used)::int as guests,
         count(*) filter (where o.company_id <> c.company_id)::int as other, min(o.placed_at) as first,
         (select count(*)::int from usage_events u where u.contact_id = c.id) as usage
       from contacts c join orders o on o.contact_id = c.id where c.email = $1 group by c.id`,
      [HEAVY_CUSTOMER_EMAIL],
    );
    expect(h).toMatchObject({ orders: 20, card: 4, guests: 0, other: 0, usage: 90 });
    const years = (new Date(NOW).getTime() - new Date(h!.first).getTime()) / (365.25 * 86_400_000);
    expect(years).toBeGreaterThan(4.9);
    expect(years).toBeLessThan(5);
    // The rest of the volume as before: every order and every other usage event is there.
    const [n] = await db.query<{ orders: number; usage: number; invoiced: number }>(
      `select (select count(*)::int from orders) as orders, (select count(*)::int from usage_events) as usage,
         (select count(*)::int from orders o where o.payment_method = 'invoice'
            and not exists (select 1 from invoices i where i.order_id = o.id)) as invoiced`,
    );
    expect(n).toEqual({ orders: 2_000, usage: 390, invoiced: 0 });
  });
});
