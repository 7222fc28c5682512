import { randomUUID } from 'node:crypto';
import fastify from 'fastify';
import pg from 'pg';
import type { Database } from '#src/platform/db/index.ts';
import { listen, type Server } from './bare.ts';

type Q = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** One transaction: a client of our own pool on PostgreSQL, PGlite's own transaction otherwise. */
function transactions(database: Database): { run<T>(fn: (q: Q) => Promise<T>): Promise<T>; close(): Promise<void> } {
  if (database.pglite) {
    const lite = database.pglite;
    return {
      run: (fn) => lite.transaction((tx) => fn(async (t, p) => (await tx.query<Record<string, unknown>>(t, p)).rows)),
      close: async () => {},
    };
  }
  const pool = new pg.Pool({ connectionString: database.connectionString!, max: 10 });
  return {
    async run(fn) {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const r = await fn(async (t, p) => (await c.query(t, p)).rows as Record<string, unknown>[]);
        await c.query('commit');
        return r;
      } catch (e) {
        await c.query('rollback');
        throw e;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * The baseline: a bare Fastify route (no zod, no hooks, no Drizzle) that runs the checkout's
 * own statements in one transaction — key lock, key lookup, product read, conditional stock
 * decrement per line, order number, order, lines, the invoice (number, invoice, lines, sales
 * voucher and its lines), the confirmation job — and answers the order number.
 */
export async function startBareCheckout(database: Database): Promise<Server> {
  const tx = transactions(database);
  const app = fastify({ logger: false });
  app.post('/api/checkout', async (req, reply) => {
    const key = String(req.headers['idempotency-key']);
    const body = req.body as { lines: { articleNumber: string; quantity: number }[]; buyer: Record<string, unknown> };
    const number = await tx.run(async (q) => {
      await q('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`checkout:guest:${key}`]);
      await q('select id, request_hash from orders where idempotency_scope = $1 and idempotency_key = $2', [
        'guest',
        key,
      ]);
      const products = await q(
        // In id order, as the platform reserves: two checkouts never wait on each other's rows crosswise.
        'select id, article_number, name_sv, price_ex_vat_ore, vat_rate from products where article_number = any($1) order by id',
        [body.lines.map((l) => l.articleNumber)],
      );
      for (const p of products) {
        const l = body.lines.find((x) => x.articleNumber === p.article_number)!;
        const r = await q('update products set stock = stock - $1 where id = $2 and stock >= $1 returning id', [
          l.quantity,
          p.id,
        ]);
        if (r.length === 0) throw new Error('out of stock');
      }
      const [seq] = await q(
        `insert into order_number_sequences (year, last) values (2026, 1)
         on conflict (year) do update set last = order_number_sequences.last + 1 returning last`,
      );
      const orderNumber = `KS-2026-${String(seq!.last).padStart(6, '0')}`;
      const [order] = await q(
        `insert into orders (order_number, account_used, status, payment_method, buyer_org_nr, buyer_name, contact_name,
           contact_email, total_ex_vat_ore, vat_ore, idempotency_key, idempotency_scope, request_hash, placed_at)
         values ($1, false, 'placed', 'invoice', $2, $3, $4, $5, 0, 0, $6, 'guest', $7, now()) returning *`,
        [orderNumber, body.buyer.orgNr, body.buyer.companyName, body.buyer.contactName, body.buyer.email, key, key],
      );
      for (const [i, p] of products.entries())
        await q(
          `insert into order_lines (order_id, position, product_id, article_number, name, quantity, unit_price_ex_vat_ore, vat_rate)
           values ($1, $2, $3, $4, $5, 1, $6, $7) returning *`,
          [order!.id, i + 1, p.id, p.article_number, p.name_sv, p.price_ex_vat_ore, p.vat_rate],
        );
      // The invoice, as the checkout's hook writes it: number, invoice, lines, sales voucher.
      const [iseq] = await q(
        `insert into invoice_number_sequences (series, last) values ('2026', 1)
         on conflict (series) do update set last = invoice_number_sequences.last + 1 returning last`,
      );
      const invoiceNumber = `2026-${String(iseq!.last).padStart(6, '0')}`;
      const [invoice] = await q(
        `insert into invoices (invoice_number, series, sequence, ocr, order_id, order_number, issue_date, supply_date,
           due_date, buyer_name, buyer_org_nr, buyer_street, buyer_postal_code, buyer_city, buyer_country, reverse_charge,
           total_ex_vat_ore, vat_ore, rounding_ore, total_inc_vat_ore, status, created_at)
         values ($1, '2026', $2, $3, $4, $5, current_date, current_date, current_date + 30, $6, $7, 'Testgatan 1', '21111',
           'Malmö', 'SE', false, 0, 0, 0, 0, 'unpaid', now()) returning id`,
        [
          invoiceNumber,
          iseq!.last,
          `ocr${invoiceNumber}`,
          order!.id,
          orderNumber,
          body.buyer.companyName,
          body.buyer.orgNr,
        ],
      );
      await q(
        `insert into invoice_lines (invoice_id, position, article_number, description, quantity, unit_price_ex_vat_ore,
           vat_rate, line_ex_vat_ore, line_vat_ore)
         select $1, p, 'A', 'A', 1, 0, 25, 0, 0 from generate_series(1, $2::int) p`,
        [invoice!.id, products.length + 1],
      );
      const [vseq] = await q(
        `insert into voucher_number_sequences (series, fiscal_year, last) values ('A', 2026, 1)
         on conflict (series, fiscal_year) do update set last = voucher_number_sequences.last + 1 returning last`,
      );
      const [voucher] = await q(
        `insert into vouchers (series, fiscal_year, number, voucher_date, text, source_type, source_id, created_at)
         values ('A', 2026, $1, current_date, $2, 'invoice', $3, now()) returning id`,
        [vseq!.last, `Faktura ${invoiceNumber}`, invoice!.id],
      );
      await q(
        `insert into voucher_lines (voucher_id, position, account, amount_ore)
         select $1, p, '1510', 0 from generate_series(1, 4) p`,
        [voucher!.id],
      );
      await q(`insert into pgboss.job (id, name, data) values ($1, 'mail.send', $2)`, [
        randomUUID(),
        JSON.stringify({ template: 'orders.confirmation', to: body.buyer.email, params: {} }),
      ]);
      return orderNumber;
    });
    return reply.code(201).send({ orderNumber: number });
  });
  const url = await listen(app);
  return {
    url,
    async close() {
      await app.close();
      await tx.close();
    },
  };
}
