import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { ledgerCarriedBalances, voucherLines, voucherNumberSequences, vouchers } from './bookkeeping.tables.ts';
import { invoices } from './invoices.tables.ts';

/**
 * Vouchers are accounting records (Bokföringslagen 5 kap. 7 §, 7 kap. 2 §): kept under the
 * statutory rule `bfl_accounting`. A voucher's text names the invoice or payment it documents,
 * never the buyer; its amounts are a customer's purchase, so they are declared as purchase history.
 */
const accounting: PersonalColumn = {
  category: 'purchase_history',
  purposes: ['g.legal_obligations'],
  retention: 'bfl_accounting',
};

export const bookkeepingInventory = [
  declareTable(vouchers, {
    title: { sv: 'Verifikationer i bokföringen', en: 'Vouchers in the accounts' },
    module: 'orders',
    // A sales voucher documents an invoice (source `invoice`, the invoice's id as text).
    via: { column: 'sourceId', parent: invoices, asText: true },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { voucherDate: accounting, text: accounting },
    other: ['id', 'series', 'fiscalYear', 'number', 'sourceType', 'sourceId', 'createdAt'],
  }),
  declareTable(voucherLines, {
    module: 'orders',
    via: { column: 'voucherId', parent: vouchers },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { amountOre: accounting },
    other: ['id', 'voucherId', 'position', 'account'],
  }),
  declareTable(voucherNumberSequences, { module: 'orders', scope: 'none', other: ['series', 'fiscalYear', 'last'] }),
  // Per fiscal year and account, what deleted vouchers carried: an aggregate with no link to anyone.
  declareTable(ledgerCarriedBalances, {
    module: 'orders',
    scope: 'none',
    other: ['fiscalYear', 'account', 'amountOre'],
  }),
];
