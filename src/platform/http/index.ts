export { createShell, type App, type ShellOptions } from './server.ts';
export { errorHandler, scrub } from './errors.ts';
