/**
 * `npm run bench:extract`: the register extract (JSON) of a heavy customer — five years, 5,000
 * orders with their invoices, shipments and vouchers, 200,000 usage events — on PostgreSQL, beside
 * the time to read the same rows by plain SQL (one `select *` per table, the same filters) in the
 * same run. Aim: under 2 s and under 3× the plain read.
 */
import { systemClock } from '#src/platform/clock/index.ts';
import { buildExtract } from '#src/modules/privacy/index.ts';
import { inventory } from '#src/app/inventory.ts';
import { retentionTargets } from '#src/app/retention.ts';
import { insertPurchases } from '../test/purchases.ts';
import { openBenchPostgres } from './backends.ts';

const ROUNDS = 5;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const backend = await openBenchPostgres(adminUrl);
if ('unreachable' in backend) throw new Error(`no PostgreSQL: ${backend.unreachable}`);
const { database } = backend;
try {
  const now = systemClock.now();
  const from = new Date(now.getTime() - 5 * 365 * 86_400_000);
  const heavy = await insertPurchases(database, {
    tag: 'heavy',
    count: 5_000,
    from,
    stepMinutes: Math.floor((5 * 365 * 1440) / 5_000),
    paidEvery: 2,
    cardEvery: 4,
    deviceEvery: 5,
  });
  // Others around them, so the indexes matter: 20 customers with 500 purchases each.
  for (let i = 0; i < 20; i++)
    await insertPurchases(database, {
      tag: `other${String.fromCharCode(97 + i)}`,
      count: 500,
      from,
      stepMinutes: 5_000,
    });
  await database.query(
    `insert into usage_events (contact_id, kind, subject, occurred_at)
     select $1, 'view', 'KS-' || (g % 2000), $2::timestamptz - (g || ' minutes')::interval from generate_series(1, 195000) g`,
    [heavy.contactId, now],
  );
  await database.exec('analyze');
  const [counts] = await database.query<{ orders: number; usage: number }>(
    `select (select count(*)::int from orders where contact_id = $1) as orders,
            (select count(*)::int from usage_events where contact_id = $1) as usage`,
    [heavy.contactId],
  );
  console.log(`heavy customer: ${counts!.orders} orders, ${counts!.usage} usage events`);

  // The plain read: the same rows, table by table, as the driver gives them.
  const plainRead = async () => {
    let rows = 0;
    const c = heavy.contactId;
    const q = async (text: string) => (rows += (await database.query(text, [c])).length);
    await q('select * from contacts where id = $1');
    await q('select * from companies where id = (select company_id from contacts where id = $1)');
    await q('select * from orders where contact_id = $1');
    await q('select * from order_lines where order_id in (select id from orders where contact_id = $1)');
    await q('select * from card_payments where order_id in (select id from orders where contact_id = $1)');
    await q('select * from shipments where order_id in (select id from orders where contact_id = $1)');
    await q(
      `select * from shipment_lines where shipment_id in (select id from shipments where order_id in (select id from orders where contact_id = $1))`,
    );
    await q(
      `select * from carrier_events where shipment_id in (select id from shipments where order_id in (select id from orders where contact_id = $1))`,
    );
    await q('select * from invoices where company_id = (select company_id from contacts where id = $1)');
    await q(
      'select * from invoice_lines where invoice_id in (select id from invoices where company_id = (select company_id from contacts where id = $1))',
    );
    await q(
      'select * from invoice_payments where invoice_id in (select id from invoices where company_id = (select company_id from contacts where id = $1))',
    );
    await q(
      `select * from vouchers where source_id in (select id::text from invoices where company_id = (select company_id from contacts where id = $1))`,
    );
    await q('select * from usage_events where contact_id = $1');
    await q('select * from security_events where contact_id = $1');
    await q('select * from recall_notices where contact_id = $1');
    return rows;
  };
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  await plainRead();
  await buildExtract(database.db, { inventory, targets: retentionTargets, now }, heavy.contactId);
  const plain: number[] = [];
  const extract: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    plain.push(await time(async () => (rows = await plainRead())));
    extract.push(
      await time(async () => {
        const x = await buildExtract(database.db, { inventory, targets: retentionTargets, now }, heavy.contactId);
        bytes = JSON.stringify(x).length;
      }),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [p, e] = [median(plain), median(extract)];
  console.log(
    [
      `register extract of a heavy customer, PostgreSQL, median of ${ROUNDS}:`,
      `  extract as JSON (built and serialised, ${(bytes / 1e6).toFixed(1)} MB)  ${(e / 1000).toFixed(2)} s`,
      `  plain SQL read of the same ${rows.toLocaleString('en-US')} rows          ${(p / 1000).toFixed(2)} s`,
      `  extract vs plain: ${(e / p).toFixed(1)}× (aim: under 2 s and under 3×)`,
    ].join('\n'),
  );
} finally {
  await backend.dispose();
}
