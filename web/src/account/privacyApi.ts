import { api, ApiError, NetworkError, type ApiErrorBody } from '../api.ts';

/** The privacy center's API (src/modules/privacy/{extract,objections,rights}.routes.ts). */

export type ObjectionKind = 'direct_marketing' | 'profiling';
export type ObjectionChannel = 'email' | 'sms' | 'post' | 'social' | 'all';
export type Objection = { kind: ObjectionKind; channel: ObjectionChannel; source: string; recordedAt: string };

export type RequestKind = 'rectification' | 'erasure' | 'complaint';
export type PrivacyRequest = {
  id: string;
  kind: string;
  status: string;
  receivedAt: string;
  due: string | null;
  overdue: boolean;
};

export const getObjections = (signal?: AbortSignal) =>
  api<{ items: Objection[] }>('GET', '/api/customers/me/privacy/objections', undefined, signal);
export const object = (kind: ObjectionKind, channel: ObjectionChannel = 'all') =>
  api<{ recorded: true }>('POST', '/api/customers/me/privacy/objections', { kind, channel });
export const getRequests = (signal?: AbortSignal) =>
  api<{ items: PrivacyRequest[] }>('GET', '/api/customers/me/privacy-requests', undefined, signal);
export const makeRequest = (kind: RequestKind, language: 'sv' | 'en') =>
  api<PrivacyRequest>('POST', '/api/customers/me/privacy-requests', { kind, language });

export const EXTRACT_SCHEMA_URL = '/api/privacy/register-extract.schema.json';

/** The extract's 403: the sign-in is older than a quarter of an hour. */
export const isStaleSignIn = (err: unknown) => err instanceof ApiError && err.status === 403;

/**
 * Downloads the register extract: fetched first, so that a stale sign-in (403) can be explained
 * instead of leaving the browser on an error body, then saved under the server's file name.
 */
export async function downloadExtract(format: 'json' | 'pdf', lang: 'sv' | 'en'): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/customers/me/privacy/extract?format=${format}&lang=${lang}`, {
      credentials: 'same-origin',
    });
  } catch (err) {
    throw new NetworkError(err);
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const ok = typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string';
    throw new ApiError(res.status, ok ? (body as ApiErrorBody) : null);
  }
  const name =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `registerutdrag.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
