import { api } from '../api.ts';

/** GET /api/staff/me, POST /api/staff/session (src/modules/identity/staff.routes.ts). */
export type StaffMe = {
  displayName: string;
  roles: string[];
  mustChangePassword: boolean;
  /** No second factor yet: the enrolment screen comes before anything else. */
  mustEnrolSecondFactor: boolean;
};

export const getMe = (signal?: AbortSignal) => api<StaffMe>('GET', '/api/staff/me', undefined, signal);
/** The password step: a session (no second factor yet) or a request for the second factor. */
export const signIn = (email: string, password: string) =>
  api<StaffMe | { secondFactorRequired: true }>('POST', '/api/staff/session', { email, password });
export const signOut = () => api<void>('DELETE', '/api/staff/session');
export const changePassword = (newPassword: string) => api<void>('POST', '/api/staff/password', { newPassword });

/** Server field names ("body.email") to our form's field names ("email"). */
export function fieldErrors(fields: { field: string; message: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields ?? []) {
    const name = f.field.split('.').pop() ?? f.field;
    out[name] ??= f.message;
  }
  return out;
}
