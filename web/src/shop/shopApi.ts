import { api, ApiError, NetworkError, type ApiErrorBody } from '../api.ts';
import type { CartLine } from './cart.ts';

export type VatRow = { rate: number; baseOre: number; vatOre: number };
export type Quote = {
  lines: (CartLine & {
    nameSv: string;
    nameEn: string;
    unitPriceExVatOre: number;
    vatRate: number;
    lineExVatOre: number;
    lineVatOre: number;
    inStock: boolean;
  })[];
  unknown: string[];
  goodsExVatOre: number;
  shippingExVatOre: number;
  shippingVatOre: number;
  freeShippingFromExVatOre: number;
  vatByRate: VatRow[];
  vatOre: number;
  roundingOre: number;
  totalIncVatOre: number;
  reverseCharge: boolean;
  reverseChargeText: string | null;
};

export type OrderSummary = {
  id: string;
  orderNumber: string;
  status: string;
  placedAt: string;
  paymentMethod: 'invoice' | 'card';
  accountUsed: boolean;
  contactName: string;
  totalExVatOre: number;
  totalIncVatOre: number;
  /** Filled by invoicing (H3) and deliveries (H5) when present. */
  invoice?: { invoiceNumber: string; pdfUrl: string } | null;
  shipments?: { trackingUrl?: string | null; [k: string]: unknown }[];
};
export type Address = { street: string; postalCode: string; city: string };
export type OrderView = OrderSummary & {
  reverseCharge: boolean;
  reverseChargeText: string | null;
  buyer: { orgNr: string; name: string; vatNumber: string | null; country: string };
  contact: { name: string; email: string; phone: string | null };
  billing: Address;
  delivery: Address & { name: string; country: string };
  lines: {
    articleNumber: string;
    name: string;
    quantity: number;
    unitPriceExVatOre: number;
    vatRate: number;
    lineExVatOre: number;
    lineVatOre: number;
  }[];
  totals: {
    goodsExVatOre: number;
    shippingExVatOre: number;
    shippingVatOre: number;
    vatByRate: VatRow[];
    vatOre: number;
    roundingOre: number;
    totalIncVatOre: number;
  };
};

export type GuestBuyer = {
  companyName: string;
  orgNr: string;
  vatNumber: string | null;
  country: string;
  contactName: string;
  email: string;
  phone: string | null;
  billing: Address;
  marketingRefused: boolean;
};
export type CheckoutBody = {
  lines: CartLine[];
  paymentMethod: 'invoice' | 'card';
  buyer?: GuestBuyer;
  expectedTotalIncVatOre?: number;
};

export const quote = (lines: CartLine[], country = 'SE', vatNumber: string | null = null, signal?: AbortSignal) =>
  api<Quote>('POST', '/api/cart/quote', { lines, country, vatNumber }, signal);

export const getOrders = (signal?: AbortSignal) =>
  api<{ orders: OrderSummary[]; more: boolean }>('GET', '/api/customers/me/orders', undefined, signal);
export const getOrder = (orderNumber: string, signal?: AbortSignal) =>
  api<OrderView>('GET', `/api/customers/me/orders/${encodeURIComponent(orderNumber)}`, undefined, signal);

/**
 * Places the order. The Idempotency-Key is made once per checkout attempt and kept (session
 * storage) until the order is confirmed, so a retry after a network error or a reload cannot
 * order twice; a changed cart or form gets a new key.
 */
export async function placeOrder(body: CheckoutBody, key: string): Promise<OrderView> {
  let res: Response;
  try {
    res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': key },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new NetworkError(err);
  }
  const json = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw new ApiError(res.status, json as ApiErrorBody | null);
  return json as OrderView;
}

const KEY_STORE = 'kliniksupport.checkout';

/** The key for this exact request: the same body keeps its key, another body gets a new one. */
export function idempotencyKeyFor(body: CheckoutBody): string {
  const fingerprint = JSON.stringify(body);
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(KEY_STORE) ?? 'null') as { f: string; k: string } | null;
    if (saved?.f === fingerprint) return saved.k;
    const k = crypto.randomUUID();
    window.sessionStorage.setItem(KEY_STORE, JSON.stringify({ f: fingerprint, k }));
    return k;
  } catch {
    return crypto.randomUUID();
  }
}

export const forgetIdempotencyKey = () => {
  try {
    window.sessionStorage.removeItem(KEY_STORE);
  } catch {
    // nothing kept
  }
};

/** A card order's payment page (H4): the open session's URL. */
export const startCardPayment = (orderId: string) =>
  api<{ orderStatus: string; payment: { status: string; url: string | null } | null }>(
    'POST',
    `/api/payments/orders/${encodeURIComponent(orderId)}/checkout-session`,
  );

/** Where a card order's payment stands (after the return from the payment page). */
export const cardPaymentStatus = (orderId: string) =>
  api<{ orderStatus: string; payment: { status: string } | null }>(
    'GET',
    `/api/payments/orders/${encodeURIComponent(orderId)}`,
  );
