import type { AppModule } from '#src/platform/module/index.ts';
import { purposes } from '#src/modules/policy/index.ts';
import { accessLogCheckpointJob } from './access-log.jobs.ts';
import type { AccessLog } from './access-log.service.ts';

/** The privacy kernel as a module: the access log's signed checkpoints, and the clauses it enforces. */
export const privacyModule = (deps: { accessLog?: AccessLog }): AppModule => ({
  name: 'privacy',
  jobs: deps.accessLog ? [accessLogCheckpointJob({ accessLog: deps.accessLog })] : [],
  enforces: purposes.map((p) => ({
    clause: `purpose:${p.id}`,
    what: 'Purpose-bound staff access: only roles serving this purpose, only its data categories; every read in the hash-chained access log',
  })),
});
