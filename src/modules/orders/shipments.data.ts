import { declareTable, type PersonalColumn } from '#src/modules/privacy/index.ts';
import { carrierEvents, deviceSupplies, shipmentLines, shipments } from './shipments.tables.ts';
import { recallNotices, recalls } from './recalls.tables.ts';
import { orders } from './orders.tables.ts';

/** Deliveries are order history: the 5-year rule (§8), read for orders and for recalls (§4g). */
const history: PersonalColumn = {
  category: 'purchase_history',
  purposes: ['a.orders', 'g.legal_obligations'],
  retention: 'history_5y',
};

/** A medical device's supply record: kept 10 years (15 for an implant) under MDR art. 25, for legal obligations. */
const mdr = (category: PersonalColumn['category']): PersonalColumn => ({
  category,
  purposes: ['g.legal_obligations'],
  retention: 'mdr_device_supply',
});

/** A recall notice: sent and kept to meet product-safety obligations (§4g). */
const recall = (category: PersonalColumn['category']): PersonalColumn => ({
  category,
  purposes: ['g.legal_obligations'],
  retention: 'history_5y',
});

export const deliveriesInventory = [
  declareTable(shipments, {
    module: 'orders',
    via: { column: 'orderId', parent: orders },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: {
      trackingNumber: history,
      trackingUrl: history,
      labelRef: history,
      status: history,
      statusAt: history,
      bookedAt: history,
    },
    other: ['id', 'orderId', 'carrier', 'serviceId', 'carrierShipmentId', 'bookedBy'],
  }),
  declareTable(shipmentLines, {
    module: 'orders',
    via: { column: 'shipmentId', parent: shipments },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { productId: history, lotId: history, quantity: history },
    other: ['id', 'shipmentId'],
  }),
  declareTable(deviceSupplies, {
    title: {
      sv: 'Leveranser av medicintekniska produkter (spårbarhet)',
      en: 'Supplies of medical devices (traceability)',
    },
    module: 'orders',
    via: { column: 'shipmentLineId', parent: shipmentLines },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: {
      productId: mdr('purchase_history'),
      udiDi: mdr('purchase_history'),
      lotId: mdr('purchase_history'),
      lotNumber: mdr('purchase_history'),
      quantity: mdr('purchase_history'),
      suppliedOn: mdr('purchase_history'),
      recipientOrgNr: mdr('company_data'),
      recipientName: mdr('company_data'),
      deliveryStreet: mdr('address'),
      deliveryPostalCode: mdr('address'),
      deliveryCity: mdr('address'),
      deliveryCountry: mdr('address'),
    },
    // A property of the device (it decides 10 or 15 years), not of the person.
    other: ['id', 'shipmentLineId', 'implantable'],
  }),
  declareTable(carrierEvents, {
    module: 'orders',
    via: { column: 'shipmentId', parent: shipments },
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    personal: { status: history, occurredAt: history },
    other: ['eventId', 'shipmentId', 'receivedAt'],
  }),
  declareTable(recalls, {
    module: 'orders',
    scope: 'none',
    other: ['id', 'productId', 'lotId', 'reasonSv', 'reasonEn', 'createdAt', 'createdBy'],
  }),
  declareTable(recallNotices, {
    title: { sv: 'Meddelanden om återkallelser', en: 'Recall notices' },
    module: 'orders',
    scope: 'customer',
    subjects: ['account_contact', 'guest_customer'],
    subjectKey: { column: 'contactId', kind: 'contact' },
    personal: {
      email: recall('email'),
      recipientName: recall('full_name'),
      buyerName: recall('company_data'),
      orderNumbers: recall('purchase_history'),
      quantity: recall('purchase_history'),
      createdAt: recall('purchase_history'),
      mailStatus: recall('purchase_history'),
      mailAttempts: recall('purchase_history'),
      mailSentAt: recall('purchase_history'),
      readAt: recall('purchase_history'),
    },
    other: ['id', 'recallId', 'contactId'],
  }),
];
