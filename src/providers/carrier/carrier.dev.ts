import type { Config } from '#src/platform/config/index.ts';
import { startLocalCarrier } from './carrier.server.ts';

/** In development a shipment moves on by itself: in transit after this long, delivered after twice it. */
export const DEV_ADVANCE_MS = 20_000;

/**
 * Outside production with no CARRIER_API_URL: starts the local carrier on a port of its own
 * (127.0.0.1) and returns the configuration pointing at it; its status events go to this
 * platform's webhook. Otherwise the configuration as it is.
 */
export async function withLocalCarrier(config: Config): Promise<{ config: Config; close(): Promise<void> }> {
  if (config.carrier.apiUrl || config.nodeEnv === 'production') return { config, close: async () => {} };
  const local = await startLocalCarrier({
    apiKey: config.carrier.apiKey,
    webhook: {
      url: `${config.publicUrl}/api/carrier/webhooks`,
      secret: config.carrier.webhookSecret,
      now: () => new Date(),
    },
    autoAdvanceMs: config.nodeEnv === 'development' ? DEV_ADVANCE_MS : 0,
  });
  return { config: { ...config, carrier: { ...config.carrier, apiUrl: local.apiUrl } }, close: local.close };
}
