import { api, ApiError, NetworkError } from '../api.ts';

/** The customer account API (src/modules/customers/*.routes.ts). */

export type Bilingual = { sv: string; en: string };

export type Me = {
  contact: { id: string; fullName: string; email: string; phone: string | null; companyAdmin: boolean };
  company: { name: string; orgNr: string; legalForm: string; street: string; postalCode: string; city: string };
  colleagues: { id: string; fullName: string; email: string; companyAdmin: boolean }[];
  invitations: { id: string; email: string; expiresAt: string }[] | null;
};

export type TerminationPlan = {
  company: { name: string; orgNr: string };
  lastContact: boolean;
  newAdmin: { fullName: string } | null;
  deletedNow: { id: string; title: Bilingual; detail: Bilingual; count: number | null }[];
  kept: {
    id: string;
    title: Bilingual;
    detail: Bilingual;
    count: number;
    laws: {
      rule: string;
      citation: string;
      name: Bilingual;
      statement: Bilingual;
      keptData: Bilingual;
      until: string;
      condition: Bilingual | null;
    }[];
  }[];
};

export type Registration = {
  company: { orgNr: string; name: string; street: string; postalCode: string; city: string };
  contact: { fullName: string; email: string; phone?: string; password: string };
};

export const register = (body: Registration) => api<unknown>('POST', '/api/customers/registrations', body);
export const verify = (token: string) => api<void>('POST', '/api/customers/verify', { token });
export const resendVerification = (email: string) =>
  api<unknown>('POST', '/api/customers/verification-requests', { email });
export const signIn = (email: string, password: string) =>
  api<unknown>('POST', '/api/customers/session', { email, password });
export const signOut = () => api<void>('DELETE', '/api/customers/session');
export const requestReset = (email: string) => api<unknown>('POST', '/api/customers/password-resets', { email });
export const completeReset = (token: string, newPassword: string) =>
  api<void>('POST', '/api/customers/password-resets/confirm', { token, newPassword });
export const getMe = (signal?: AbortSignal) => api<Me>('GET', '/api/customers/me', undefined, signal);
export const requestEmailChange = (newEmail: string, password: string) =>
  api<unknown>('POST', '/api/customers/me/email-changes', { newEmail, password });
export const confirmEmailChange = (token: string) =>
  api<void>('POST', '/api/customers/email-changes/confirm', { token });
export const invite = (email: string) => api<unknown>('POST', '/api/customers/invitations', { email });
export const withdrawInvitation = (id: string) => api<void>('DELETE', `/api/customers/invitations/${id}`);
export const lookupInvitation = (token: string) =>
  api<{ companyName: string; email: string }>('POST', '/api/customers/invitations/lookup', { token });
export const acceptInvitation = (body: { token: string; fullName: string; password: string; phone?: string }) =>
  api<unknown>('POST', '/api/customers/invitations/accept', body);
export const removeColleague = (id: string) => api<TerminationPlan>('DELETE', `/api/customers/colleagues/${id}`);
export const getTerminationPlan = () => api<TerminationPlan>('GET', '/api/customers/me/termination');
export const terminate = (password: string) =>
  api<TerminationPlan>('POST', '/api/customers/me/termination', { confirm: true, password });

/** PATCH /api/customers/me (the shared `api` helper knows GET, POST and DELETE only). */
export async function updateProfile(patch: { fullName?: string; phone?: string | null }): Promise<Me> {
  let res: Response;
  try {
    res = await fetch('/api/customers/me', {
      method: 'PATCH',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(patch),
    });
  } catch (err) {
    throw new NetworkError(err);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, (body as ApiError['body']) ?? null);
  return body as Me;
}
