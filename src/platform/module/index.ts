export type { AppModule, ModuleDeps } from './module.ts';
