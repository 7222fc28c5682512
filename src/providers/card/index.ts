/**
 * A local stand-in for the card payment service (Stripe Checkout Sessions API subset), so the whole
 * card flow works offline in development and tests. Never started in production.
 */
export {
  localCardProviderPlugin,
  createLocalCardProvider,
  startLocalCardProvider,
  type LocalCardProvider,
  type LocalCardProviderOptions,
  type StartedCardProvider,
} from './card.server.ts';
export { signPayload, DEFAULT_RETRY_DELAYS_MS, type Delivery, type WebhookTarget } from './card.webhooks.ts';
export { outcomeOf } from './card.cards.ts';
export { withLocalCardProvider } from './card.dev.ts';
