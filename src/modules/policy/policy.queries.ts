import { policy, type PurposeId, type RecipientId, type RetentionRuleId } from './policy.data.ts';
import { overridesOf, recipientsFor, retentionFor } from './policy.lookup.ts';

/** Typed views across the data: what each purpose discloses to and how long its data is kept. */

/** The recipients a purpose may disclose to (§7; recipients name their purposes). */
export function recipientsOfPurpose(purpose: PurposeId): readonly RecipientId[] {
  return recipientsFor(policy, purpose).map((r) => r.id as RecipientId);
}

/** A purpose's own retention rules, then the statutory rules that keep some of its data longer. */
export function retentionRulesOfPurpose(purpose: PurposeId): readonly RetentionRuleId[] {
  return retentionFor(policy, purpose).map((r) => r.id as RetentionRuleId);
}

/** The statutory rules that override (keep longer) a policy retention rule. */
export function statutoryOverridesOf(rule: RetentionRuleId): readonly RetentionRuleId[] {
  return overridesOf(policy, rule).map((r) => r.id as RetentionRuleId);
}
