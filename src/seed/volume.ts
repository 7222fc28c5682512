import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { withLuhn } from './checksums.ts';
import { productCategoriesSql, productImagesSql, productLotsSql } from './volume-catalog-sql.ts';
import { companiesSql, contactsSql, productsSql, usageEventsSql, type VolumeContext } from './volume-sql.ts';
import { ordersSql } from './volume-orders-sql.ts';
import { invoicesSql, numberSequencesSql } from './volume-invoices-sql.ts';
import { HEAVY_ORG_NR, heavyCustomerSql, heavyUsageEventsSql, type HeavyCustomer } from './volume-heavy-sql.ts';

/**
 * The benchmark volume, generated inside the database (see volume-sql.ts), so nothing large
 * crosses the wire and the same sizes give the same rows on PGlite and PostgreSQL. All of it is
 * written in one transaction: a failed run leaves nothing behind, and a second run finds the
 * first volume company and does nothing.
 */
export type VolumeSizes = {
  companies: number;
  products: number;
  orders: number;
  usageEvents: number;
  /** One customer with five years of history: this many of the orders, and usage events of their own. */
  heavy?: HeavyCustomer;
};

export const LARGE_VOLUME: VolumeSizes = {
  companies: 5_000,
  products: 2_000,
  orders: 300_000,
  usageEvents: 300_000,
  heavy: { orders: 5_000, usageEvents: 200_000 },
};

const ORDER_BATCH = 50_000;
const EVENT_BATCH = 100_000;

/** The org. nr of volume company 1: present once the volume has been seeded. */
export const VOLUME_MARKER_ORG_NR = withLuhn(String(559_000_000 + 7_919));

type Exec = (query: SQL) => Promise<{ rows: unknown[] }>;

const batches = (total: number, size: number) =>
  Array.from({ length: Math.ceil(total / size) }, (_, i) => [i * size + 1, Math.min(total, (i + 1) * size)] as const);

export async function seedVolume(
  db: Db,
  opts: { now: Date; sizes: VolumeSizes; excludeOrgNrs: string[]; progress?: (msg: string) => void },
): Promise<boolean> {
  const { sizes } = opts;
  const progress = opts.progress ?? (() => {});
  if (sizes.products > 79_999) throw new Error('seedVolume: at most 79,999 products (five-digit item references)');
  if (sizes.companies > 20_000) throw new Error('seedVolume: at most 20,000 companies (unique personnummer)');
  const exec: Exec = (q) => db.execute(q) as never;
  if ((await exec(sql`select 1 from companies where org_nr = ${VOLUME_MARKER_ORG_NR}`)).rows.length > 0) {
    progress('volume data already present');
    return false;
  }
  const ctx: VolumeContext = {
    now: opts.now,
    // The heavy customer is not one of the volume companies that orders are spread over.
    excludeOrgNrs: sizes.heavy ? [...opts.excludeOrgNrs, HEAVY_ORG_NR] : opts.excludeOrgNrs,
    orders: sizes.orders,
    usageEvents: sizes.usageEvents,
    heavy: sizes.heavy,
  };
  const started = performance.now();
  const timed = async (what: string, run: Exec, q: SQL) => {
    const t = performance.now();
    await run(q);
    progress(`volume: ${what} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  };

  await db.transaction(async (tx) => {
    const run: Exec = (q) => tx.execute(q) as never;
    // Room for the generator's sorts and hashes (PostgreSQL's default is 4 MB); this transaction only.
    await run(sql`set local work_mem = '64MB'`);
    await timed(`${sizes.companies} companies`, run, companiesSql(ctx, sizes.companies));
    await timed('contacts', run, contactsSql(ctx));
    if (sizes.heavy) await timed('the heavy customer', run, heavyCustomerSql(ctx));
    await timed(`${sizes.products} products`, run, productsSql(ctx, sizes.products));
    await timed('product categories', run, productCategoriesSql());
    await timed('product lots', run, productLotsSql(ctx));
    await timed('product images', run, productImagesSql());
    for (const [from, to] of batches(sizes.orders, ORDER_BATCH)) {
      await timed(`orders ${from}–${to} of ${sizes.orders}`, run, ordersSql(ctx, from, to));
      const [invoices, lines, sales, payments] = invoicesSql(ctx, from, to);
      await timed('  their invoices', run, invoices!);
      await timed('  invoice lines', run, lines!);
      await timed('  sales vouchers', run, sales!);
      await timed('  invoice payments', run, payments!);
      // The next batch (and the checkout after the seed) numbers on from here.
      for (const q of numberSequencesSql()) await run(q);
    }
    for (const [from, to] of batches(sizes.usageEvents, EVENT_BATCH)) {
      await timed(`usage events ${from}–${to} of ${sizes.usageEvents}`, run, usageEventsSql(ctx, from, to));
    }
    const heavyEvents = sizes.heavy?.usageEvents ?? 0;
    for (const [from, to] of batches(heavyEvents, EVENT_BATCH)) {
      const what = `the heavy customer's usage events ${from}–${to} of ${heavyEvents}`;
      await timed(what, run, heavyUsageEventsSql(ctx, from, to));
    }
  });
  // Fresh statistics, so the first queries after seeding get sensible plans.
  await timed(
    'analyze',
    exec,
    sql`analyze companies, contacts, products, product_categories, product_lots, product_images, orders, order_lines,
      usage_events, invoices, invoice_lines, invoice_payments, vouchers, voucher_lines`,
  );
  progress(`volume: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
