import { policyRetentionRules, type PolicyRetentionRuleId } from './retention.data.ts';
import { statutoryRetentionRules, type StatutoryRetentionRuleId } from './statutory.data.ts';

/** All retention rules: the policy's own first, then the laws that override them. */
export const retentionRules = [...policyRetentionRules, ...statutoryRetentionRules] as const;

export type RetentionRuleId = PolicyRetentionRuleId | StatutoryRetentionRuleId;
export type { PolicyRetentionRuleId, StatutoryRetentionRuleId };
