import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleNumber: text('article_number').notNull().unique(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionSv: text('description_sv').notNull(),
    descriptionEn: text('description_en').notNull(),
    category: text('category').notNull(),
    /** Price excluding VAT, in öre. */
    priceExVatOre: integer('price_ex_vat_ore').notNull(),
    /** 25, 12 or 6. */
    vatRate: integer('vat_rate').notNull(),
    stock: integer('stock').notNull(),
    medicalDevice: boolean('medical_device').notNull().default(false),
    udiDi: text('udi_di'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('products_category_idx').on(t.category, t.articleNumber)],
);
