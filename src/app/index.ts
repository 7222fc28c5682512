export { buildApp, type BuiltApp } from './app.ts';
export { openRuntime, type Runtime } from './runtime.ts';
export { serve } from './serve.ts';
export { runWorker, WorkerNeedsPostgresError } from './worker.ts';
export { appModules } from './modules.ts';
export { VERSION } from './version.ts';
export { inventory } from './inventory.ts';
