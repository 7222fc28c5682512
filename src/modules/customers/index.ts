import type { AppModule } from '#src/platform/module/index.ts';
export { companies, contacts } from './customers.tables.ts';
export { createCustomersService, type CustomersService, type RegistrationOutcome } from './customers.service.ts';
export { registerCustomersRoutes } from './customers.routes.ts';
export { registrationSchema, phoneSchema, type RegistrationInput } from './customers.types.ts';

export const customersModule: AppModule = {
  name: 'customers',
  enforces: [
    { clause: 'purpose:a.account', what: 'Registration of a company and its first contact person (customer account)' },
  ],
};
export { customersInventory } from './customers.data.ts';
