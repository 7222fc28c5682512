export { seedDemoData, type SeedOptions, type SeedResult } from './seed.ts';
export type { StaffLogin } from './staff.ts';
