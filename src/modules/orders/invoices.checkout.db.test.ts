import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import {
  guestOrder,
  insertTestProduct,
  newKey,
  startCheckoutHarness,
  type CheckoutHarness,
} from './checkout.testing.ts';
import { checkOcr } from './ocr.ts';

/** The checkout hook: an order paid by invoice has its invoice and sales voucher when it is acknowledged. */
describe('invoice created in the checkout transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertTestProduct(t.database, { articleNumber: 'INV-25', priceExVatOre: 9_999, stock: 100 });
    await insertTestProduct(t.database, { articleNumber: 'INV-12', priceExVatOre: 4_550, vatRate: 12, stock: 100 });
    await insertTestProduct(t.database, { articleNumber: 'INV-6', priceExVatOre: 1_001, vatRate: 6, stock: 100 });
  });
  afterAll(async () => t.close());

  const checkout = (body: object) =>
    t.app.inject({ method: 'POST', url: '/api/checkout', payload: body, headers: { 'idempotency-key': newKey() } });

  it('an invoice order gets a numbered invoice with OCR and a balanced sales voucher matching the order', async () => {
    const res = await checkout(
      guestOrder([
        { articleNumber: 'INV-25', quantity: 3 },
        { articleNumber: 'INV-12', quantity: 2 },
        { articleNumber: 'INV-6', quantity: 1 },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    const [inv] = await t.database.query<{
      invoice_number: string;
      ocr: string;
      total_inc_vat_ore: number;
      vat_ore: number;
      rounding_ore: number;
      buyer_name: string;
    }>('select i.* from invoices i join orders o on o.id = i.order_id where o.order_number = $1', [order.orderNumber]);
    expect(inv).toMatchObject({
      total_inc_vat_ore: order.totals.totalIncVatOre,
      vat_ore: order.totals.vatOre,
      rounding_ore: order.totals.roundingOre,
      buyer_name: 'Tandläkarna i Ystad AB',
    });
    expect(checkOcr(inv!.ocr).ok).toBe(true);
    const lines = await t.database.query<{ account: string; amount_ore: number }>(
      `select l.account, l.amount_ore from voucher_lines l join vouchers v on v.id = l.voucher_id
       where v.source_type = 'invoice' and v.text = $1 order by l.position`,
      [`Faktura ${inv!.invoice_number}`],
    );
    expect(lines.reduce((s, l) => s + l.amount_ore, 0)).toBe(0);
    expect(lines[0]).toEqual({ account: '1510', amount_ore: order.totals.totalIncVatOre });
    // VAT per rate on the voucher is what the order showed per rate.
    for (const r of order.totals.vatByRate as { rate: number; vatOre: number }[]) {
      const account = { 25: '2611', 12: '2621', 6: '2631' }[r.rate]!;
      expect(lines.find((l) => l.account === account)?.amount_ore).toBe(-r.vatOre);
    }
  });

  it('a card order gets no invoice', async () => {
    const res = await checkout({ ...guestOrder([{ articleNumber: 'INV-6', quantity: 1 }]), paymentMethod: 'card' });
    expect(res.statusCode, res.body).toBe(201);
    const count = async (sql: string) => (await t.database.query<{ n: number }>(sql))[0]!.n;
    expect(await count(`select count(*)::int as n from orders where payment_method = 'card'`)).toBe(1);
    expect(
      await count(
        `select count(*)::int as n from invoices i join orders o on o.id = i.order_id where o.payment_method = 'card'`,
      ),
    ).toBe(0);
  });
});

describe("the invoice in the account holder's order view", () => {
  let h: CheckoutHarness;
  beforeAll(async () => {
    h = await startCheckoutHarness();
    await insertTestProduct(h.t.database, { articleNumber: 'VIEW-1', priceExVatOre: 12_345, stock: 10 });
  });
  afterAll(async () => h.close());

  it('shows the invoice number, OCR and a PDF link that serves the PDF; a card order has none', async () => {
    const session = await h.customer('karin@vyn.example');
    const placed = await h.post(
      '/api/checkout',
      { lines: [{ articleNumber: 'VIEW-1', quantity: 2 }], paymentMethod: 'invoice' },
      { ...session, 'idempotency-key': newKey() },
    );
    expect(placed.statusCode, placed.body).toBe(201);
    const { orderNumber } = placed.json() as { orderNumber: string };
    const view = await h.t.app.inject({ url: `/api/customers/me/orders/${orderNumber}`, headers: session });
    const invoice = (view.json() as { invoice: { invoiceNumber: string; ocr: string; pdfUrl: string } }).invoice;
    expect(checkOcr(invoice.ocr).ok).toBe(true);
    expect(invoice.pdfUrl).toBe(`/api/customers/me/invoices/${invoice.invoiceNumber}/pdf`);
    const pdf = await h.t.app.inject({ url: invoice.pdfUrl, headers: session });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const card = await h.post(
      '/api/checkout',
      { lines: [{ articleNumber: 'VIEW-1', quantity: 1 }], paymentMethod: 'card' },
      { ...session, 'idempotency-key': newKey() },
    );
    const list = await h.t.app.inject({ url: '/api/customers/me/orders', headers: session });
    const orders = (list.json() as { orders: { orderNumber: string; invoice?: unknown }[] }).orders;
    expect(orders.find((o) => o.orderNumber === orderNumber)?.invoice).toMatchObject({ pdfUrl: invoice.pdfUrl });
    expect(orders.find((o) => o.orderNumber === card.json().orderNumber)?.invoice ?? null).toBeNull();
  });
});
