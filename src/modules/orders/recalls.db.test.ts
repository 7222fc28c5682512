import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startDeliveriesHarness, type DeliveriesHarness } from './shipments.testing.ts';
import { recallNotices } from './recalls.tables.ts';

let h: DeliveriesHarness;
beforeAll(async () => {
  h = await startDeliveriesHarness();
});
afterAll(async () => h?.close());

/** Waits until the recall's notices are all sent by the job (polls; no timing assertion). */
async function allSent(recallId: string) {
  for (let i = 0; i < 200; i++) {
    const rows = await h.db.select().from(recallNotices).where(eq(recallNotices.recallId, recallId));
    if (rows.every((r) => r.mailStatus === 'sent')) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('notices not sent');
}

describe('recalling a lot', () => {
  it('reaches exactly the customers who received the lot — by e-mail, and in the account — opted out of marketing or not', async () => {
    const admin = await h.staff(['order_administration']);
    const p = await h.product({
      medicalDevice: true,
      lots: [
        { lotNumber: 'RX-1', expiresOn: '2027-01-01', quantity: 3 },
        { lotNumber: 'RY-2', expiresOn: '2028-01-01', quantity: 10 },
      ],
    });
    const [x, y] = [p.lots.find((l) => l.lotNumber === 'RX-1')!, p.lots.find((l) => l.lotNumber === 'RY-2')!];
    const holder = await h.accountHolder();
    const withAccount = await h.order({
      lines: [{ productId: p.id, quantity: 1 }],
      email: holder.email,
      contactId: holder.contactId,
      companyId: holder.companyId,
    });
    const refused = await h.order({
      lines: [{ productId: p.id, quantity: 2 }],
      email: 'ingen-reklam@gast.example',
      marketingRefused: true,
    });
    const other = await h.order({ lines: [{ productId: p.id, quantity: 1 }], email: 'annan-sats@gast.example' });
    for (const o of [withAccount, refused, other]) {
      const res = await h.t.app.inject({
        method: 'POST',
        url: `/api/staff/orders/${o.id}/ship`,
        headers: admin.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
    }

    const preview = await h.t.app.inject({
      method: 'POST',
      url: '/api/staff/recalls/preview',
      headers: admin.headers,
      payload: { productId: p.id, lotId: x.id },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().count).toBe(2);
    expect(
      preview
        .json()
        .customers.map((c: { contactEmail: string }) => c.contactEmail)
        .sort(),
    ).toEqual([holder.email, 'ingen-reklam@gast.example'].sort());
    const lots = await h.t.app.inject({ url: `/api/staff/recalls/lots?productId=${p.id}`, headers: admin.headers });
    expect(lots.json().items).toMatchObject([
      { lotNumber: 'RX-1', shipped: 3 },
      { lotNumber: 'RY-2', shipped: 1 },
    ]);

    const created = await h.t.app.inject({
      method: 'POST',
      url: '/api/staff/recalls',
      headers: admin.headers,
      payload: {
        productId: p.id,
        lotId: x.id,
        reasonSv: 'Förpackningen kan vara otät.',
        reasonEn: 'The packaging may not be sealed.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, notices } = created.json<{ id: string; notices: number }>();
    expect(notices).toBe(2);

    for (const to of [holder.email, 'ingen-reklam@gast.example']) {
      const mail = await h.smtp.waitFor(to, (m) => m.subject.includes('återkallelse'));
      expect(mail.subject).toContain('RX-1');
      expect(mail.text).toContain('inte marknadsföring');
      expect(mail.text).toContain('It is not marketing');
      expect(mail.text).toContain('Förpackningen kan vara otät.');
    }
    const sent = await allSent(id);
    expect(sent.every((n) => n.mailAttempts === 1 && n.mailSentAt !== null)).toBe(true);
    expect(
      h.smtp.received.some((m) => m.to.includes('annan-sats@gast.example') && m.subject.includes('återkallelse')),
    ).toBe(false);

    // Delivery status for the back office.
    const status = await h.t.app.inject({ url: `/api/staff/recalls/${id}`, headers: admin.headers });
    expect(status.statusCode, status.body).toBe(200);
    expect(
      status
        .json()
        .notices.map((n: { mailStatus: string; inAccount: boolean }) => [n.mailStatus, n.inAccount])
        .sort(),
    ).toEqual([
      ['sent', false],
      ['sent', true],
    ]);

    // In the account: the notice, marked as a legal obligation; and it can be marked read.
    const mine = await h.t.app.inject({ url: '/api/customers/me/notices', headers: holder.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    const [notice] = mine.json().items;
    expect(notice).toMatchObject({
      kind: 'recall',
      lotNumber: 'RX-1',
      legalObligation: true,
      orderNumbers: [withAccount.orderNumber],
      readAt: null,
    });
    const read = await h.t.app.inject({
      method: 'POST',
      url: `/api/customers/me/notices/${notice.id}/read`,
      headers: holder.headers,
    });
    expect(read.statusCode).toBe(204);
    expect(
      (await h.t.app.inject({ url: '/api/customers/me/notices', headers: holder.headers })).json().items[0].readAt,
    ).not.toBeNull();
    expect(y.id).not.toBe(x.id);
  });

  it('is order administration’s: marketing and customer service get 403 and nothing is sent', async () => {
    const p = await h.product({ lots: [{ lotNumber: 'M-1', expiresOn: null, quantity: 3 }] });
    for (const roles of [['marketing'], ['customer_service']]) {
      const who = await h.staff(roles);
      const body = {
        productId: p.id,
        lotId: p.lots[0]!.id,
        reasonSv: 'Ett fel i satsen.',
        reasonEn: 'A fault in the lot.',
      };
      expect(
        (await h.t.app.inject({ method: 'POST', url: '/api/staff/recalls', headers: who.headers, payload: body }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await h.t.app.inject({
            method: 'POST',
            url: '/api/staff/recalls/preview',
            headers: who.headers,
            payload: { productId: p.id, lotId: p.lots[0]!.id },
          })
        ).statusCode,
      ).toBe(403);
    }
    expect(await h.t.database.query('select 1 from recalls where lot_id = $1', [p.lots[0]!.id])).toHaveLength(0);
  });

  it('refuses a lot that is not the product’s (400/404 naming lotId), and a customer only sees their own notices', async () => {
    const admin = await h.staff(['order_administration']);
    const a = await h.product({ lots: [{ lotNumber: 'Q-1', expiresOn: null, quantity: 3 }] });
    const b = await h.product({ lots: [{ lotNumber: 'Q-2', expiresOn: null, quantity: 3 }] });
    const res = await h.t.app.inject({
      method: 'POST',
      url: '/api/staff/recalls/preview',
      headers: admin.headers,
      payload: { productId: a.id, lotId: b.lots[0]!.id },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().fields[0].field).toBe('lotId');
    const stranger = await h.accountHolder();
    expect(
      (await h.t.app.inject({ url: '/api/customers/me/notices', headers: stranger.headers })).json().items,
    ).toEqual([]);
    expect((await h.t.app.inject({ url: '/api/customers/me/notices' })).statusCode).toBe(401);
  });
});
