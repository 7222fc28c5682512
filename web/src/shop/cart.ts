import { useSyncExternalStore } from 'react';

/**
 * The cart lives in this browser (localStorage): article numbers and quantities, nothing
 * personal, nothing priced. The server prices it (/api/cart/quote) and checkout sends it whole.
 * The catalogue's "add to cart" button dispatches `kliniksupport:add-to-cart`; we listen here.
 */
export type CartLine = { articleNumber: string; quantity: number };

const KEY = 'kliniksupport.cart';
const CHANGE = 'kliniksupport:cart-changed';
export const ADD_TO_CART_EVENT = 'kliniksupport:add-to-cart';
const MAX_QUANTITY = 999;

let cached: { raw: string | null; lines: CartLine[] } = { raw: null, lines: [] };

function read(): CartLine[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    // Storage blocked: an empty cart.
  }
  if (raw === cached.raw) return cached.lines;
  let lines: CartLine[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed))
      lines = parsed.filter(
        (l): l is CartLine => typeof l?.articleNumber === 'string' && Number.isInteger(l?.quantity) && l.quantity > 0,
      );
  } catch {
    lines = [];
  }
  cached = { raw, lines };
  return lines;
}

function write(lines: CartLine[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(lines));
  } catch {
    // Not kept, but the event still tells the page.
  }
  window.dispatchEvent(new Event(CHANGE));
}

export const cartLines = read;

export function addLine(articleNumber: string, quantity: number): void {
  const lines = read();
  const found = lines.find((l) => l.articleNumber === articleNumber);
  write(
    found
      ? lines.map((l) =>
          l.articleNumber === articleNumber ? { ...l, quantity: Math.min(MAX_QUANTITY, l.quantity + quantity) } : l,
        )
      : [...lines, { articleNumber, quantity: Math.min(MAX_QUANTITY, quantity) }],
  );
}

export function setQuantity(articleNumber: string, quantity: number): void {
  write(
    quantity <= 0
      ? read().filter((l) => l.articleNumber !== articleNumber)
      : read().map((l) =>
          l.articleNumber === articleNumber ? { ...l, quantity: Math.min(MAX_QUANTITY, quantity) } : l,
        ),
  );
}

export const removeLines = (articleNumbers: string[]) =>
  write(read().filter((l) => !articleNumbers.includes(l.articleNumber)));

export const clearCart = () => write([]);

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE, onChange);
  window.addEventListener('storage', onChange); // another tab
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useCart(): CartLine[] {
  return useSyncExternalStore(subscribe, read);
}

/** Installed once (web/src/App.tsx imports this module): the catalogue's button fills the cart. */
window.addEventListener(ADD_TO_CART_EVENT, (e) => {
  const d = (e as CustomEvent<{ articleNumber?: unknown; quantity?: unknown }>).detail;
  if (typeof d?.articleNumber === 'string' && Number.isInteger(d.quantity) && (d.quantity as number) > 0)
    addLine(d.articleNumber, d.quantity as number);
});
