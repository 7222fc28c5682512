import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { consents, prospects } from './marketing.tables.ts';

const given = (category: PersonalColumn['category']): PersonalColumn => ({
  category,
  purposes: ['c.marketing'],
  retention: 'consent_5y',
});
/** What records a withdrawal: the rows go at the next sweep (consent_withdrawn, ≤ 6 months). */
const withdrawal: PersonalColumn = {
  category: 'company_data',
  purposes: ['c.marketing'],
  retention: 'consent_withdrawn',
};
const choice = given('company_data');

/** §8: consent-based data — kept five years after collection, or until the consent is withdrawn. */
export const marketingInventory = [
  declareTable(prospects, {
    module: 'marketing',
    scope: 'customer',
    subjects: ['consenting_prospect'],
    subjectKey: { column: 'id', kind: 'prospect' },
    personal: {
      email: given('email'),
      fullName: given('full_name'),
      companyName: given('company_data'),
      language: choice,
      collectedAt: choice,
      withdrawnAt: withdrawal,
    },
    other: ['id'],
  }),
  declareTable(consents, {
    module: 'marketing',
    scope: 'customer',
    subjects: ['consenting_prospect', 'account_contact'],
    subjectKey: { column: 'contactId', kind: 'contact' },
    personal: {
      purpose: choice,
      channel: choice,
      textVersion: choice,
      textSha256: choice,
      source: choice,
      eventCode: choice,
      method: choice,
      givenAt: choice,
      confirmedAt: choice,
      withdrawnAt: withdrawal,
      withdrawalMethod: withdrawal,
    },
    other: ['id', 'prospectId', 'contactId', 'signupId'],
  }),
];
