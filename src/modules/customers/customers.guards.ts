import type { FastifyReply, FastifyRequest, onSendAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { AppError } from '#src/platform/errors/index.ts';
import type { CustomerPrincipal, CustomerSessions } from './session.service.ts';

/** The customer session cookie: `__Host-` (Secure, path /, no Domain), HttpOnly, SameSite=Strict. */
export const CUSTOMER_COOKIE = '__Host-ks_customer';
export const customerCookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' } as const;

declare module 'fastify' {
  interface FastifyRequest {
    customer?: CustomerPrincipal;
  }
}

export const setSessionCookie = (reply: FastifyReply, token: string) =>
  reply.setCookie(CUSTOMER_COOKIE, token, customerCookieOptions);
export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(CUSTOMER_COOKIE, customerCookieOptions);

/** Responses with personal data are never stored by browsers or proxies. */
export const noStore: onSendAsyncHookHandler<unknown> = async (_req, reply, payload) => {
  reply.header('cache-control', 'no-store');
  return payload;
};

export function createCustomerGuard(sessions: CustomerSessions) {
  /** A signed-in customer (a verified contact with a live session), as `req.customer`. */
  const requireCustomer: preHandlerAsyncHookHandler = async (req: FastifyRequest) => {
    const token = req.cookies[CUSTOMER_COOKIE];
    const principal = token ? await sessions.authenticate(token) : null;
    if (!principal) throw new AppError('unauthenticated', 'Logga in / Sign in');
    req.customer = principal;
  };
  return { requireCustomer };
}

export type CustomerGuard = ReturnType<typeof createCustomerGuard>;

export const principalSchema = z.object({ contactId: z.uuid(), companyId: z.uuid(), companyAdmin: z.boolean() });

/** Errors that count as a failed attempt for the throttle: wrong credentials, a wrong password field. */
export const isPasswordFailure = (err: unknown) =>
  err instanceof AppError && (err.code === 'unauthenticated' || err.fields.some((f) => f.field === 'body.password'));
