import type { AppModule } from '#src/platform/module/index.ts';
export { products, categories, productCategories, productLots, productImages } from './catalog.tables.ts';
export {
  createProductLister,
  productListQueries,
  shapeOf,
  valuesOf,
  ROW_FIELDS,
  type ListShape,
  type ProductLister,
  likePattern,
  listColumns,
  PRODUCT_SORTS,
  type ProductSummary,
  type ProductSort,
  type ListFilter,
  type ListCursor,
} from './catalog.repo.ts';
export { registerCatalogRoutes, encodeCursor, decodeCursor } from './catalog.routes.ts';
export { registerCatalogAdminRoutes, CATALOG_ROLE } from './catalog.admin.routes.ts';
export { createCatalogAdmin, type CatalogAdmin } from './catalog.admin.service.ts';
export { parseProductCsv, importProductsCsv, CSV_COLUMNS } from './catalog.import.ts';
export { gs1CheckDigit, gtin14Problem, withGs1CheckDigit } from './gtin.ts';
export { demoImagePath } from './catalog.images.ts';

export const catalogModule: AppModule = { name: 'catalog' };
export { catalogInventory } from './catalog.data.ts';
/** For tests (here and in other modules): categories and products with valid defaults. */
export { insertTestCategories, insertTestProduct, testUdiDi, TEST_CATEGORIES } from './catalog.testing.ts';
