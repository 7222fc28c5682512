import { legalBases, responseDeadline } from './bases.data.ts';
import { categories } from './categories.data.ts';
import { controller, dpo, supervisoryAuthority } from './controller.data.ts';
import { purposes } from './purposes.data.ts';
import { recipients } from './recipients.data.ts';
import { triggers } from './retention.data.ts';
import { retentionRules } from './retention.rules.ts';
import { rights } from './rights.data.ts';
import { roles } from './roles.data.ts';
import { securityMeasures, statements } from './statements.data.ts';
import { subjects } from './subjects.data.ts';
import type { PolicyData } from './policy.types.ts';

/** The privacy policy as data: the one source of truth for pages, the art. 30 record and enforcement. */
export const policy = {
  controller,
  dpo,
  supervisoryAuthority,
  statements,
  securityMeasures,
  thirdCountryTransfers: [],
  legalBases,
  responseDeadline,
  triggers,
  categories,
  subjects,
  retentionRules,
  purposes,
  recipients,
  rights,
  roles,
} as const satisfies PolicyData;

export type Policy = typeof policy;

export type { CategoryId } from './categories.data.ts';
export type { SubjectId } from './subjects.data.ts';
export type { PurposeId } from './purposes.data.ts';
export type { RecipientId } from './recipients.data.ts';
export type { RightId } from './rights.data.ts';
export type { RoleId } from './roles.data.ts';
export type { RetentionRuleId, PolicyRetentionRuleId, StatutoryRetentionRuleId } from './retention.rules.ts';
