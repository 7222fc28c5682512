import { useEffect, useState } from 'react';
import { ApiError, isAbort } from '../api.ts';

export const PRIVACY_PATH = '/konto/integritet';
export const signInAgainHref = `/konto/logga-in?tillbaka=${encodeURIComponent(PRIVACY_PATH)}`;
export const is401 = (err: unknown) => err instanceof ApiError && err.status === 401;

export type SectionProps = { onSessionEnded: () => void };

/**
 * Loads a section's list when it mounts and again when `attempt` changes; a 401 ends the session,
 * other failures go to `onError`.
 */
export function useSectionList<T>(
  load: (signal: AbortSignal) => Promise<{ items: T[] }>,
  attempt: number,
  onSessionEnded: () => void,
  onError: (error: unknown) => void,
): T[] | null {
  const [items, setItems] = useState<T[] | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal).then(
      (r) => setItems(r.items),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (is401(error)) onSessionEnded();
        else onError(error);
      },
    );
    return () => ctrl.abort();
    // `load` and `onError` are module functions and state setters: stable across renders.
  }, [attempt, onSessionEnded]);
  return items;
}
