import type { PolicyData, RetentionRuleDef } from './policy.types.ts';

type WithId = { readonly id: string };

/** The item with this id; throws for an id the data does not hold (a bug, caught by the tests). */
export function byId<T extends WithId>(items: readonly T[], id: string, what: string): T {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`policy: unknown ${what} '${id}'`);
  return found;
}

/** The recipients that may receive data for a purpose (recipients name their purposes, §7). */
export function recipientsFor(data: PolicyData, purposeId: string) {
  return data.recipients.filter((r) => r.purposes.includes(purposeId));
}

/** The statutory rules that keep data of a policy rule longer. */
export function overridesOf(data: PolicyData, ruleId: string) {
  return data.retentionRules.filter((r) => r.kind === 'statutory' && r.overrides.includes(ruleId));
}

/**
 * The statutory rules that keep some of a purpose's data longer: a law that overrides one of the
 * purpose's own rules for a category that both the rule and the purpose hold.
 */
export function statutoryOverridesFor(data: PolicyData, purposeId: string): RetentionRuleDef[] {
  const purpose = byId(data.purposes, purposeId, 'purpose');
  const own = purpose.retention.map((id) => byId(data.retentionRules, id, 'retention rule'));
  const hits = own.flatMap((rule) =>
    overridesOf(data, rule.id).filter((law) =>
      law.categories.some((c) => rule.categories.includes(c) && purpose.categories.includes(c)),
    ),
  );
  return [...new Set(hits)].filter((r) => !purpose.retention.includes(r.id));
}

/** A purpose's own retention rules, then the statutory rules that keep some of its data longer. */
export function retentionFor(data: PolicyData, purposeId: string): RetentionRuleDef[] {
  const purpose = byId(data.purposes, purposeId, 'purpose');
  const own = purpose.retention.map((id) => byId(data.retentionRules, id, 'retention rule'));
  return [...own, ...statutoryOverridesFor(data, purposeId)];
}
