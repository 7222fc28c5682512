export { seedDemoData, type SeedOptions, type SeedResult } from './seed.ts';
export type { StaffLogin } from './staff.ts';
export { HEAVY_CUSTOMER_EMAIL } from './volume-heavy-sql.ts';
