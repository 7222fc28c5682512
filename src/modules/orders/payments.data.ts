import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { cardPayments, paymentEvents } from './payments.tables.ts';
import { orders } from './orders.tables.ts';

// How the order was paid (§3 payment details), kept with the purchase history it belongs to.
const payment: PersonalColumn = {
  category: 'payment_details',
  purposes: ['a.orders', 'g.legal_obligations'],
  retention: 'history_5y',
};

export const paymentsInventory = [
  declareTable(cardPayments, {
    module: 'orders',
    via: { column: 'orderId', parent: orders },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: {
      status: payment,
      amountOre: payment,
      cardBrand: payment,
      cardLast4: payment,
      lastFailureCode: payment,
      paidAt: payment,
    },
    other: [
      'id',
      'orderId',
      'attempt',
      'sessionId',
      'sessionUrl',
      'currency',
      'paymentIntentId',
      'createdAt',
      'expiresAt',
    ],
  }),
  declareTable(paymentEvents, { module: 'orders', scope: 'none', other: ['eventId', 'type', 'receivedAt'] }),
];
