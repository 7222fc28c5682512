import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import {
  invoiceLines,
  invoiceNumberSequences,
  invoicePayments,
  invoiceReminders,
  invoices,
} from './invoices.tables.ts';

/**
 * Invoices are accounting records: Bokföringslagen 7 kap. 2 § keeps them to the end of the seventh
 * year after the fiscal year (statutory rule `bfl_accounting`, which overrides the policy's five
 * years of purchase history). While kept only for that law they are minimised (no e-mail or
 * phone: those stay with the order) and restricted to finance under g.legal_obligations.
 */
const accounting = (category: PersonalColumn['category']): PersonalColumn => ({
  category,
  purposes: ['a.orders', 'g.legal_obligations'],
  retention: 'bfl_accounting',
});
const payment = accounting('payment_details');
const purchase = accounting('purchase_history');

export const invoicesInventory = [
  declareTable(invoices, {
    title: { sv: 'Fakturor med rader och betalningar', en: 'Invoices with lines and payments' },
    module: 'orders',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    subjectKey: { column: 'companyId', kind: 'company' },
    personal: {
      invoiceNumber: payment,
      ocr: payment,
      orderNumber: purchase,
      issueDate: payment,
      supplyDate: purchase,
      dueDate: payment,
      buyerName: accounting('company_data'),
      buyerOrgNr: accounting('company_data'),
      buyerVatNumber: accounting('company_data'),
      buyerStreet: accounting('address'),
      buyerPostalCode: accounting('address'),
      buyerCity: accounting('address'),
      buyerCountry: accounting('address'),
      reverseCharge: payment,
      totalExVatOre: purchase,
      vatOre: purchase,
      roundingOre: purchase,
      totalIncVatOre: purchase,
      paidOre: payment,
      status: payment,
      createdAt: payment,
    },
    other: ['id', 'series', 'sequence', 'orderId', 'companyId', 'contactId'],
  }),
  declareTable(invoiceLines, {
    module: 'orders',
    via: { column: 'invoiceId', parent: invoices },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: {
      articleNumber: purchase,
      description: purchase,
      quantity: purchase,
      unitPriceExVatOre: purchase,
      vatRate: purchase,
      lineExVatOre: purchase,
      lineVatOre: purchase,
    },
    other: ['id', 'invoiceId', 'position'],
  }),
  declareTable(invoicePayments, {
    module: 'orders',
    via: { column: 'invoiceId', parent: invoices },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { amountOre: payment, paidOn: payment, reference: payment, registeredAt: payment },
    other: ['id', 'invoiceId', 'registeredBy', 'voucherId'],
  }),
  declareTable(invoiceReminders, {
    module: 'orders',
    via: { column: 'invoiceId', parent: invoices },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { stage: payment, queuedAt: payment },
    other: ['id', 'invoiceId'],
  }),
  declareTable(invoiceNumberSequences, { module: 'orders', scope: 'none', other: ['series', 'last'] }),
];
