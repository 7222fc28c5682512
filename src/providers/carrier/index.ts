/** A local stand-in for the carrier platform (nShift Delivery REST API subset), for development and tests. */
export { localCarrierPlugin, startLocalCarrier, type LocalCarrierOptions } from './carrier.server.ts';
export { signEvent } from './carrier.webhooks.ts';
export { withLocalCarrier, DEV_ADVANCE_MS } from './carrier.dev.ts';
