import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A tiny History API router: `navigate()` pushes a path, `usePath()` re-renders on every change
 * (ours and the browser's back/forward), `<Link>` turns plain left clicks into navigation.
 */
const NAVIGATE_EVENT = 'kliniksupport:navigate';

let navigated = false;
/** Whether the user has moved between pages since the document loaded (not the first page). */
export const hasNavigated = () => navigated;
window.addEventListener('popstate', () => {
  navigated = true;
});

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => window.location.pathname;

export function usePath(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  navigated = true;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  function handleClick(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (to !== window.location.pathname + window.location.search) navigate(to);
  }
  const current = to === window.location.pathname ? 'page' : undefined;
  return <a href={to} aria-current={current} onClick={handleClick} {...rest} />;
}
