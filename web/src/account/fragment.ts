/**
 * The token of a one-time link (`/konto/verifiera#token=…`). It travels in the fragment, which
 * browsers never send to a server, and is removed from the address bar (and history) as soon
 * as the page has read it, so it is not left behind for someone else at the same computer.
 */
let remembered: { path: string; token: string } | null = null;

export function takeToken(): string | null {
  const path = window.location.pathname;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    remembered = { path, token: fromHash };
    window.history.replaceState(window.history.state, '', path + window.location.search);
  }
  // React renders twice in development (StrictMode): the second read finds the token remembered.
  return remembered?.path === path ? remembered.token : null;
}
