import { api } from '../api.ts';

/** The marketing module's public API and the account's consents (src/modules/marketing/*.routes.ts). */

export type ConsentChannel = 'email' | 'sms' | 'post' | 'social';
export const consentChannels: ConsentChannel[] = ['email', 'sms', 'post', 'social'];

export type ConsentText = {
  version: string;
  purpose: string;
  channel: ConsentChannel;
  sv: string;
  en: string;
  sha256: string;
};

export type ConfirmedConsent = {
  channel: ConsentChannel;
  textVersion: string;
  textSha256: string;
  givenAt: string;
  confirmedAt: string;
  withdrawnAt: string | null;
};

export type AccountConsent = {
  id: string;
  purpose: string;
  channel: ConsentChannel;
  textVersion: string;
  textSha256: string;
  text: ConsentText | null;
  source: string;
  method: string;
  givenAt: string;
  withdrawnAt: string | null;
  withdrawalMethod: string | null;
};

export type SignupRequest = {
  email: string;
  name?: string;
  company?: string;
  channels: ConsentChannel[];
  source?: 'webshop_form' | 'event';
  eventCode?: string;
  language: 'sv' | 'en';
  textVersions: Partial<Record<ConsentChannel, string>>;
};

export const getConsentTexts = (signal?: AbortSignal) =>
  api<{ items: ConsentText[] }>('GET', '/api/marketing/consent-texts', undefined, signal);
export const signUp = (body: SignupRequest) =>
  api<{ status: 'confirmation_sent'; message: string }>('POST', '/api/marketing/signup', body);
export const confirmSignup = (token: string) =>
  api<{ status: 'confirmed' | 'already_confirmed'; consents: ConfirmedConsent[]; withdrawToken: string }>(
    'POST',
    '/api/marketing/confirm',
    { token },
  );
export const withdrawByToken = (token: string) =>
  api<{ status: 'withdrawn'; withdrawn: number }>('POST', '/api/marketing/withdraw', { token });

export const getMyConsents = (signal?: AbortSignal) =>
  api<{ items: AccountConsent[] }>('GET', '/api/customers/me/consents', undefined, signal);
export const giveConsents = (channels: ConsentChannel[], textVersions: Partial<Record<ConsentChannel, string>>) =>
  api<{ items: AccountConsent[] }>('POST', '/api/customers/me/consents', { channels, textVersions });
export const withdrawMyConsent = (id: string) =>
  api<{ items: AccountConsent[] }>('POST', `/api/customers/me/consents/${encodeURIComponent(id)}/withdraw`);
