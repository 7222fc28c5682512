import { declareTable } from '#src/modules/privacy/index.ts';
import { companies, contacts } from './customers.tables.ts';
import { customerSessions, customerTokens } from './accounts.tables.ts';

// The customers module's entries in the personal-data inventory. A company's data is personal
// data where the company is a sole trader (its org. nr is a personnummer, its address a home).
const companyUse = ['a.account', 'a.orders', 'b.customer_service', 'c.marketing', 'g.legal_obligations'] as const;

export const customersInventory = [
  declareTable(companies, {
    title: { sv: 'Företagets uppgifter i kundkontot', en: 'The company’s details in the customer account' },
    module: 'customers',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    subjectKey: { column: 'id', kind: 'company' },
    personal: {
      orgNr: {
        category: 'company_data',
        purposes: [...companyUse, 'f.do_not_market', '6.personal_offers'],
        retention: 'account_lifetime',
      },
      name: {
        category: 'company_data',
        purposes: [...companyUse, 'f.do_not_market', '6.personal_offers'],
        retention: 'account_lifetime',
      },
      legalForm: { category: 'company_data', purposes: [...companyUse], retention: 'account_lifetime' },
      naturalPerson: { category: 'company_data', purposes: [...companyUse], retention: 'account_lifetime' },
      street: { category: 'address', purposes: [...companyUse], retention: 'account_lifetime' },
      postalCode: { category: 'address', purposes: [...companyUse], retention: 'account_lifetime' },
      city: { category: 'address', purposes: [...companyUse], retention: 'account_lifetime' },
    },
    // terminatedAt: the account is terminated and the row kept only as the buyer of records a law keeps.
    other: ['id', 'createdAt', 'terminatedAt'],
  }),
  declareTable(contacts, {
    title: { sv: 'Dina kontaktuppgifter och ditt konto', en: 'Your contact details and account' },
    module: 'customers',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'id', kind: 'contact' },
    personal: {
      fullName: {
        category: 'full_name',
        purposes: [
          'a.account',
          'a.orders',
          'b.customer_service',
          'c.marketing',
          '6.personal_offers',
          'g.legal_obligations',
        ],
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
          '6.personal_offers',
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
    other: ['id', 'companyId', 'companyAdmin', 'emailVerifiedAt', 'createdAt'],
    secret: ['passwordHash'],
  }),
  // Sign-in sessions: a hash of the cookie's token and two instants, no §3 category; deleted at
  // sign-out, after 8 h idle or 30 days, at a password reset and when the account ends.
  declareTable(customerSessions, {
    title: { sv: 'Inloggningar', en: 'Sign-ins' },
    module: 'customers',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'contactId', kind: 'contact' },
    other: ['id', 'contactId', 'createdAt', 'lastSeenAt'],
    secret: ['tokenHash'],
  }),
  // One-time links (verification, reset, change of e-mail, invitation): deleted when used, when
  // they expire (at most 7 days) and when the account ends.
  declareTable(customerTokens, {
    title: { sv: 'Engångslänkar (bekräftelse, återställning)', en: 'One-time links (confirmation, reset)' },
    module: 'customers',
    scope: 'customer',
    subjects: ['account_contact'],
    subjectKey: { column: 'contactId', kind: 'contact' },
    personal: {
      email: { category: 'email', purposes: ['a.account'], retention: 'account_lifetime' },
    },
    other: ['id', 'purpose', 'contactId', 'companyId', 'invitedBy', 'createdAt', 'expiresAt'],
    secret: ['tokenHash'],
  }),
];
