import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: session tokens (staff and customers) and one-time links. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** The server stores only this hash of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A readable one-time password for the first administrator (about 100 bits). */
export const oneTimePassword = (): string =>
  randomBytes(15)
    .toString('base64url')
    .replace(/[-_]/g, 'x')
    .replace(/(.{5})(?=.)/g, '$1-');
