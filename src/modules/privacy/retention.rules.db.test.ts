import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#src/platform/db/index.ts';
import { createFileStore } from '#src/platform/files/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { declareRetention, planRetention, runSweep, type RetentionTarget } from './index.ts';

/**
 * The rules whose data arrives with later modules (support cases, consents, the do-not-market
 * register), on declared test tables: the engine must already enforce them.
 */
const cases = pgTable('test_cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  summary: text('summary').notNull(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  purchaseAt: timestamp('purchase_at', { withTimezone: true }),
});
const caseImages = pgTable('test_case_images', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  path: text('path').notNull(),
});
const prospects = pgTable('test_prospects', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  collectedAt: timestamp('collected_at', { withTimezone: true }).notNull(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
});
const doNotMarket = pgTable('test_do_not_market', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgNr: text('org_nr').notNull(),
  removalRequestedAt: timestamp('removal_requested_at', { withTimezone: true }),
});

const images = [{ table: caseImages, parentKey: caseImages.caseId, file: caseImages.path }];
const what = { sv: 'Test', en: 'Test' };
const targets: RetentionTarget[] = [
  declareRetention({
    id: 'test.cases_closed',
    module: 'test',
    rule: 'case_until_closed',
    table: cases,
    key: cases.id,
    anchor: cases.closedAt,
    action: 'delete',
    children: images,
    what,
  }),
  declareRetention({
    id: 'test.cases_linked',
    module: 'test',
    rule: 'case_linked_to_purchase',
    table: cases,
    key: cases.id,
    anchor: cases.purchaseAt,
    action: 'delete',
    children: images,
    what,
  }),
  declareRetention({
    id: 'test.prospects_withdrawn',
    module: 'test',
    rule: 'consent_withdrawn',
    table: prospects,
    key: prospects.id,
    anchor: prospects.withdrawnAt,
    action: 'delete',
    what,
  }),
  declareRetention({
    id: 'test.prospects_5y',
    module: 'test',
    rule: 'consent_5y',
    table: prospects,
    key: prospects.id,
    anchor: prospects.collectedAt,
    action: 'delete',
    what,
  }),
  declareRetention({
    id: 'test.do_not_market',
    module: 'test',
    rule: 'do_not_market_while_wanted',
    table: doNotMarket,
    key: doNotMarket.id,
    anchor: doNotMarket.removalRequestedAt,
    action: 'delete',
    what,
  }),
];

let database: Database;
let dir: string;
const files = () => createFileStore(dir);
const at = (iso: string) => new Date(iso);
const plus = (iso: string, ms: number) => new Date(at(iso).getTime() + ms);
const ids = async (table: string) =>
  (
    await database.query<{ label: string }>(
      `select ${table === 'test_do_not_market' ? 'org_nr' : table === 'test_prospects' ? 'email' : 'summary'} as label from ${table} order by 1`,
    )
  ).map((r) => r.label);
const sweep = (asOf: Date, batchSize = 2) =>
  runSweep({ db: database.db, targets, files: files(), now: () => asOf }, { asOf, trigger: 'test', batchSize });

beforeAll(async () => {
  database = await testDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ks-retention-'));
  await database.exec(`
    create table test_cases (id uuid primary key default gen_random_uuid(), summary text not null,
      closed_at timestamptz, purchase_at timestamptz);
    create table test_case_images (id uuid primary key default gen_random_uuid(),
      case_id uuid not null references test_cases(id), path text not null);
    create table test_prospects (id uuid primary key default gen_random_uuid(), email text not null,
      collected_at timestamptz not null, withdrawn_at timestamptz);
    create table test_do_not_market (id uuid primary key default gen_random_uuid(), org_nr text not null,
      removal_requested_at timestamptz);`);
});
afterAll(async () => {
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

describe('rules for data that later modules store, on declared test tables', () => {
  it('a case is kept until it is closed; its images go with it, from the table and the files folder', async () => {
    const [open] = await database.query<{ id: string }>(
      `insert into test_cases (summary) values ('open') returning id`,
    );
    const [closed] = await database.query<{ id: string }>(
      `insert into test_cases (summary, closed_at) values ('closed', '2026-05-10T12:00:00Z') returning id`,
    );
    for (const [c, n] of [
      [open!.id, 1],
      [closed!.id, 2],
    ] as const)
      for (let i = 0; i < n; i++) {
        const p = `cases/${c}/${i}.jpg`;
        await files().put(p, 'jpeg');
        await database.query('insert into test_case_images (case_id, path) values ($1, $2)', [c, p]);
      }
    await sweep(at('2026-05-10T12:00:00Z'));
    expect(await ids('test_cases')).toEqual(['closed', 'open']);
    const result = await sweep(plus('2026-05-10T12:00:00Z', 1));
    expect(await ids('test_cases')).toEqual(['open']);
    expect(result.outcomes.find((o) => o.target === 'test.cases_closed')).toMatchObject({
      rows: 1,
      related: { test_case_images: 2 },
      files: 2,
    });
    expect(await files().list()).toEqual([`cases/${open!.id}/0.jpg`]);
    expect(await database.query('select * from retention_file_queue')).toEqual([]);
  });

  it('a case about a purchase goes five years after the purchase at the latest, even while open', async () => {
    await database.query(
      `insert into test_cases (summary, purchase_at) values ('about a purchase', '2021-06-01T08:00:00Z')`,
    );
    await sweep(at('2026-06-01T08:00:00Z'));
    expect(await ids('test_cases')).toEqual(['about a purchase', 'open']);
    await sweep(plus('2026-06-01T08:00:00Z', 1));
    expect(await ids('test_cases')).toEqual(['open']);
  });

  it('consent: five years after collection; a withdrawal is honoured at the next sweep, well within six months', async () => {
    await database.query(
      `insert into test_prospects (email, collected_at, withdrawn_at) values
        ('kept@x.example', '2024-01-10T09:00:00Z', null),
        ('old@x.example', '2021-01-10T09:00:00Z', null),
        ('withdrew@x.example', '2025-03-01T09:00:00Z', '2026-02-01T09:00:00Z')`,
    );
    await sweep(at('2026-01-10T09:00:00Z'));
    expect(await ids('test_prospects')).toEqual(['kept@x.example', 'old@x.example', 'withdrew@x.example']);
    await sweep(plus('2026-01-10T09:00:00Z', 1));
    expect(await ids('test_prospects')).toEqual(['kept@x.example', 'withdrew@x.example']);
    // Withdrawn at 09:00 on 1 February: the sweep a minute later deletes it.
    const plan = await planRetention(database.db, targets, at('2026-02-01T09:01:00Z'));
    expect(plan.entries.find((e) => e.target === 'test.prospects_withdrawn')).toMatchObject({
      due: 1,
      earliest: '2026-02-01',
      latest: '2026-02-01',
    });
    await sweep(at('2026-02-01T08:59:00Z'));
    expect(await ids('test_prospects')).toEqual(['kept@x.example', 'withdrew@x.example']);
    await sweep(at('2026-02-01T09:01:00Z'));
    expect(await ids('test_prospects')).toEqual(['kept@x.example']);
  });

  it('the do-not-market register keeps a company until it asks to be removed', async () => {
    await database.query(
      `insert into test_do_not_market (org_nr, removal_requested_at) values ('5569403339', null), ('5560000001', '2026-07-01T10:00:00Z')`,
    );
    await sweep(at('2026-07-01T10:00:00Z'));
    expect(await ids('test_do_not_market')).toEqual(['5560000001', '5569403339']);
    await sweep(plus('2026-07-01T10:00:00Z', 1));
    expect(await ids('test_do_not_market')).toEqual(['5569403339']);
  });

  it('two sweeps at once delete each row once: the proof counts every row exactly once', async () => {
    await database.query(
      `insert into test_prospects (email, collected_at) select 'bulk' || g || '@x.example', '2020-01-01T00:00:00Z'
         from generate_series(1, 40) g`,
    );
    const asOf = at('2026-12-01T00:00:00Z');
    const [a, b] = await Promise.all([sweep(asOf, 3), sweep(asOf, 3)]);
    const rows = (r: typeof a) => r.outcomes.find((o) => o.target === 'test.prospects_5y')!.rows;
    expect(rows(a) + rows(b)).toBe(40);
    const proof = await database.query<{ n: number; distinct: number }>(
      `select sum(rows)::int as n, (select count(distinct h)::int from retention_actions, unnest(id_hashes) h
         where target = 'test.prospects_5y') as distinct from retention_actions where target = 'test.prospects_5y'`,
    );
    expect(proof[0]).toEqual({ n: 41, distinct: 41 }); // the 40 and 'old@' earlier
  });

  it('a sweep killed after its deletion but before the files went removes them on the next run', async () => {
    const [c] = await database.query<{ id: string }>(
      `insert into test_cases (summary, closed_at) values ('crashed', '2026-08-01T00:00:00Z') returning id`,
    );
    const p = `cases/${c!.id}/x.jpg`;
    await files().put(p, 'jpeg');
    // As a killed sweep leaves it: the rows deleted and the file queued in one commit, the file still there.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`delete from test_cases where id = ${c!.id}`);
      await tx.execute(sql`insert into retention_file_queue (path, queued_at) values (${p}, now())`);
    });
    expect(await files().list()).toContain(p);
    await sweep(at('2026-08-02T00:00:00Z'));
    expect(await files().list()).not.toContain(p);
    expect(await database.query('select * from retention_file_queue')).toEqual([]);
  });
});
