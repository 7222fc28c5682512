import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { companies, contacts } from '#src/modules/customers/customers.tables.ts';
import { products } from '#src/modules/catalog/catalog.tables.ts';

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderNumber: text('order_number').notNull().unique(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    /** Placed through a customer account (contract basis for marketing) or as a guest (§4c). */
    accountUsed: boolean('account_used').notNull(),
    status: text('status').notNull(),
    totalExVatOre: integer('total_ex_vat_ore').notNull(),
    vatOre: integer('vat_ore').notNull(),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('orders_company_idx').on(t.companyId, t.placedAt), index('orders_placed_idx').on(t.placedAt)],
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
    quantity: integer('quantity').notNull(),
    unitPriceExVatOre: integer('unit_price_ex_vat_ore').notNull(),
    vatRate: integer('vat_rate').notNull(),
  },
  (t) => [index('order_lines_order_idx').on(t.orderId)],
);
