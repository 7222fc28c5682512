import type { Database } from '#src/platform/db/index.ts';

/**
 * Purchase histories for retention tests, written with plain SQL in a few set-based statements:
 * per purchase an order with two lines and its shipment (line, carrier event), an invoice with a
 * line and its sales voucher, usage events, a security event with a full address; every `paidEvery`
 * th invoice paid (payment + voucher B), every `cardEvery`th order with a card payment, every
 * `deviceEvery`th shipment with a medical-device supply record (every `implantEvery`th an implant),
 * and a recall notice per purchase of the device lot. Purchases are spread evenly from `from`,
 * `stepMinutes` apart. All rows of one call share `tag` (numbers, e-mail addresses).
 */
export type PurchaseOptions = {
  tag: string;
  count: number;
  from: Date;
  stepMinutes: number;
  paidEvery?: number;
  cardEvery?: number;
  deviceEvery?: number;
  implantEvery?: number;
};

export type Purchases = { companyId: string; contactId: string; email: string; orgNr: string; productId: string };

export async function insertPurchases(database: Database, o: PurchaseOptions): Promise<Purchases> {
  const q = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
    database.query<T>(text, params);
  const tag = o.tag;
  const email = `kund-${tag}@klinik.example`;
  const orgNr = `55${String(Math.abs(hash(tag)) % 10_000_000).padStart(8, '0')}`;
  const [company] = await q<{ id: string }>(
    `insert into companies (org_nr, name, legal_form, natural_person, street, postal_code, city, created_at)
     values ($1, $2, 'Aktiebolag', false, 'Klinikvägen 1', '21111', 'Malmö', $3) returning id`,
    [orgNr, `Klinik ${tag} AB`, o.from],
  );
  const [contact] = await q<{ id: string }>(
    `insert into contacts (company_id, full_name, email, phone, created_at)
     values ($1, $2, $3, '0701740605', $4) returning id`,
    [company!.id, `Kund ${tag}`, email, o.from],
  );
  const [product] = await q<{ id: string }>(
    `insert into products (article_number, name_sv, name_en, description_sv, description_en, price_ex_vat_ore, vat_rate,
       stock, medical_device, udi_di, created_at)
     values ($1, $2, $2, '', '', 10000, 25, 1000000, true, '07350000000011', $3) returning id`,
    [`P-${tag}`, `Produkt ${tag}`, o.from],
  );
  const [lot] = await q<{ id: string }>(
    `insert into product_lots (product_id, lot_number, quantity, received_at) values ($1, $2, 1000000, $3) returning id`,
    [product!.id, `LOT-${tag}`, o.from],
  );
  const p = {
    tag,
    n: o.count,
    from: o.from.toISOString(),
    step: `${o.stepMinutes} minutes`,
    company: company!.id,
    contact: contact!.id,
    product: product!.id,
    lot: lot!.id,
  };
  // Orders (placed_at = from + (g-1) × step), numbered <tag>-<g>.
  await q(
    `insert into orders (order_number, company_id, contact_id, account_used, status, payment_method, buyer_org_nr, buyer_name,
       billing_street, billing_postal_code, billing_city, contact_name, contact_email, contact_phone, delivery_name,
       delivery_street, delivery_postal_code, delivery_city, total_ex_vat_ore, vat_ore, shipping_ex_vat_ore,
       total_inc_vat_ore, placed_at)
     select $1 || '-' || g, $2, $3, true, 'delivered', case when g % $4 = 0 then 'card' else 'invoice' end, $5, $6,
       'Klinikvägen 1', '21111', 'Malmö', $7, $8, '0701740605', $7, 'Klinikvägen 1', '21111', 'Malmö', 20000, 5000, 0, 25000,
       $9::timestamptz + (g - 1) * $10::interval
     from generate_series(1, $11::int) g`,
    [
      tag,
      p.company,
      p.contact,
      o.cardEvery ?? 1_000_000_000,
      orgNr,
      `Klinik ${tag} AB`,
      `Kund ${tag}`,
      email,
      p.from,
      p.step,
      p.n,
    ],
  );
  const mine = `select id, order_number, placed_at, payment_method, split_part(order_number, '-', 2)::int as g
                  from orders where company_id = '${p.company}'`;
  await q(
    `insert into order_lines (order_id, position, product_id, article_number, name, quantity, unit_price_ex_vat_ore, vat_rate, line_vat_ore)
     select o.id, pos, $1, $2, $3, 1, 10000, 25, 2500 from (${mine}) o cross join generate_series(1, 2) pos`,
    [p.product, `P-${tag}`, `Produkt ${tag}`],
  );
  await q(
    `insert into card_payments (order_id, attempt, session_id, session_url, status, amount_ore, currency, payment_intent_id,
       card_brand, card_last4, created_at, expires_at, paid_at)
     select o.id, 1, 'cs_' || o.id, 'https://pay.example/' || o.id, 'paid', 25000, 'sek', 'pi_' || o.id, 'visa', '4242',
       o.placed_at, o.placed_at + interval '1 day', o.placed_at
     from (${mine}) o where o.payment_method = 'card'`,
  );
  // Invoices (series = the tag, so calls never collide), one line each, and their sales vouchers.
  await q(
    `insert into invoices (invoice_number, series, sequence, ocr, order_id, order_number, company_id, contact_id, issue_date,
       supply_date, due_date, buyer_name, buyer_org_nr, buyer_street, buyer_postal_code, buyer_city, buyer_country,
       reverse_charge, total_ex_vat_ore, vat_ore, rounding_ore, total_inc_vat_ore, paid_ore, status, created_at)
     select $1 || '-' || o.g, $1, o.g, $1 || o.g, o.id, o.order_number, $2, $3, (o.placed_at at time zone 'UTC')::date,
       (o.placed_at at time zone 'UTC')::date, (o.placed_at at time zone 'UTC')::date + 30, $4, $5, 'Klinikvägen 1', '21111',
       'Malmö', 'SE', false, 20000, 5000, 0, 25000,
       case when o.g % $6 = 0 then 25000 else 0 end, case when o.g % $6 = 0 then 'paid' else 'unpaid' end, o.placed_at
     from (${mine}) o where o.payment_method = 'invoice'`,
    [tag, p.company, p.contact, `Klinik ${tag} AB`, orgNr, o.paidEvery ?? 1],
  );
  const invoicesOf = `select id, invoice_number, issue_date, created_at, sequence as g from invoices where series = '${tag}'`;
  await q(
    `insert into invoice_lines (invoice_id, position, article_number, description, quantity, unit_price_ex_vat_ore, vat_rate,
       line_ex_vat_ore, line_vat_ore)
     select i.id, 1, $1, $2, 2, 10000, 25, 20000, 5000 from (${invoicesOf}) i`,
    [`P-${tag}`, `Produkt ${tag}`],
  );
  await voucherSeries(
    q,
    `A${tag}`,
    `select id as source_id, 'invoice' as source_type, issue_date as d, created_at as at,
      'Faktura ' || invoice_number as text from (${invoicesOf}) i`,
    ['1510', 25000],
    ['3001', -20000],
    ['2611', -5000],
  );
  // Payments of the paid invoices, 10 days after issue (a late-December invoice is paid the next year).
  await voucherSeries(
    q,
    `B${tag}`,
    `select id as source_id, 'invoice_payment' as source_type, issue_date + 10 as d,
      created_at + interval '10 days' as at, 'Betalning ' || invoice_number as text
      from (${invoicesOf}) i where exists (select 1 from invoices x where x.id = i.id and x.status = 'paid')`,
    ['1930', 25000],
    ['1510', -25000],
  );
  await q(
    `insert into invoice_payments (invoice_id, amount_ore, paid_on, reference, registered_at, voucher_id)
     select v.source_id::uuid, 25000, v.voucher_date, 'OCR', v.created_at, v.id from vouchers v where v.series = $1`,
    [`B${tag}`],
  );
  // Shipments a day after the order, with one line and a carrier event; device supplies for some.
  await q(
    `insert into shipments (order_id, carrier, service_id, carrier_shipment_id, tracking_number, tracking_url, status,
       status_at, booked_at)
     select o.id, 'nshift', 'P19', 'S' || o.id, 'T' || o.id, 'https://track.example/' || o.id, 'delivered',
       o.placed_at + interval '1 day', o.placed_at + interval '1 day'
     from (${mine}) o`,
  );
  const shipmentsOf = `select s.id, s.booked_at, o.g from shipments s join (${mine}) o on o.id = s.order_id`;
  await q(
    `insert into shipment_lines (shipment_id, product_id, lot_id, quantity) select s.id, $1, $2, 2 from (${shipmentsOf}) s`,
    [p.product, p.lot],
  );
  await q(
    `insert into carrier_events (event_id, shipment_id, status, occurred_at, received_at)
     select 'E' || s.id, s.id, 'delivered', s.booked_at, s.booked_at from (${shipmentsOf}) s`,
  );
  await q(
    `insert into device_supplies (shipment_line_id, product_id, udi_di, lot_id, lot_number, quantity, supplied_on,
       recipient_org_nr, recipient_name, delivery_street, delivery_postal_code, delivery_city, delivery_country, implantable)
     select l.id, $1, '07350000000011', $2, $3, 2, (s.booked_at at time zone 'UTC')::date, $4, $5, 'Klinikvägen 1', '21111',
       'Malmö', 'SE', s.g % $7 = 0
     from (${shipmentsOf}) s join shipment_lines l on l.shipment_id = s.id where s.g % $6 = 0`,
    [
      p.product,
      p.lot,
      `LOT-${tag}`,
      orgNr,
      `Klinik ${tag} AB`,
      o.deviceEvery ?? 1_000_000_000,
      o.implantEvery ?? 1_000_000_000,
    ],
  );
  // Usage history and security events (a full address) of the contact, one each per purchase.
  await q(
    `insert into usage_events (contact_id, kind, subject, occurred_at)
     select $1, 'search', 'handskar', o.placed_at - interval '5 minutes' from (${mine}) o`,
    [p.contact],
  );
  await q(
    `insert into security_events (type, at, contact_id, ip)
     select 'customer.signed_in', o.placed_at - interval '10 minutes', $1, '198.51.100.' || (o.g % 250) from (${mine}) o`,
    [p.contact],
  );
  // A recall of the lot, noticed to the contact, at the first purchase.
  const [recall] = await q<{ id: string }>(
    `insert into recalls (product_id, lot_id, reason_sv, reason_en, created_at, created_by)
     values ($1, $2, 'Test', 'Test', $3, gen_random_uuid()) returning id`,
    [p.product, p.lot, o.from],
  );
  await q(
    `insert into recall_notices (recall_id, contact_id, email, recipient_name, buyer_name, order_numbers, quantity, created_at,
       mail_status) values ($1, $2, $3, $4, $5, array[$6], 2, $7, 'sent')`,
    [recall!.id, p.contact, email, `Kund ${tag}`, `Klinik ${tag} AB`, `${tag}-1`, o.from],
  );
  return { companyId: p.company, contactId: p.contact, email, orgNr, productId: p.product };
}

type Q = <T extends Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** Vouchers of one series numbered in date order, from a source query (source_id, source_type, d, at, text). */
async function voucherSeries(q: Q, series: string, source: string, ...lines: [string, number][]) {
  await q(
    `insert into vouchers (series, fiscal_year, number, voucher_date, text, source_type, source_id, created_at)
     select $1, extract(year from s.d)::int, row_number() over (partition by extract(year from s.d) order by s.d, s.source_id),
       s.d, s.text, s.source_type, s.source_id, s.at
     from (${source}) s`,
    [series],
  );
  for (const [pos, [account, amount]] of lines.entries())
    await q(
      `insert into voucher_lines (voucher_id, position, account, amount_ore) select id, $2, $3, $4 from vouchers where series = $1`,
      [series, pos + 1, account, amount],
    );
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
