/** Decodes Stripe-style form bodies: `line_items[0][price_data][unit_amount]=1000` → nested objects. */
export type Decoded = { [key: string]: Decoded | string };

export function decodeForm(body: string): Decoded {
  const root: Decoded = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.replace(/\]/g, '').split('[');
    let node = root;
    parts.forEach((p, i) => {
      const name = p === '' ? String(Object.keys(node).length) : p;
      if (i === parts.length - 1) node[name] = value;
      else {
        const next = node[name];
        node = typeof next === 'object' ? next : (node[name] = {});
      }
    });
  }
  return root;
}

/** The values of an object decoded from `x[0]=a&x[1]=b` (or `x[]=a`), in order. */
export const listOf = (v: Decoded | string | undefined): (Decoded | string)[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : Object.values(v);

export const str = (v: Decoded | string | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
