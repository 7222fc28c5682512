import { rightsRetention, suppressionRetention, type RetentionTarget } from '#src/modules/privacy/index.ts';
import { ordersRetention } from '#src/modules/orders/index.ts';
import { analyticsRetention } from '#src/modules/analytics/index.ts';
import { identityRetention } from '#src/modules/identity/index.ts';
import { marketingRetention } from '#src/modules/marketing/index.ts';

/**
 * Every retention target of the platform, in sweep order (the order matters where rows refer to
 * each other: vouchers before the invoices whose payments they record). A module that stores
 * personal data adds its targets here; test/retention-coverage.db.test.ts fails for a declared
 * personal column whose rule no target enforces.
 */
export const retentionTargets: readonly RetentionTarget[] = [
  ...ordersRetention,
  ...analyticsRetention,
  ...identityRetention,
  ...suppressionRetention,
  ...marketingRetention,
  ...rightsRetention,
];
