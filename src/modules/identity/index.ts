import type { AppModule } from '#src/platform/module/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import type { Clock } from '#src/platform/clock/index.ts';
import { purgeEndedSessionsJob } from './identity.jobs.ts';
import { purgeThrottleCountersJob } from './throttle.ts';
export { staffUsers, staffSessions } from './identity.tables.ts';
export { createStaffService, type StaffService, type StaffPrincipal } from './staff.service.ts';
export { createStaffGuards, registerStaffRoutes, STAFF_COOKIE, STAFF_CHALLENGE_COOKIE } from './staff.routes.ts';
export { staffTotp, staffTotpChallenges, staffRecoveryCodes } from './totp.tables.ts';
export { createTotpService, otpauthUri, type TotpService } from './totp.ts';
export { registerTotpRoutes } from './totp.routes.ts';
export { createStaffAdmin, type StaffAdmin } from './staff-admin.service.ts';
export { registerStaffAdminRoutes } from './staff-admin.routes.ts';
export { hashPassword, verifyPassword, dummyHash } from './password.ts';
export { newToken, hashToken } from './tokens.ts';
export { purgeEndedSessions } from './identity.jobs.ts';
export { securityEvents } from './security-events.tables.ts';
export { throttleCounters } from './throttle.tables.ts';
export {
  createSecurityEvents,
  truncateIp,
  securityEventTypes,
  type SecurityEvents,
  type SecurityEvent,
  type SecurityEventType,
} from './security-events.ts';
export {
  createThrottle,
  purgeThrottleCounters,
  blockDelayMs,
  THROTTLE_LIMITS,
  throttleActions,
  type Throttle,
  type ThrottleKey,
  type ThrottleAction,
  type ThrottleVerdict,
} from './throttle.ts';
export { throttledAttempts, type ThrottledAttempts, type AttemptKey, type AttemptOptions } from './throttle-http.ts';
export {
  passwordProblem,
  assertPasswordAllowed,
  newPasswordSchema,
  passwordMessages,
  PASSWORD_MIN,
  PASSWORD_MAX,
} from './password-policy.ts';
export { isCommonPassword } from './common-passwords.ts';

export const identityModule = (deps: { db: Db; clock: Clock }): AppModule => ({
  name: 'identity',
  jobs: [purgeEndedSessionsJob(deps), purgeThrottleCountersJob(deps)],
  enforces: [
    {
      clause: 'purpose:e.abuse_prevention',
      what: 'Staff sign-in with argon2id passwords; staff sessions end after 30 min idle and 12 h in all',
    },
    {
      clause: 'purpose:e.abuse_prevention',
      what: 'Staff second factor: TOTP (±1 step, no replay) or one-time recovery codes (hashed); no access before enrolment',
    },
    {
      clause: 'purpose:e.abuse_prevention',
      what: 'Throttling with growing delays per account+address and per address (sign-in, registration, reset, forms); security events with the client address; common passwords refused',
    },
    {
      clause: 'retention:security_ip_30d',
      what: 'Job identity.purge-throttle-counters: throttle counters (hashed address and e-mail) purged after 30 days at the latest',
    },
  ],
});
export { identityInventory } from './identity.data.ts';
export { identityRetention } from './security-events.retention.ts';
