import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old a signed webhook may be (Stripe's default tolerance): older ones are refused as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export type SignatureFailure = 'missing_header' | 'malformed_header' | 'no_matching_signature' | 'outside_tolerance';

export class WebhookSignatureError extends Error {
  readonly reason: SignatureFailure;
  constructor(reason: SignatureFailure) {
    super(`webhook signature refused: ${reason}`);
    this.name = 'WebhookSignatureError';
    this.reason = reason;
  }
}

const hmac = (secret: string, timestamp: number, payload: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');

/** The `Stripe-Signature` header for a payload: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">`. */
export function signatureHeader(secret: string, payload: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, payload)}`;
}

/**
 * Verifies a `Stripe-Signature` header against the raw request body: some `v1` signature must be
 * the HMAC-SHA256 of `"<t>.<body>"` under the endpoint's secret (compared in constant time), and
 * `t` must lie within the tolerance of now (both ways), so a captured request cannot be replayed later.
 */
export function verifySignature(
  header: string | undefined,
  payload: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
): void {
  if (!header) throw new WebhookSignatureError('missing_header');
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) throw new WebhookSignatureError('malformed_header');
  const expected = Buffer.from(hmac(secret, timestamp, payload), 'hex');
  if (!signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected))) {
    throw new WebhookSignatureError('no_matching_signature');
  }
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) throw new WebhookSignatureError('outside_tolerance');
}
