import { api } from '../api.ts';

type Localized = { sv: string; en: string };

/** One data subject request as the privacy officer's queue lists it (GET /api/privacy/requests). */
export type RightsRequest = {
  id: string;
  kind: string;
  kindLabel: Localized;
  channel: 'account' | 'letter';
  status: 'received' | 'awaiting_identity' | 'in_progress' | 'completed' | 'refused';
  receivedAt: string;
  language: 'sv' | 'en';
  due: string | null;
  pausedSince: string | null;
  pausedDays: number;
  daysLeft: number | null;
  overdue: boolean;
  extended: boolean;
  extensionReasonLabel: Localized | null;
  completedAt: string | null;
  refusalReasonLabel: Localized | null;
  answeredInTime: boolean | null;
  pauses: { pausedAt: string; resumedAt: string | null; reasonLabel: Localized }[];
  contactId: string | null;
  companyId: string | null;
};

export type Verification = {
  id: string;
  method: string;
  status: 'pending' | 'verified' | 'failed';
  personnummerGiven: boolean;
  startedAt: string;
  completedAt: string | null;
  completedBy: string | null;
};

export type RequestRecord = {
  request: RightsRequest;
  verifications: Verification[];
  methods: { id: string; label: Localized }[];
  attachments: { id: string; mediaType: string; bytes: number; uploadedAt: string }[];
  letters: { id: string; kind: string; language: string; delivery: string; items: string[]; sentAt: string }[];
};

export const OPEN = ['received', 'awaiting_identity', 'in_progress'];
export const isOpen = (r: Pick<RightsRequest, 'status'>) => OPEN.includes(r.status);
export const requestPath = (id?: string) => `/admin/registerforfragningar${id ? `/${id}` : ''}`;
const base = (id: string) => `/api/privacy/requests/${encodeURIComponent(id)}`;

export const getQueue = (status: 'open' | 'closed', signal?: AbortSignal) =>
  api<{ items: RightsRequest[] }>('GET', `/api/privacy/requests?status=${status}`, undefined, signal);
export const getRecord = (id: string, signal?: AbortSignal) => api<RequestRecord>('GET', base(id), undefined, signal);
export const step = (id: string, path: string, body?: object) =>
  api<RightsRequest>('POST', `${base(id)}/${path}`, body);
export const startVerification = (id: string, method: string) =>
  api<{ verification: Verification; instructions: Localized }>('POST', `${base(id)}/verifications`, { method });
export const collectVerification = (id: string, vid: string, body: { outcome?: string; personnummer?: string }) =>
  api<Verification>('POST', `${base(id)}/verifications/${encodeURIComponent(vid)}`, body);
export const attach = (id: string, file: string) => api<{ id: string }>('POST', `${base(id)}/attachments`, { file });
export const attachmentUrl = (id: string, aid: string) => `${base(id)}/attachments/${encodeURIComponent(aid)}`;
export const extractUrl = (id: string, format: 'pdf' | 'json', lang: 'sv' | 'en') =>
  `${base(id)}/extract?format=${format}&lang=${lang}`;
export const registerLetter = (body: {
  kind: string;
  contactId: string;
  receivedAt: string;
  language: 'sv' | 'en';
  scan: string;
}) => api<RightsRequest>('POST', '/api/privacy/requests/letter', body);

/** A file's bytes as base64 (the scan travels in the JSON body). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The erasure plan (GET /api/privacy/requests/:id/erasure-plan); built elsewhere, read defensively. */
export type Law = { rule: string; citation: string; name: Localized; until: string };
export type ErasurePlan = {
  requestId: string;
  computedAt: string;
  planHash: string;
  subject: { contactId: string | null; companyId: string | null; companyName: string | null; lastContact: boolean };
  erase: { table: string; title: Localized; rows: number }[];
  minimise: { table: string; title: Localized; rows: number; cleared: Localized; laws: Law[] }[];
  keep: { table: string; title: Localized; rows: number; reason: Localized; laws: Law[] }[];
  files: number;
  recipients: { id: string; name: Localized; disclosures: number }[];
  suppression: boolean;
};
export const getErasurePlan = (id: string, signal?: AbortSignal) =>
  api<ErasurePlan>('GET', `${base(id)}/erasure-plan`, undefined, signal);
export const approveErasure = (id: string, planHash: string) =>
  api<{ requestId: string; status: string; erasedRows: number; minimisedRows: number; letterQueued: boolean }>(
    'POST',
    `${base(id)}/erasure`,
    { planHash },
  );
