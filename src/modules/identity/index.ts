import type { AppModule } from '#src/platform/module/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { purgeEndedSessionsJob } from './identity.jobs.ts';
export { staffUsers, staffSessions } from './identity.tables.ts';
export { createStaffService, type StaffService, type StaffPrincipal } from './staff.service.ts';
export { createStaffGuards, registerStaffRoutes, STAFF_COOKIE } from './staff.routes.ts';
export { hashPassword, verifyPassword } from './password.ts';
export { purgeEndedSessions } from './identity.jobs.ts';

export const identityModule = (deps: { db: Db; clock: Clock }): AppModule => ({
  name: 'identity',
  jobs: [purgeEndedSessionsJob(deps)],
  enforces: [
    {
      clause: 'purpose:e.abuse_prevention',
      what: 'Staff sign-in with argon2id passwords; staff sessions end after 30 min idle and 12 h in all',
    },
  ],
});
export { identityInventory } from './identity.data.ts';
