import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { orderLines, orderNumberSequences, orders } from './orders.tables.ts';

const history: PersonalColumn = {
  category: 'purchase_history',
  purposes: ['a.orders', 'd.improvement', '6.personal_offers', 'g.legal_obligations'],
  retention: 'history_5y',
};

/** The buyer snapshot: kept with the order for delivery, invoicing, bookkeeping and recalls. */
const snapshot = (category: PersonalColumn['category']): PersonalColumn => ({
  category,
  purposes: ['a.orders', 'g.legal_obligations'],
  retention: 'history_5y',
});

export const ordersInventory = [
  declareTable(orders, {
    title: { sv: 'Ordrar med rader, betalningar och leveranser', en: 'Orders with lines, payments and deliveries' },
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
      shippingExVatOre: history,
      shippingVatOre: history,
      roundingOre: history,
      totalIncVatOre: history,
      reverseCharge: history,
      placedAt: history,
      paymentMethod: snapshot('payment_details'),
      buyerOrgNr: snapshot('company_data'),
      buyerName: snapshot('company_data'),
      buyerVatNumber: snapshot('company_data'),
      buyerCountry: snapshot('address'),
      billingStreet: snapshot('address'),
      billingPostalCode: snapshot('address'),
      billingCity: snapshot('address'),
      contactName: snapshot('full_name'),
      contactEmail: snapshot('email'),
      contactPhone: snapshot('phone'),
      deliveryName: snapshot('full_name'),
      deliveryStreet: snapshot('address'),
      deliveryPostalCode: snapshot('address'),
      deliveryCity: snapshot('address'),
      deliveryCountry: snapshot('address'),
      // The guest's refusal of marketing at checkout (§4c): read so that no marketing goes to them.
      marketingRefused: { category: 'company_data', purposes: ['c.marketing'], retention: 'history_5y' },
    },
    // idempotencyScope: 'contact:<id>' or 'guest'; requestHash: a hash of the checkout request.
    other: ['id', 'companyId', 'contactId', 'idempotencyKey', 'idempotencyScope', 'requestHash'],
  }),
  declareTable(orderLines, {
    module: 'orders',
    via: { column: 'orderId', parent: orders },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: {
      productId: history,
      articleNumber: history,
      name: history,
      quantity: history,
      unitPriceExVatOre: history,
      vatRate: history,
      lineVatOre: history,
    },
    other: ['id', 'orderId', 'position'],
  }),
  declareTable(orderNumberSequences, { module: 'orders', scope: 'none', other: ['year', 'last'] }),
];
