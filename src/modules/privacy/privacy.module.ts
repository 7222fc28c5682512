import type { AppModule } from '#src/platform/module/index.ts';
import type { JobDefinition } from '#src/platform/jobs/index.ts';
import { policy, purposes } from '#src/modules/policy/index.ts';
import { accessLogCheckpointJob } from './access-log.jobs.ts';
import type { AccessLog } from './access-log.service.ts';
import { retentionSweepJob, type RetentionJobDeps } from './retention.jobs.ts';
import type { RetentionTarget } from './retention.types.ts';
import { rightsReminderJob, type RightsReminderDeps } from './rights.jobs.ts';
import { rightOfKind } from './rights.types.ts';

/**
 * What the retention engine enforces: each target names its rule, and each hold the statutory
 * rule that keeps rows longer. A rule that no module stores data under yet (support cases,
 * consents, the do-not-market register) is still enforced by the engine for any table declared
 * under it; its trigger handling is tested on declared test tables.
 */
export function retentionEnforcement(targets: readonly RetentionTarget[]): { clause: string; what: string }[] {
  const out: { clause: string; what: string }[] = [];
  for (const t of targets) {
    out.push({ clause: `retention:${t.rule}`, what: `Retention engine, target ${t.id}: ${t.what.en} (${t.action})` });
    for (const h of t.holds ?? [])
      out.push({ clause: `retention:${h.rule}`, what: `Retention engine, hold on ${t.id}: ${h.what.en}` });
  }
  const covered = new Set(out.map((e) => e.clause));
  for (const r of policy.retentionRules)
    if (r.kind === 'policy' && !covered.has(`retention:${r.id}`) && r.trigger !== 'account_terminated')
      out.push({
        clause: `retention:${r.id}`,
        what: `Retention engine: deletes the rows of any table declared under this rule at its deadline (trigger: ${r.trigger}); no module stores such data yet — tested on a declared test table`,
      });
  return out;
}

/**
 * What the register of data subject requests enforces: the response deadline of art. 12(3) for
 * the rights of art. 15–18, 20 and 21, and the intake of complaints to Kliniksupport (§11). What
 * each request asks for (the extract, the erasure, …) is done elsewhere and claimed there.
 */
export function rightsRequestEnforcement(): { clause: string; what: string }[] {
  const deadline =
    'Request register (account or signed letter): the art. 12(3) deadline — one month from receipt, the clock paused while waiting for the person’s identity, two months more only if decided within the first month; the privacy officer’s queue by due date, overdue flagged, reminders 7 days before and when overdue; the customer follows the request in the account (not the fulfilment itself)';
  const kinds = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
  return [
    ...kinds.map((k) => ({ clause: `right:${rightOfKind[k]}`, what: deadline })),
    {
      clause: `right:${rightOfKind.complaint}`,
      what: 'Complaints to Kliniksupport: registered from the account or a letter and followed in the privacy officer’s queue with a due date and reminders (complaints to IMY go to the authority directly)',
    },
  ];
}

/**
 * The privacy kernel as a module: the access log's signed checkpoints, the daily retention sweep,
 * the daily reminders of the data subject request register, and the clauses they enforce.
 */
export const privacyModule = (deps: {
  accessLog?: AccessLog;
  retention?: RetentionJobDeps;
  rights?: RightsReminderDeps;
}): AppModule => {
  const jobs: JobDefinition[] = [];
  if (deps.accessLog) jobs.push(accessLogCheckpointJob({ accessLog: deps.accessLog }));
  if (deps.retention) jobs.push(retentionSweepJob(deps.retention));
  if (deps.rights) jobs.push(rightsReminderJob(deps.rights));
  return {
    name: 'privacy',
    jobs,
    enforces: [
      ...purposes.map((p) => ({
        clause: `purpose:${p.id}`,
        what: 'Purpose-bound staff access: only roles serving this purpose, only its data categories; every read in the hash-chained access log',
      })),
      ...(deps.retention ? retentionEnforcement(deps.retention.targets) : []),
      ...rightsRequestEnforcement(),
      {
        clause: 'right:objection',
        what: 'Objections to direct marketing (per channel or all) and to profiling, effective at once; marketing and personal-offer code ask mayMarket / mayProfile',
      },
      {
        clause: 'right:access',
        what: 'Register extract from the inventory: every row held about the person with its purpose, legal basis, recipients and retention, the access log and disclosures about them; JSON (published schema) or PDF',
      },
      {
        clause: 'right:portability',
        what: 'The register extract as machine-readable JSON against a published JSON Schema',
      },
    ],
  };
};
