import type { Database } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { buildDemoData } from './demo-data.ts';
import { seedDemo } from './demo.ts';
import { seedStaff, type StaffLogin } from './staff.ts';
import { LARGE_VOLUME, seedVolume } from './volume.ts';

export type SeedOptions = {
  database: Database;
  clock: Clock;
  /**
   * `demo`: a dozen clinics, a catalogue of 60 articles, six years of their orders with invoices,
   * payments, deliveries and bookkeeping. `large`: that plus a benchmark volume, with one heavy
   * customer (`HEAVY_CUSTOMER_EMAIL`: five years, 5,000 orders, 200,000 usage events).
   */
  size: 'demo' | 'large';
  progress?: (msg: string) => void;
};

export type SeedResult = {
  /** The demo staff logins, one per role (also when they existed already). */
  staff: StaffLogin[];
  /** Rows per table after seeding. */
  counts: Record<string, number>;
};

const COUNTED = {
  companies: 'companies',
  contacts: 'contacts',
  products: 'products',
  categories: 'categories',
  productLots: 'product_lots',
  productImages: 'product_images',
  orders: 'orders',
  orderLines: 'order_lines',
  invoices: 'invoices',
  invoicePayments: 'invoice_payments',
  cardPayments: 'card_payments',
  shipments: 'shipments',
  vouchers: 'vouchers',
  disclosures: 'disclosures',
  usageEvents: 'usage_events',
  staffUsers: 'staff_users',
} as const;

/**
 * Seeds deterministic demo data: the same clock gives the same rows. Idempotent: each part
 * (staff, demo clinics, benchmark volume) is skipped when it is already in the database, and
 * the demo and volume parts are each written in one transaction.
 */
export async function seedDemoData(opts: SeedOptions): Promise<SeedResult> {
  const { database, clock } = opts;
  const progress = opts.progress ?? (() => {});
  const now = clock.now();
  const staff = await seedStaff(database.db, clock, progress);
  await seedDemo(database.db, now, progress);
  if (opts.size === 'large') {
    const excludeOrgNrs = buildDemoData(now).companies.map((c) => c.orgNr);
    await seedVolume(database.db, { now, sizes: LARGE_VOLUME, excludeOrgNrs, progress });
  }
  return { staff, counts: await countRows(database) };
}

export async function countRows(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [key, table] of Object.entries(COUNTED)) {
    const [row] = await database.query<{ n: string | number }>(`select count(*) as n from ${table}`);
    counts[key] = Number(row?.n ?? 0);
  }
  return counts;
}
