import type { AppModule } from '#src/platform/module/index.ts';
export { products } from './catalog.tables.ts';
export { listProducts, type ProductSummary, type ProductListQuery } from './catalog.repo.ts';
export { registerCatalogRoutes } from './catalog.routes.ts';

export const catalogModule: AppModule = { name: 'catalog' };
export { catalogInventory } from './catalog.data.ts';
