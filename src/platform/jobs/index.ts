export { createJobs, defineJob, type Jobs, type JobDefinition } from './jobs.ts';
