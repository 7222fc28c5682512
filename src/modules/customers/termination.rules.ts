import type { TableInventory } from '#src/modules/privacy/index.ts';
import {
  categories,
  retentionDeadline,
  retentionRules,
  statutoryOverridesOf,
  type RetentionRuleId,
  type StatutoryRetentionRuleId,
} from '#src/modules/policy/index.ts';

/**
 * What account termination (§6) does with another module's rows, decided from the personal-data
 * inventory and the policy, not by hand: a table's rows are kept when a law (a statutory rule of
 * the policy module) overrides the retention rule of one of its columns for that column's
 * category — e.g. order history (`history_5y`, purchase_history) is kept under Bokföringslagen —
 * and deleted at once otherwise (e.g. usage history, which no law requires).
 */

export type Bilingual = { sv: string; en: string };

type StatutoryRule = Extract<(typeof retentionRules)[number], { kind: 'statutory' }>;

const isStatutory = (r: (typeof retentionRules)[number]): r is StatutoryRule => r.kind === 'statutory';
// An open legal claim (an unpaid invoice, a dispute) keeps data case by case: the retention engine
// holds such rows while the claim is open. It is not a law that keeps a whole table.
const statutory = retentionRules.filter(isStatutory).filter((r) => r.trigger !== 'claim_settled');

/** The laws that keep a table's rows after the account ends; none: the rows are deleted at once. */
export function lawsKeeping(table: Pick<TableInventory, 'personal'>): StatutoryRule[] {
  const ids = new Set<StatutoryRetentionRuleId>();
  for (const col of Object.values(table.personal)) {
    const candidates: readonly RetentionRuleId[] = [col.retention, ...statutoryOverridesOf(col.retention)];
    for (const law of statutory) {
      if (candidates.includes(law.id) && (law.categories as readonly string[]).includes(col.category)) ids.add(law.id);
    }
  }
  return statutory.filter((r) => ids.has(r.id));
}

/** "Köp- och orderhistorik": what a table holds, from its columns' categories. */
export function tableTitle(table: Pick<TableInventory, 'personal'>): Bilingual {
  const ids = [...new Set(Object.values(table.personal).map((c) => c.category))];
  const labels = ids.map((id) => categories.find((c) => c.id === id)!.label);
  return { sv: labels.map((l) => l.sv).join(', '), en: labels.map((l) => l.en).join(', ') };
}

export type KeptLaw = {
  rule: StatutoryRetentionRuleId;
  citation: string;
  name: Bilingual;
  statement: Bilingual;
  keptData: Bilingual;
  /** The last day the data may be kept (UTC date), from the latest record's date. */
  until: string;
  /** When the law applies to some of the records only (medical devices, implants): to which. */
  condition: Bilingual | null;
};

/** Each law's deadline for records whose latest date is `latest`. */
export function keptLaws(laws: readonly StatutoryRule[], latest: Date): KeptLaw[] {
  return laws.map((law) => ({
    rule: law.id,
    citation: law.law.citation,
    name: law.law.name,
    statement: law.statement,
    keptData: law.keptData,
    until: retentionDeadline(law.id, latest).toISOString().slice(0, 10),
    condition: law.trigger === 'device_supplied' ? law.title : null,
  }));
}
