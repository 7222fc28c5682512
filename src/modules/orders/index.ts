import type { AppModule } from '#src/platform/module/index.ts';
export { orders, orderLines } from './orders.tables.ts';

export const ordersModule: AppModule = { name: 'orders' };
export { ordersInventory } from './orders.data.ts';
