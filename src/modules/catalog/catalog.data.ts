import { declareTable } from '#src/modules/privacy/index.ts';
import { products } from './catalog.tables.ts';

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
      'category',
      'priceExVatOre',
      'vatRate',
      'stock',
      'medicalDevice',
      'udiDi',
      'createdAt',
    ],
  }),
];
