import type { App } from '../http/index.ts';
import type { Config } from '../config/index.ts';
import type { Database } from '../db/index.ts';
import type { Jobs, JobDefinition } from '../jobs/index.ts';
import type { Clock } from '../clock/index.ts';
import type { Logger } from '../logging/index.ts';

/** What every module gets from the composition root. */
export type ModuleDeps = {
  config: Config;
  database: Database;
  jobs: Jobs;
  clock: Clock;
  log: Logger;
};

/**
 * A module as the composition root sees it: its routes, its jobs, and the policy clauses it
 * enforces (clause ids are checked against the policy module at start-up and in tests).
 */
export type AppModule = {
  name: string;
  jobs?: JobDefinition[];
  enforces?: { clause: string; what: string }[];
  register?: (app: App, deps: ModuleDeps) => void | Promise<void>;
};
