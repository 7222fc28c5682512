export { loadConfig, configSchema, ConfigError, type Config } from './config.ts';
export { LOCAL_PAYMENT_API_KEY, LOCAL_PAYMENT_WEBHOOK_SECRET } from './config.ts';
export { LOCAL_CARRIER_API_KEY, LOCAL_CARRIER_WEBHOOK_SECRET } from './config.ts';
export { LOCAL_PSEUDONYM_KEY } from './config.ts';
export { LOCAL_MARKETING_TOKEN_KEY } from './config.ts';
