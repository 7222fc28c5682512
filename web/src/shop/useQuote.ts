import { useEffect, useState } from 'react';
import { removeLines, type CartLine } from './cart.ts';
import { quote, type Quote } from './shopApi.ts';

/** The server's price of the cart, fetched again whenever the cart or the buyer's country changes. */
export function useQuote(lines: CartLine[], country = 'SE', vatNumber: string | null = null) {
  const [state, setState] = useState<{ quote: Quote | null; error: unknown; loading: boolean }>({
    quote: null,
    error: null,
    loading: lines.length > 0,
  });
  const key = JSON.stringify([lines, country, vatNumber]);
  useEffect(() => {
    const [lines, country, vatNumber] = JSON.parse(key) as [CartLine[], string, string | null];
    if (lines.length === 0) {
      setState({ quote: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    quote(lines, country, vatNumber, ctrl.signal)
      .then((q) => {
        if (q.unknown.length) removeLines(q.unknown);
        setState({ quote: q, error: null, loading: false });
      })
      .catch((error: unknown) => {
        if (!ctrl.signal.aborted) setState({ quote: null, error, loading: false });
      });
    return () => ctrl.abort();
  }, [key]);
  return state;
}
