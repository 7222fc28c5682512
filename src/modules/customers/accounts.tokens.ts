/** Tokens are the identity module's: 256 random bits, base64url, stored only as a SHA-256. */
export { newToken, hashToken } from '#src/modules/identity/index.ts';

export const HOUR_MS = 3_600_000;

/** How long each kind of one-time link works. */
export const tokenLifetimes = {
  verify_email: 24 * HOUR_MS,
  reset_password: HOUR_MS,
  change_email: 24 * HOUR_MS,
  invitation: 7 * 24 * HOUR_MS,
} as const;

export type TokenPurpose = keyof typeof tokenLifetimes;

/** Where each link leads: a page of the storefront, the token in the fragment (never sent to a server log). */
export const linkPaths = {
  verify_email: '/konto/verifiera',
  reset_password: '/konto/nytt-losenord',
  change_email: '/konto/ny-e-post',
  invitation: '/konto/inbjudan',
} as const satisfies Record<TokenPurpose, string>;

export const linkTo = (publicUrl: string, purpose: TokenPurpose, token: string): string =>
  `${publicUrl}${linkPaths[purpose]}#token=${token}`;

/** "k•••@kliniken.se": enough for the owner to recognise an address in a notice. */
export function addressHint(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}
