/**
 * Kliniksupport's public contact details (privacy policy §12). A copy of the policy module's
 * controller, so the bundle carries no server code; test/browser/web-logic.test.ts keeps them equal.
 */
export const company = {
  legalName: 'Kliniksupport Sverige AB',
  shortName: 'Kliniksupport',
  orgNr: '556940-3339',
  street: 'Falsterbovägen 32',
  postalCode: '239 41',
  city: 'Falsterbo',
  phone: '040-45 56 80',
  phoneHref: 'tel:+4640455680',
  email: 'info@kliniksupport.se',
} as const;
