import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type { RetentionChild } from '#src/modules/privacy/index.ts';
import { inventory } from '#src/app/inventory.ts';
import { retentionTargets } from '#src/app/retention.ts';

/**
 * Every personal column is enforced: for each table of the inventory and each retention rule its
 * columns are declared under, a retention target deletes or minimises that table's rows under
 * that rule — itself, or as related rows of another table's target. A new module that stores
 * personal data under a rule without declaring a target fails here.
 */
const elsewhere: Record<string, string> = {
  // §6: the account's own data is deleted when the account is terminated (customers module).
  'account_lifetime:*': 'account termination',
  // Throttle counters are pseudonymous hashes, purged by identity.purge-throttle-counters.
  'security_ip_30d:throttle_counters': 'identity.purge-throttle-counters',
};

function covered(): Set<string> {
  const out = new Set<string>();
  const walk = (rule: string, children: RetentionChild[] = []) => {
    for (const c of children) {
      out.add(`${rule}:${getTableConfig(c.table).name}`);
      walk(rule, c.children);
    }
  };
  for (const t of retentionTargets) {
    out.add(`${t.rule}:${getTableConfig(t.table).name}`);
    if (t.action === 'delete') walk(t.rule, t.children);
  }
  return out;
}

describe('retention coverage of the personal-data inventory', () => {
  it('every rule a personal column is declared under is enforced on its table', () => {
    const have = covered();
    const missing: string[] = [];
    for (const table of inventory)
      for (const rule of new Set(Object.values(table.personal).map((c) => c.retention))) {
        const key = `${rule}:${table.table}`;
        if (!have.has(key) && !elsewhere[key] && !elsewhere[`${rule}:*`]) missing.push(key);
      }
    expect(missing).toEqual([]);
  });

  it('every target’s table is in the inventory, and target ids are unique', () => {
    const tables = new Set(inventory.map((t) => t.table));
    for (const t of retentionTargets) expect(tables.has(getTableConfig(t.table).name), t.id).toBe(true);
    const ids = retentionTargets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
