import type { preHandlerAsyncHookHandler } from 'fastify';
import type { App } from '#src/platform/http/index.ts';
import { createMailService } from '#src/platform/mail/index.ts';
import type { createStaffGuards } from '#src/modules/identity/index.ts';
import {
  accountSessionVerifier,
  createRightsRecords,
  createRightsService,
  createVerifications,
  registerRightsRecordsRoutes,
  registerRightsRoutes,
  signedLetterVerifier,
  type RightsRecords,
} from '#src/modules/privacy/index.ts';
import { inventory } from './inventory.ts';
import { retentionTargets } from './retention.ts';
import type { Runtime } from './runtime.ts';
import { contactEmailOf, signedInSince, subjectDirectory } from './subjects.ts';

/**
 * The register of data subject requests, wired: the service with its hooks (the extension's
 * letter, the scans going with the answer), the records (scans, letters), identity verifiers
 * (a signed letter compared by the officer, a fresh sign-in to the account; BankID to come), and
 * the routes of the privacy officer and of the customer.
 */
export function registerRequests(
  app: App,
  deps: Runtime,
  guards: ReturnType<typeof createStaffGuards>,
  requireCustomer: preHandlerAsyncHookHandler,
) {
  const { database, clock } = deps;
  const db = database.db;
  let records: RightsRecords | undefined = undefined;
  const rights = createRightsService({
    db,
    clock,
    subjects: subjectDirectory(db),
    hooks: {
      extended: (tx, v) => records!.hooks.extended!(tx, v),
      closed: (tx, id, at) => records!.hooks.closed!(tx, id, at),
    },
  });
  records = createRightsRecords({
    db,
    clock,
    files: deps.files,
    mail: createMailService({ jobs: deps.jobs }),
    rights,
    contactEmail: contactEmailOf(db),
  });
  const verifications = createVerifications({
    db,
    clock,
    rights,
    verifiers: [signedLetterVerifier, accountSessionVerifier({ signedInSince: signedInSince(db) })],
    personnummerKey: deps.config.personnummerHmacKey,
  });
  registerRightsRoutes(app, {
    rights,
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
    requireCustomer,
    customerOf: (req) => ({
      contactId: req.customer!.contactId,
      companyId: req.customer!.companyId,
      signedInAt: req.customer!.signedInAt,
    }),
    now: () => deps.clock.now(),
    // Made in the signed-in account: verified by that sign-in, acknowledged by a recorded letter.
    async acknowledge(request) {
      await verifications.verifiedByAccount(request.id);
      await records.acknowledge(await rights.get(request.id));
    },
  });
  registerRightsRecordsRoutes(app, {
    db,
    clock,
    rights,
    records,
    verifications,
    accessLog: deps.accessLog,
    inventory,
    targets: retentionTargets,
    requireActiveStaff: guards.requireActiveStaff,
    actorOf: guards.actorOf,
  });
}
