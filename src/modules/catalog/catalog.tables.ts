import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleNumber: text('article_number').notNull().unique(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionSv: text('description_sv').notNull(),
    descriptionEn: text('description_en').notNull(),
    /** Price excluding VAT, in öre. */
    priceExVatOre: integer('price_ex_vat_ore').notNull(),
    /** 25, 12 or 6. */
    vatRate: integer('vat_rate').notNull(),
    /** Units that may be sold; never below zero (checkout reserves against it). */
    stock: integer('stock').notNull(),
    medicalDevice: boolean('medical_device').notNull().default(false),
    /** GS1 GTIN-14 UDI-DI; required for a medical device. */
    udiDi: text('udi_di'),
    /** An implantable device: its supply records are kept 15 years, not 10 (MDR art. 25). */
    implantable: boolean('implantable').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
  },
  (t) => [
    index('products_price_idx').on(t.priceExVatOre, t.articleNumber),
    index('products_name_sv_idx').on(t.nameSv, t.articleNumber),
    check('products_vat_rate_check', sql`${t.vatRate} in (25, 12, 6)`),
    check('products_price_check', sql`${t.priceExVatOre} >= 0`),
    check('products_stock_check', sql`${t.stock} >= 0`),
    check('products_udi_check', sql`not ${t.medicalDevice} or ${t.udiDi} is not null`),
    check('products_implantable_check', sql`not ${t.implantable} or ${t.medicalDevice}`),
  ],
);

export const categories = pgTable('categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  /** Order in the navigation. */
  position: integer('position').notNull().default(0),
});

/** A product belongs to one or more categories. */
export const productCategories = pgTable(
  'product_categories',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.categoryId] }),
    index('product_categories_category_idx').on(t.categoryId),
  ],
);

/** Lots (batches) as received; shipment lines refer to them (recalls, MDR supply records). */
export const productLots = pgTable(
  'product_lots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    lotNumber: text('lot_number').notNull(),
    /** Last day of use; null for goods that do not expire (instruments). */
    expiresOn: date('expires_on', { mode: 'string' }),
    quantity: integer('quantity').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('product_lots_product_lot_unique').on(t.productId, t.lotNumber),
    check('product_lots_quantity_check', sql`${t.quantity} >= 0`),
  ],
);

/** Product images: a path under the catalogue's image route (generated SVGs for the demo). */
export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    path: text('path').notNull(),
    altSv: text('alt_sv').notNull(),
    altEn: text('alt_en').notNull(),
  },
  (t) => [unique('product_images_position_unique').on(t.productId, t.position)],
);
