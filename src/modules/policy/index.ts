/** The privacy policy as typed data, and everything rendered from it. The module's only public surface. */

// The data and its ids
export { policy, type Policy } from './policy.data.ts';
export type { CategoryId, SubjectId, PurposeId, RecipientId, RightId, RoleId } from './policy.data.ts';
export type { RetentionRuleId, PolicyRetentionRuleId, StatutoryRetentionRuleId } from './policy.data.ts';
export { controller, dpo, supervisoryAuthority, fiscalYear } from './controller.data.ts';
export { categories } from './categories.data.ts';
export { subjects } from './subjects.data.ts';
export { purposes } from './purposes.data.ts';
export { recipients } from './recipients.data.ts';
export { retentionRules } from './retention.rules.ts';
export { rights } from './rights.data.ts';
export { roles } from './roles.data.ts';
export { legalBases, responseDeadline } from './bases.data.ts';
export { statements, securityMeasures } from './statements.data.ts';
export type * from './policy.types.ts';
export { langs } from './policy.types.ts';
export { policySchema, referenceProblems } from './policy.schema.ts';

// Organisationsnummer
export {
  parseOrganisationsnummer,
  luhnCheckDigit,
  legalForms,
  type LegalForm,
  type ParsedOrgNr,
  type OrgNrFailure,
} from './orgnr.ts';

// Purpose-bound access
export {
  purposesOfRole,
  categoriesOfPurpose,
  categoriesOfRole,
  rolesOfPurpose,
  mayRoleUse,
  type UseDecision,
  type UseRefusal,
} from './access.ts';

// Views across the data
export { recipientsOfPurpose, retentionRulesOfPurpose, statutoryOverridesOf } from './policy.queries.ts';

// Retention and deadlines
export { retentionDeadline, rightsResponseDeadline, addDuration, periodEnd } from './deadlines.ts';
export { policyVersion } from './version.ts';
export { periodText, actionText, retentionSentence, formatDuration } from './retention.words.ts';

// Rendered from the data
export { renderPolicyPage } from './page.render.ts';
export { pagePaths } from './page.labels.ts';
export { buildRopa } from './ropa.build.ts';
export { renderRopa, csvColumns } from './ropa.render.ts';
export { ropaSchema, ropaFormats, type Ropa, type RopaActivity, type RopaFormat } from './ropa.schema.ts';
export { registerPolicyRoutes, type PolicyRouteDeps } from './policy.routes.ts';

// Clauses and their enforcement points
export {
  allClauses,
  isClauseId,
  validateEnforcementPoints,
  coverage,
  formatCoverage,
  UnknownClauseError,
  type Clause,
  type ClauseId,
  type EnforcementPoint,
  type CoverageRow,
} from './enforcement.ts';
