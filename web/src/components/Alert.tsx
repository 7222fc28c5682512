import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError, NetworkError } from '../api.ts';

/** A message announced to screen readers when it appears. */
export function Alert({
  kind = 'error',
  children,
  id,
}: {
  kind?: 'error' | 'success' | 'info';
  children: ReactNode;
  id?: string;
}) {
  return (
    <div id={id} className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** The user-facing text for a failed request: no stack, no server detail, but the request id. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof NetworkError) return <>{t.networkError}</>;
  const requestId = error instanceof ApiError ? error.body?.requestId : undefined;
  return (
    <>
      {t.serverError}
      {requestId ? <> {t.requestId(requestId)}</> : null}
    </>
  );
}
