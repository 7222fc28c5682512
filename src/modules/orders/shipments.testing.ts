import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { TestClock } from '#src/platform/clock/index.ts';
import { productLots, products, withGs1CheckDigit } from '#src/modules/catalog/index.ts';
import { CUSTOMER_COOKIE } from '#src/modules/customers/index.ts';
import { startLocalCarrier } from '#src/providers/carrier/index.ts';
import { createTestApp } from '../../../test/app.ts';
import { startTestSmtp, tokenOf } from '../../../test/smtp.ts';
import { createSignedInStaff } from '../../../test/staff.ts';
import { orderLines, orders } from './orders.tables.ts';

export const CARRIER_KEY = 'testcarrier00001-testcarriersecret00000000';
export const CARRIER_SECRET = 'test-carrier-webhook-secret-0001';
const ORG_NRS = ['556711-0001', '556711-0373', '556711-0746', '556711-1116'];

/**
 * The platform listening on a real port, the local carrier on another (status events go over
 * HTTP to the platform's webhook), mail over real SMTP, jobs working, a test clock.
 */
export async function startDeliveriesHarness() {
  const clock = new TestClock('2026-11-20T09:00:00Z');
  const smtp = await startTestSmtp();
  const webhook = { url: 'http://127.0.0.1:9/unset', secret: CARRIER_SECRET, now: () => clock.now() };
  const carrier = await startLocalCarrier({ apiKey: CARRIER_KEY, webhook, autoAdvanceMs: 0 });
  const t = await createTestApp({
    clock,
    env: {
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://kliniksupport.test',
      CARRIER_API_URL: carrier.apiUrl,
      CARRIER_API_KEY: CARRIER_KEY,
      CARRIER_WEBHOOK_SECRET: CARRIER_SECRET,
    },
  });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  webhook.url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/carrier/webhooks`;
  await t.rt.jobs.work();
  const db = t.database.db;
  let n = 0;

  const staff = (roles: string[]) => createSignedInStaff(t, { email: `staff${++n}@kliniksupport.se`, roles });

  /** A product with lots: `{ lotNumber, expiresOn, quantity }`. */
  async function product(over: {
    medicalDevice?: boolean;
    implantable?: boolean;
    lots: { lotNumber: string; expiresOn: string | null; quantity: number }[];
  }) {
    const i = ++n;
    const [p] = await db
      .insert(products)
      .values({
        articleNumber: `T-${i}`,
        nameSv: `Testprodukt ${i}`,
        nameEn: `Test product ${i}`,
        descriptionSv: 'Beskrivning',
        descriptionEn: 'Description',
        priceExVatOre: 10_000,
        vatRate: 25,
        stock: 100,
        medicalDevice: over.medicalDevice ?? false,
        udiDi: over.medicalDevice ? withGs1CheckDigit(`0735000000${String(i).padStart(3, '0')}`) : null,
        implantable: over.implantable ?? false,
        createdAt: clock.now(),
      })
      .returning();
    const lots = await db
      .insert(productLots)
      .values(over.lots.map((l) => ({ ...l, productId: p!.id, receivedAt: clock.now() })))
      .returning();
    return { ...p!, lots };
  }

  /** An order as checkout leaves it (status 'placed' unless given). */
  async function order(over: {
    lines: { productId: string; quantity: number }[];
    email?: string;
    contactId?: string | null;
    companyId?: string | null;
    status?: 'placed' | 'paid' | 'awaiting_payment';
    marketingRefused?: boolean;
  }) {
    const i = ++n;
    const [o] = await db
      .insert(orders)
      .values({
        orderNumber: `KS-2026-${String(i).padStart(6, '0')}`,
        companyId: over.companyId ?? null,
        contactId: over.contactId ?? null,
        accountUsed: Boolean(over.contactId),
        status: over.status ?? 'placed',
        paymentMethod: 'invoice',
        buyerOrgNr: '556711-0001',
        buyerName: `Kliniken ${i} AB`,
        contactName: `Kontakt ${i}`,
        contactEmail: over.email ?? `kund${i}@klinik.example`,
        contactPhone: '070-174 06 42',
        deliveryName: `Kliniken ${i} AB`,
        deliveryStreet: 'Storgatan 1',
        deliveryPostalCode: '239 41',
        deliveryCity: 'Falsterbo',
        totalExVatOre: 10_000,
        vatOre: 2_500,
        totalIncVatOre: 12_500,
        marketingRefused: over.marketingRefused ?? false,
        placedAt: clock.now(),
      })
      .returning();
    for (const l of over.lines) {
      const [p] = await db.select().from(products).where(eq(products.id, l.productId));
      await db.insert(orderLines).values({
        orderId: o!.id,
        ...l,
        articleNumber: p!.articleNumber,
        name: p!.nameSv,
        unitPriceExVatOre: p!.priceExVatOre,
        vatRate: p!.vatRate,
      });
    }
    return o!;
  }

  /** A registered, verified, signed-in account holder: its contact id and session headers. */
  async function accountHolder() {
    const i = ++n;
    const email = `konto${i}@klinik${i}.example`;
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: {
        company: {
          orgNr: ORG_NRS[i % ORG_NRS.length],
          name: `Kontokliniken ${i} AB`,
          street: 'Storgatan 1',
          postalCode: '239 41',
          city: 'Falsterbo',
        },
        contact: { fullName: 'Karin Kanarie', email, phone: '070-174 06 42', password: 'en lång lösenfras 2026' },
      },
    });
    if (reg.statusCode !== 202) throw new Error(`registration: ${reg.statusCode} ${reg.body}`);
    const mail = await smtp.waitFor(email, (m) => m.subject.startsWith('Bekräfta'));
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/verify',
      payload: { token: tokenOf(mail, '/konto/verifiera') },
    });
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/customers/session',
      payload: { email, password: 'en lång lösenfras 2026' },
    });
    const cookie = session.cookies.find((c) => c.name === CUSTOMER_COOKIE);
    if (!cookie) throw new Error(`sign-in: ${session.statusCode}`);
    const [row] = await t.database.query<{ id: string; company_id: string }>(
      'select id, company_id from contacts where email = $1',
      [email],
    );
    return {
      email,
      contactId: row!.id,
      companyId: row!.company_id,
      headers: { cookie: `${CUSTOMER_COOKIE}=${cookie.value}` },
    };
  }

  const lotQuantity = async (lotId: string) =>
    (await db.select({ q: productLots.quantity }).from(productLots).where(eq(productLots.id, lotId)))[0]!.q;

  return {
    t,
    smtp,
    carrier,
    clock,
    db,
    staff,
    product,
    order,
    accountHolder,
    lotQuantity,
    uuid: randomUUID,
    async close() {
      await t.close();
      await carrier.close();
      await smtp.close();
    },
  };
}

export type DeliveriesHarness = Awaited<ReturnType<typeof startDeliveriesHarness>>;
