/**
 * Erasure (GDPR art. 17) of the heavy customer of `seed --size large` on PostgreSQL, beside two
 * baselines from the same run on the same rows: the plain SQL read of the person's rows (what the
 * extract baseline reads), and plain DELETEs of every one of their rows, children first, in a
 * transaction that is rolled back (so the erasure then finds them all). The erasure times the plan
 * the officer sees (GET) and its approval (one transaction: minimise and restrict what a law keeps,
 * delete the rest, proof, suppression, notices and letter queued).
 */
import { systemClock } from '#src/platform/clock/index.ts';
import type { Database } from '#src/platform/db/index.ts';
import { createJobs } from '#src/platform/jobs/index.ts';
import { createLogger } from '#src/platform/logging/index.ts';
import { createMailService, mailModule } from '#src/platform/mail/index.ts';
import { LOCAL_PSEUDONYM_KEY } from '#src/platform/config/index.ts';
import { createErasures, createSuppressions, rightsLetters, type TableInventory } from '#src/modules/privacy/index.ts';
import { controller, dpo } from '#src/modules/policy/index.ts';
import { sql } from 'drizzle-orm';
import { inventory } from '#src/app/inventory.ts';
import { retentionTargets } from '#src/app/retention.ts';

export type ErasureFigures = {
  rows: number;
  deleted: number;
  kept: number;
  planMs: number;
  erasureMs: number;
  readMs: number;
  deleteMs: number;
};

/** Plain SQL picking a table's rows of the contact and their company (the heavy customer is its company's only contact). */
function filterOf(inv: TableInventory, byName: Map<string, TableInventory>): string | null {
  if (inv.subjectKey?.kind === 'contact') return `${inv.subjectKey.column} = $1`;
  if (inv.subjectKey?.kind === 'company')
    return `${inv.subjectKey.column} = (select company_id from contacts where id = $1)`;
  if (!inv.via) return null;
  const parent = byName.get(inv.via.parent);
  const cond = parent && filterOf(parent, byName);
  if (!cond) return null;
  const key = inv.via.asText ? `${inv.via.parentColumn}::text` : inv.via.parentColumn;
  return `${inv.via.column} in (select ${key} from ${inv.via.parent} where ${cond})`;
}

/** Children before parents: a table whose `via` parent is another customer table comes first. */
function depth(inv: TableInventory, byName: Map<string, TableInventory>): number {
  const parent = inv.via && byName.get(inv.via.parent);
  return parent ? 1 + depth(parent, byName) : 0;
}

export async function measureErasure(database: Database, contactId: string): Promise<ErasureFigures | undefined> {
  const byName = new Map(inventory.map((t) => [t.table, t]));
  const tables = inventory
    .filter((t) => t.scope === 'customer')
    .map((t) => ({ inv: t, filter: filterOf(t, byName) }))
    .filter((x): x is { inv: TableInventory; filter: string } => x.filter !== null);

  // Baseline 1: read every row of the person.
  let t0 = performance.now();
  let rows = 0;
  for (const { inv, filter } of tables)
    rows += (await database.query(`select * from ${inv.table} where ${filter}`, [contactId])).length;
  const readMs = performance.now() - t0;

  // Baseline 2: delete every row of the person with plain SQL, children first; rolled back.
  const order = [...tables].sort((a, b) => depth(b.inv, byName) - depth(a.inv, byName));
  const fkOrder = [
    'card_payments',
    'invoice_payments',
    'voucher_lines',
    'device_supplies',
    'invoices',
    'orders',
    'contacts',
    'companies',
  ];
  order.sort((a, b) => {
    const da = depth(b.inv, byName) - depth(a.inv, byName);
    if (da) return da;
    return (fkOrder.indexOf(a.inv.table) + 1 || 99) - (fkOrder.indexOf(b.inv.table) + 1 || 99);
  });
  t0 = performance.now();
  const rolledBack = new Error('rolled back');
  await database.db
    .transaction(async (tx) => {
      for (const { inv, filter } of order)
        await tx.execute(sql.raw(`delete from ${inv.table} where ${filter.replaceAll('$1', `'${contactId}'`)}`));
      throw rolledBack;
    })
    .catch((err: unknown) => {
      if (err !== rolledBack) throw err;
    });
  const deleteMs = performance.now() - t0;

  const log = createLogger({ level: 'silent' });
  const mail = mailModule({
    mailer: undefined,
    sender: controller,
    publicUrl: 'http://localhost',
    templates: [...rightsLetters],
  });
  const jobs = await createJobs({ database, log, definitions: mail.jobs ?? [] });
  try {
    const erasures = createErasures({
      db: database.db,
      clock: systemClock,
      inventory,
      targets: retentionTargets,
      mail: createMailService({ jobs }),
      suppressions: createSuppressions({ db: database.db, clock: systemClock, key: LOCAL_PSEUDONYM_KEY }),
      noticeAddress: () => dpo.email,
    });
    const [request] = await database.query<{ id: string }>(
      `insert into rights_requests (kind, contact_id, company_id, channel, received_at, status)
       select 'erasure', id, company_id, 'letter', now(), 'in_progress' from contacts where id = $1 returning id`,
      [contactId],
    );
    t0 = performance.now();
    const plan = await erasures.plan(request!.id);
    const planMs = performance.now() - t0;
    t0 = performance.now();
    const result = await erasures.approve(request!.id, plan.planHash, crypto.randomUUID());
    const erasureMs = performance.now() - t0;
    return { rows, deleted: result.erasedRows, kept: result.minimisedRows, planMs, erasureMs, readMs, deleteMs };
  } finally {
    await jobs.stop();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function renderErasure(f: ErasureFigures): string {
  return [
    `erasure of the heavy customer, PostgreSQL (${f.rows.toLocaleString('en-US')} rows of theirs):`,
    `  plan shown to the officer                        ${s(f.planMs)}`,
    `  approval: ${f.deleted.toLocaleString('en-US')} rows deleted, ${f.kept.toLocaleString('en-US')} kept minimised and restricted   ${s(f.erasureMs)}`,
    `  plain SQL read of the same rows                  ${s(f.readMs)}`,
    `  plain DELETE of all their rows (rolled back)      ${s(f.deleteMs)}`,
    `  plan + approval vs plain delete: ${((f.planMs + f.erasureMs) / f.deleteMs).toFixed(1)}×, vs plain read: ${((f.planMs + f.erasureMs) / f.readMs).toFixed(1)}×`,
  ].join('\n');
}
