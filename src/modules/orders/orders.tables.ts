import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { companies, contacts } from '#src/modules/customers/customers.tables.ts';
import { products } from '#src/modules/catalog/catalog.tables.ts';

/** 'awaiting_payment' (card, not yet paid) | 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled'. */
export type OrderStatus = 'awaiting_payment' | 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';
export type PaymentMethod = 'invoice' | 'card';

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderNumber: text('order_number').notNull().unique(),
    /** Null for a guest order: its buyer is only in the snapshot below. */
    companyId: uuid('company_id').references(() => companies.id),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** Placed through a customer account (contract basis for marketing) or as a guest (§4c). */
    accountUsed: boolean('account_used').notNull(),
    status: text('status').notNull(),
    paymentMethod: text('payment_method').$type<PaymentMethod>().notNull().default('invoice'),
    // The buyer as at ordering: invoices, deliveries and recalls use this, never live customer data.
    buyerOrgNr: text('buyer_org_nr').notNull().default(''),
    buyerName: text('buyer_name').notNull().default(''),
    buyerVatNumber: text('buyer_vat_number'),
    buyerCountry: text('buyer_country').notNull().default('SE'),
    billingStreet: text('billing_street').notNull().default(''),
    billingPostalCode: text('billing_postal_code').notNull().default(''),
    billingCity: text('billing_city').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    contactPhone: text('contact_phone'),
    deliveryName: text('delivery_name').notNull().default(''),
    deliveryStreet: text('delivery_street').notNull().default(''),
    deliveryPostalCode: text('delivery_postal_code').notNull().default(''),
    deliveryCity: text('delivery_city').notNull().default(''),
    deliveryCountry: text('delivery_country').notNull().default('SE'),
    /** Goods excluding VAT (the sum of the lines, without shipping). */
    totalExVatOre: integer('total_ex_vat_ore').notNull(),
    /** All VAT of the order: lines and shipping. */
    vatOre: integer('vat_ore').notNull(),
    shippingExVatOre: integer('shipping_ex_vat_ore').notNull().default(0),
    shippingVatOre: integer('shipping_vat_ore').notNull().default(0),
    /** Öresavrundning to whole kronor of the total to pay; may be negative. */
    roundingOre: integer('rounding_ore').notNull().default(0),
    /** What is paid: goods + shipping + VAT + rounding. */
    totalIncVatOre: integer('total_inc_vat_ore').notNull().default(0),
    /** EU VAT reverse charge (buyer in another EU country with a VAT number): VAT 0. */
    reverseCharge: boolean('reverse_charge').notNull().default(false),
    /** The guest's choice at checkout not to receive marketing (§4c, Marknadsföringslagen). */
    marketingRefused: boolean('marketing_refused').notNull().default(false),
    /** Client-chosen key; unique together with who placed it (`idempotencyScope`). */
    idempotencyKey: text('idempotency_key'),
    /** Who placed it, for the key's uniqueness: 'contact:<uuid>' or 'guest:<cart token hash>'. */
    idempotencyScope: text('idempotency_scope'),
    /** SHA-256 of the canonical request body, to refuse a different body with the same key. */
    requestHash: text('request_hash'),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('orders_company_idx').on(t.companyId, t.placedAt),
    index('orders_placed_idx').on(t.placedAt),
    // A person's orders: their account, register extract and erasure.
    index('orders_contact_idx').on(t.contactId),
    uniqueIndex('orders_idempotency_idx').on(t.idempotencyScope, t.idempotencyKey),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    /** The line's place in the order, from 1 (as the customer listed them). */
    position: integer('position').notNull().default(0),
    articleNumber: text('article_number').notNull().default(''),
    /** The product's Swedish name as at ordering. */
    name: text('name').notNull().default(''),
    quantity: integer('quantity').notNull(),
    unitPriceExVatOre: integer('unit_price_ex_vat_ore').notNull(),
    vatRate: integer('vat_rate').notNull(),
    /** VAT of the line (0 under reverse charge). */
    lineVatOre: integer('line_vat_ore').notNull().default(0),
  },
  (t) => [index('order_lines_order_idx').on(t.orderId)],
);

/** Order numbers run per year: KS-2026-000001. One row per year, bumped in the checkout transaction. */
export const orderNumberSequences = pgTable('order_number_sequences', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
