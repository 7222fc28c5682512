import type { Config } from '#src/platform/config/index.ts';
import { startLocalCardProvider } from './card.server.ts';

/**
 * `serve` outside production without PAYMENT_API_URL: starts the local card provider in the same
 * process on a port of its own (any free one) and points the platform at it; its webhooks go to
 * the platform's PUBLIC_URL. In production PAYMENT_API_URL is required and nothing is started.
 */
export async function withLocalCardProvider(config: Config): Promise<{ config: Config; close(): Promise<void> }> {
  if (config.payment.apiUrl || config.nodeEnv === 'production') return { config, close: async () => {} };
  const local = await startLocalCardProvider({
    apiKey: config.payment.apiKey,
    webhook: { url: `${config.publicUrl}/api/payments/webhook`, secret: config.payment.webhookSecret },
  });
  return { config: { ...config, payment: { ...config.payment, apiUrl: local.url } }, close: local.close };
}
