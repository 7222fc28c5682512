import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { orderLines, orders } from './orders.tables.ts';

const history: PersonalColumn = {
  category: 'purchase_history',
  purposes: ['a.orders', 'd.improvement', '6.personal_offers', 'g.legal_obligations'],
  retention: 'history_5y',
};

export const ordersInventory = [
  declareTable(orders, {
    module: 'orders',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    subjectKey: { column: 'contactId', kind: 'contact' },
    personal: {
      orderNumber: history,
      accountUsed: history,
      status: history,
      totalExVatOre: history,
      vatOre: history,
      placedAt: history,
    },
    other: ['id', 'companyId', 'contactId'],
  }),
  declareTable(orderLines, {
    module: 'orders',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { productId: history, quantity: history, unitPriceExVatOre: history, vatRate: history },
    other: ['id', 'orderId'],
  }),
];
