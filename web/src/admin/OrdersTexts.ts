/** The back office's order administration, Swedish first. */
export const ordersTexts = {
  sv: {
    title: 'Orderadministration',
    intro:
      'Beställningar, senaste först. Varje order du ser eller öppnar registreras i åtkomstloggen (ändamål: beställningar).',
    status: 'Status',
    anyStatus: 'Alla',
    from: 'Lagd från och med',
    to: 'Lagd till och med',
    filter: 'Visa',
    loading: 'Hämtar …',
    none: 'Inga beställningar matchar.',
    caption: (n: number) => `${n} ${n === 1 ? 'beställning' : 'beställningar'}`,
    orderNumber: 'Order',
    placed: 'Lagd',
    buyer: 'Köpare',
    city: 'Ort',
    total: 'Att betala',
    open: (no: string) => `Öppna ${no}`,
    more: 'Visa fler',
    statuses: {
      awaiting_payment: 'Väntar på betalning',
      placed: 'Lagd',
      paid: 'Betald',
      shipped: 'Skickad',
      delivered: 'Levererad',
      cancelled: 'Avbruten',
    } as Record<string, string>,
    shipmentStatuses: {
      booked: 'Bokad',
      in_transit: 'På väg',
      delivered: 'Levererad',
      exception: 'Avvikelse',
    } as Record<string, string>,
    detailsTitle: (no: string) => `Order ${no}`,
    notShown: 'Visas inte för din roll',
    delivery: 'Leveransadress',
    contact: 'Kontaktperson',
    lines: 'Rader',
    article: 'Artikel',
    name: 'Benämning',
    quantity: 'Antal',
    shipments: 'Leveranser',
    tracking: 'Sändningsnummer',
    label: 'Fraktsedel (PDF)',
    lots: 'Satser',
    lot: (no: string, n: number) => `${no}: ${n} st`,
    ship: 'Skicka ordern',
    shipHint:
      'Bokar transporten (namn, adress och telefon lämnas till transportören och registreras som utlämnande), väljer satser efter utgångsdatum och mejlar köparen.',
    shipped: (no: string) => `Ordern är skickad. Sändningsnummer ${no}.`,
    cancel: 'Avbryt ordern',
    cancelHint: 'Bara en order som inte har skickats kan avbrytas. Varorna läggs tillbaka i lager.',
    cancelled: 'Ordern är avbruten och varorna är tillbaka i lager.',
    close: 'Stäng',
  },
  en: {
    title: 'Order administration',
    intro: 'Orders, newest first. Every order you see or open is recorded in the access log (purpose: orders).',
    status: 'Status',
    anyStatus: 'All',
    from: 'Placed from',
    to: 'Placed until',
    filter: 'Show',
    loading: 'Loading …',
    none: 'No orders match.',
    caption: (n: number) => `${n} ${n === 1 ? 'order' : 'orders'}`,
    orderNumber: 'Order',
    placed: 'Placed',
    buyer: 'Buyer',
    city: 'City',
    total: 'To pay',
    open: (no: string) => `Open ${no}`,
    more: 'Show more',
    statuses: {
      awaiting_payment: 'Awaiting payment',
      placed: 'Placed',
      paid: 'Paid',
      shipped: 'Shipped',
      delivered: 'Delivered',
      cancelled: 'Cancelled',
    } as Record<string, string>,
    shipmentStatuses: {
      booked: 'Booked',
      in_transit: 'In transit',
      delivered: 'Delivered',
      exception: 'Exception',
    } as Record<string, string>,
    detailsTitle: (no: string) => `Order ${no}`,
    notShown: 'Not shown for your role',
    delivery: 'Delivery address',
    contact: 'Contact person',
    lines: 'Lines',
    article: 'Article',
    name: 'Name',
    quantity: 'Quantity',
    shipments: 'Deliveries',
    tracking: 'Shipment number',
    label: 'Label (PDF)',
    lots: 'Lots',
    lot: (no: string, n: number) => `${no}: ${n} units`,
    ship: 'Ship the order',
    shipHint:
      'Books the carrier (name, address and phone go to the carrier and are recorded as a disclosure), picks lots by expiry date and e-mails the buyer.',
    shipped: (no: string) => `The order is shipped. Shipment number ${no}.`,
    cancel: 'Cancel the order',
    cancelHint: 'Only an order that has not shipped can be cancelled. Its goods go back to stock.',
    cancelled: 'The order is cancelled and its goods are back in stock.',
    close: 'Close',
  },
};

export type OrderRow = {
  id: string;
  orderNumber?: string;
  status?: string;
  paymentMethod?: string;
  buyerName?: string;
  deliveryCity?: string;
  totalIncVatOre?: number;
  placedAt?: string;
};

export type OrderDetails = {
  order: OrderRow & {
    contactName?: string;
    contactEmail?: string;
    contactPhone?: string | null;
    deliveryName?: string;
    deliveryStreet?: string;
    deliveryPostalCode?: string;
  };
  lines: { id: string; articleNumber?: string; name?: string; quantity?: number }[];
  shipments: {
    id: string;
    carrierShipmentId: string;
    trackingNumber?: string;
    trackingUrl?: string;
    labelRef?: string | null;
    status?: string;
  }[];
  shipmentLines: { id: string; shipmentId: string; lotId?: string; quantity?: number }[];
  lots: { id: string; lotNumber: string }[];
};
