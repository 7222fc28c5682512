/** The privacy kernel: the personal-data inventory, purpose-bound access and the tamper-evident access log. */
export { accessLog } from './access-log.tables.ts';
export {
  declareTable,
  categoryOfColumn,
  InventoryError,
  type PersonalColumn,
  type TableInventory,
  type TableScope,
} from './inventory.ts';
export { privacyInventory } from './privacy.data.ts';
export {
  createPurposeAccess,
  filterRow,
  roleForPurpose,
  type PurposeAccess,
  type StaffActor,
  type SubjectRef,
  type AccessAction,
  type AccessLogWriter,
} from './purpose-access.ts';
export { createAccessLog, type AccessLog, type AccessLogDeps } from './access-log.service.ts';
export { accessLogCheckpointJob } from './access-log.jobs.ts';
export { registerAccessLogRoutes, ACCESS_LOG_READERS, type AccessLogRouteDeps } from './access-log.routes.ts';
export { AccessLogError, type AccessLogFailure } from './access-log.errors.ts';
export {
  accessLogEntrySchema,
  subjectTypes,
  accessActions,
  actorTypes,
  type AccessLogEntry,
  type AccessLogEntryInput,
  type SubjectAccess,
  type Problem,
  type ProblemKind,
  type VerifyResult,
  type Checkpoint,
} from './access-log.types.ts';
export type { Tx as AccessLogTx } from './access-log.repo.ts';
export { privacyModule } from './privacy.module.ts';
export { withLabels, entryLabelsSchema, localizedSchema } from './access-log.labels.ts';
export { disclosures } from './disclosures.tables.ts';
export {
  recordDisclosure,
  listDisclosures,
  disclosuresForReferences,
  disclosureWithLabels,
  type DisclosureTx,
} from './disclosures.service.ts';
export { disclosureInputSchema, type Disclosure, type DisclosureInput } from './disclosures.types.ts';
export { registerDisclosureRoutes, DISCLOSURE_LOG_READERS, type DisclosureRouteDeps } from './disclosures.routes.ts';
export { retentionRuns, retentionActions, retentionFileQueue, legalHolds } from './retention.tables.ts';
export {
  declareRetention,
  RetentionDeclarationError,
  type RetentionTarget,
  type DeleteTarget,
  type MinimizeTarget,
  type RetentionChild,
  type RetentionHold,
  type RetentionTx,
} from './retention.types.ts';
export { openLegalHold } from './legal-holds.ts';
export { dueBounds, isDue } from './retention.cutoff.ts';
export {
  runSweep,
  type SweepDeps,
  type SweepOptions,
  type SweepResult,
  type TargetOutcome,
} from './retention.engine.ts';
export {
  planRetention,
  forecastRetention,
  formatPlan,
  dueRowIds,
  type RetentionPlan,
  type PlanEntry,
  type MonthCount,
} from './retention.plan.ts';
export { retentionEnforcement } from './privacy.module.ts';
export { retentionSweepJob, dailyCron, type RetentionJobDeps } from './retention.jobs.ts';
export { listRuns, deletionHistory, provenActions, type RunSummary, type MonthDone } from './retention.proof.ts';
export {
  registerRetentionRoutes,
  RETENTION_READERS,
  LEGAL_HOLD_EDITORS,
  type RetentionRouteDeps,
} from './retention.routes.ts';
export { buildExtract, buildProspectExtract, plainValue } from './extract.build.ts';
export { extractJson, extractJsonChunks } from './extract.json.ts';
export { registerExtractSchema, registerExtractJsonSchema, type RegisterExtract } from './extract.schema.ts';
export { rightsRequests, rightsRequestPauses, rightsRequestReminders } from './rights.tables.ts';
export {
  requestDeadline,
  extensionDeadline,
  assertExtensionAllowed,
  assertPauseAllowed,
  stockholmDate,
  type Deadline,
  type DeadlineInput,
  type IsoDate,
  type PauseSpan,
} from './rights.deadline.ts';
export { RightsRequestError, type RightsRequestFailure } from './rights.errors.ts';
export {
  requestKinds,
  requestStatuses,
  requestChannels,
  rightOfKind,
  pauseReasons,
  extensionReasons,
  refusalReasons,
  type RequestKind,
  type RequestStatus,
  type RequestChannel,
  type PauseReason,
  type ExtensionReason,
  type RefusalReason,
} from './rights.types.ts';
export {
  createRightsService,
  type RightsService,
  type RightsServiceDeps,
  type RightsRequestView,
  type SubjectDirectory,
} from './rights.service.ts';
export { registerRightsRoutes, RIGHTS_REQUEST_HANDLERS, type RightsRouteDeps } from './rights.routes.ts';
export { rightsReminderJob, queueRightsReminders, REMINDER_DAYS, type RightsReminderDeps } from './rights.jobs.ts';
export { rightsLetters, rightsReminderLetter, rightsAcknowledgementLetter } from './rights.letters.ts';
export { registerExtractRoutes, FRESH_SIGN_IN_MS, type ExtractRouteDeps } from './extract.routes.ts';
export { renderExtractPdf, type ExtractLang } from './extract.pdf.ts';
export { objections } from './objections.tables.ts';
export {
  createObjections,
  objectionKinds,
  marketingChannels,
  type Objections,
  type ObjectionKind,
  type MarketingChannel,
  type ObjectionSubject,
} from './objections.service.ts';
export { registerObjectionRoutes, type ObjectionRouteDeps } from './objections.routes.ts';
export { objectionsInventory } from './objections.data.ts';
export { erasures, restrictions, recipientNotices, marketingSuppressions } from './erasure.tables.ts';
export { erasureInventory, suppressionRetention } from './erasure.data.ts';
export { planErasure, type ErasurePlan } from './erasure.plan.ts';
export {
  createErasures,
  PlanChangedError,
  type Erasures,
  type ErasureDeps,
  type ErasureResult,
} from './erasure.run.ts';
export { registerErasureRoutes, erasurePlanSchema, type ErasureRouteDeps } from './erasure.routes.ts';
export { erasureLetter, recipientNoticeLetter } from './erasure.letters.ts';
export { createSuppressions, emailHash, restrictionCheck, type Suppressions } from './suppression.ts';
export { createRectifications, type Rectifications, type RectificationDeps } from './rectification.ts';
export { registerRectificationRoutes, type RectificationRouteDeps } from './rectification.routes.ts';
export { rightsRequestAttachments, rightsRequestVerifications, rightsRequestLetters } from './rights.records.tables.ts';
export { createRightsRecords, type RightsRecords, type RightsRecordsDeps } from './rights.records.ts';
export { createVerifications, type Verifications, type VerificationView } from './rights.verification.ts';
export {
  signedLetterVerifier,
  accountSessionVerifier,
  type IdentityVerifier,
  type VerificationContext,
} from './rights.identity.ts';
export { normalisePersonnummer, hashPersonnummer } from './rights.personnummer.ts';
export { registerRightsRecordsRoutes, type RightsRecordsRouteDeps } from './rights.records.routes.ts';
export { rightsRetention } from './rights.retention.ts';
export { checkScan, MAX_SCAN_BYTES } from './rights.scans.ts';
export * from './rights.records.codes.ts';
