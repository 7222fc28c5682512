import { declareTable } from '#src/modules/privacy/index.ts';
import { companies, contacts } from './customers.tables.ts';

// The customers module's entries in the personal-data inventory. A company's data is personal
// data where the company is a sole trader (its org. nr is a personnummer, its address a home).
const companyUse = ['a.account', 'a.orders', 'c.marketing', 'g.legal_obligations'] as const;

export const customersInventory = [
  declareTable(companies, {
    module: 'customers',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    subjectKey: { column: 'id', kind: 'company' },
    personal: {
      orgNr: { category: 'company_data', purposes: [...companyUse, 'f.do_not_market'], retention: 'account_lifetime' },
      name: { category: 'company_data', purposes: [...companyUse, 'f.do_not_market'], retention: 'account_lifetime' },
      legalForm: { category: 'company_data', purposes: [...companyUse], retention: 'account_lifetime' },
      naturalPerson: { category: 'company_data', purposes: [...companyUse], retention: 'account_lifetime' },
      street: { category: 'address', purposes: [...companyUse], retention: 'account_lifetime' },
      postalCode: { category: 'address', purposes: [...companyUse], retention: 'account_lifetime' },
      city: { category: 'address', purposes: [...companyUse], retention: 'account_lifetime' },
    },
    other: ['id', 'createdAt'],
  }),
  declareTable(contacts, {
    module: 'customers',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'id', kind: 'contact' },
    personal: {
      fullName: {
        category: 'full_name',
        purposes: ['a.account', 'a.orders', 'b.customer_service', 'c.marketing', 'g.legal_obligations'],
        retention: 'account_lifetime',
      },
      email: {
        category: 'email',
        purposes: [
          'a.account',
          'a.orders',
          'b.customer_service',
          'c.marketing',
          'e.abuse_prevention',
          'g.legal_obligations',
        ],
        retention: 'account_lifetime',
      },
      phone: {
        category: 'phone',
        purposes: ['a.account', 'a.orders', 'b.customer_service', 'c.marketing', 'g.legal_obligations'],
        retention: 'account_lifetime',
      },
    },
    // The password hash is a credential of the account, never shown to anyone, not a §3 category.
    other: ['id', 'companyId', 'passwordHash', 'companyAdmin', 'emailVerifiedAt', 'createdAt'],
  }),
];
