/**
 * Stripe's request encoding: application/x-www-form-urlencoded with nested keys in brackets,
 * `line_items[0][price_data][unit_amount]=1000`, `expand[]=payment_intent`.
 */
export type FormValue = string | number | boolean | null | undefined | FormValue[] | { [key: string]: FormValue };

export function encodeForm(params: Record<string, FormValue>): string {
  const out = new URLSearchParams();
  const walk = (key: string, value: FormValue) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(`${key}[${i}]`, v));
    else if (typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(`${key}[${k}]`, v));
    else out.append(key, String(value));
  };
  Object.entries(params).forEach(([k, v]) => walk(k, v));
  return out.toString();
}
