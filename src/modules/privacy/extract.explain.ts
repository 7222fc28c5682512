import {
  categories,
  legalBases,
  policy,
  purposes,
  recipients,
  retentionSentence,
  type CategoryId,
  type PurposeId,
  type RetentionRuleId,
  type SubjectId,
} from '#src/modules/policy/index.ts';
import type { PersonalColumn } from './inventory.ts';

export type Localized = { sv: string; en: string };

/** Why a kind of data is held about this person: purposes, legal bases, recipients, how long. */
export type Explanation = {
  category: { id: string; label: Localized; explanation: Localized; technical: boolean };
  purposes: {
    id: string;
    title: Localized;
    basis: { article: string; label: Localized; explanation: Localized } | null;
  }[];
  recipients: { id: string; name: Localized; kind: string }[];
  retention: { rule: string; title: Localized; statement: Localized; kind: 'policy' | 'statutory' }[];
};

const find = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((x) => x.id === id)!;

/**
 * The explanation of one category as declared for one table's columns, for this kind of data
 * subject: only the purposes the columns serve, the legal basis that applies to the subject, the
 * recipients of those purposes that receive this category, and the retention rules that govern it.
 */
export function explain(category: CategoryId, columns: PersonalColumn[], subject: SubjectId): Explanation {
  const cat = find(categories, category);
  const purposeIds = [...new Set(columns.flatMap((c) => c.purposes))] as PurposeId[];
  const ruleIds = [...new Set(columns.map((c) => c.retention))] as RetentionRuleId[];
  return {
    category: { id: cat.id, label: cat.label, explanation: cat.explanation, technical: cat.technical },
    purposes: purposeIds.map((id) => {
      const p = find(purposes, id);
      const b = (
        p.bases as readonly { basis: keyof typeof legalBases; appliesTo: readonly string[]; explanation: Localized }[]
      ).find((x) => x.appliesTo.includes(subject));
      return {
        id,
        title: p.title,
        basis: b
          ? { article: legalBases[b.basis].article, label: legalBases[b.basis].label, explanation: b.explanation }
          : null,
      };
    }),
    recipients: recipients
      .filter(
        (r) =>
          (r.purposes as readonly string[]).some((p) => purposeIds.includes(p as PurposeId)) &&
          (r.categories as readonly string[]).includes(category),
      )
      .map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
    retention: ruleIds.map((id) => {
      const r = find(policy.retentionRules, id);
      return {
        rule: id,
        title: r.title,
        statement: { sv: retentionSentence(policy, r, 'sv'), en: retentionSentence(policy, r, 'en') },
        kind: r.kind,
      };
    }),
  };
}
