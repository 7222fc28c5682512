import { declareTable } from '#src/modules/privacy/index.ts';
import { categories, productCategories, productImages, productLots, products } from './catalog.tables.ts';

/** The catalogue holds no personal data: products, categories, lots and images only. */
export const catalogInventory = [
  declareTable(products, {
    module: 'catalog',
    scope: 'none',
    other: [
      'id',
      'articleNumber',
      'nameSv',
      'nameEn',
      'descriptionSv',
      'descriptionEn',
      'priceExVatOre',
      'vatRate',
      'stock',
      'medicalDevice',
      'udiDi',
      'implantable',
      'createdAt',
      'updatedAt',
    ],
  }),
  declareTable(categories, { module: 'catalog', scope: 'none', other: ['id', 'slug', 'nameSv', 'nameEn', 'position'] }),
  declareTable(productCategories, { module: 'catalog', scope: 'none', other: ['productId', 'categoryId'] }),
  declareTable(productLots, {
    module: 'catalog',
    scope: 'none',
    other: ['id', 'productId', 'lotNumber', 'expiresOn', 'quantity', 'receivedAt'],
  }),
  declareTable(productImages, {
    module: 'catalog',
    scope: 'none',
    other: ['id', 'productId', 'position', 'path', 'altSv', 'altEn'],
  }),
];
