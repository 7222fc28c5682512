import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';

/**
 * A refusal the officer can act on: the server's message (Swedish / English) in the page's
 * language for a 4xx, the generic text with the request id otherwise.
 */
export function Problem({ error }: { error: unknown }): ReactNode {
  const { lang } = useI18n();
  if (error instanceof ApiError && error.status < 500 && error.body?.message) {
    const parts = error.body.message.split(' / ');
    return <Alert>{lang === 'en' && parts.length > 1 ? parts.slice(1).join(' / ') : parts[0]}</Alert>;
  }
  return (
    <Alert>
      <ErrorText error={error} />
    </Alert>
  );
}
