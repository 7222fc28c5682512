import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old a signed event may be (replays of a captured request are refused after this). */
export const SIGNATURE_TOLERANCE_S = 300;
export const SIGNATURE_HEADER = 'carrier-signature';

/**
 * Checks a status webhook's `Carrier-Signature: t=<unix seconds>,v1=<hex>` header: v1 is
 * HMAC-SHA256 over `<t>.<raw body>` with the shared webhook secret (CARRIER_WEBHOOK_SECRET),
 * compared in constant time; t must be within five minutes of now.
 */
export function verifyCarrierSignature(opts: {
  secret: string;
  header: string | undefined;
  rawBody: string;
  now: Date;
}): boolean {
  if (!opts.header) return false;
  const parts = new Map(
    opts.header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(opts.now.getTime() / 1000 - t) > SIGNATURE_TOLERANCE_S) return false;
  const expected = createHmac('sha256', opts.secret).update(`${t}.${opts.rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
