import type { AppModule } from '#src/platform/module/index.ts';
import { purgeCustomerAccessJob, tokenLetterJob, type CustomersJobDeps } from './customers.jobs.ts';
export { companies, contacts } from './customers.tables.ts';
export { customerSessions, customerTokens } from './accounts.tables.ts';
export { createCustomersService, type CustomersService, type RegistrationOutcome } from './customers.service.ts';
export { createCustomers, type Customers } from './customers.api.ts';
export { registerCustomersRoutes } from './customers.routes.ts';
export { CUSTOMER_COOKIE, type CustomerGuard } from './customers.guards.ts';
export { CUSTOMER_IDLE_MS, CUSTOMER_ABSOLUTE_MS, type CustomerPrincipal } from './session.service.ts';
export { purgeEndedCustomerAccess, type CustomersJobDeps } from './customers.jobs.ts';
export { customersLetters } from './customers.letters.ts';
export { lawsKeeping } from './termination.rules.ts';
export type { TerminationPlan } from './termination.ts';
export { registrationSchema, phoneSchema, type RegistrationInput } from './customers.types.ts';

/** The customers module's jobs (letters with one-time links, purging ended sessions) and the clauses it enforces. */
export const customersModule = (deps: CustomersJobDeps): AppModule => ({
  name: 'customers',
  jobs: [tokenLetterJob(deps), purgeCustomerAccessJob(deps)],
  enforces: [
    {
      clause: 'purpose:a.account',
      what: 'Customer accounts: registration of a company and its first contact, e-mail verification, sign-in, colleagues invited by the company administrator',
    },
    {
      clause: 'purpose:e.abuse_prevention',
      what: 'Customer sign-in: same answer for unknown address, wrong password and unverified address; one-time links stored hashed and single-use; sessions end after 8 h idle and 30 days',
    },
    {
      clause: 'right:rectification',
      what: 'PATCH /api/customers/me (name, phone) and change of e-mail verified at the new address',
    },
    {
      clause: 'right:erasure',
      what: 'Account termination deletes at once what no law requires; the rest is kept restricted, with the law and date shown before and in a letter after',
    },
    {
      clause: 'retention:account_lifetime',
      what: 'Account termination (and removal of a colleague) deletes the account data: sign-in, sessions, contact details, usage history',
    },
  ],
});
export { customersInventory } from './customers.data.ts';
export { registerCustomersStaffRoutes, type StaffAuth } from './customers.staff.routes.ts';
export { registerCustomerAccessLogRoute } from './customers.access-log.routes.ts';
