import type { AppModule } from '#src/platform/module/index.ts';
export { usageEvents } from './analytics.tables.ts';

export const analyticsModule: AppModule = { name: 'analytics' };
export { analyticsInventory } from './analytics.data.ts';
export { analyticsRetention } from './analytics.retention.ts';
