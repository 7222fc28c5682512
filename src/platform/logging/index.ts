export { createLogger, type Logger } from './logging.ts';
