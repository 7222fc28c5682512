import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { api, ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { GenericRopa } from './GenericRopa.tsx';
import { RopaRecord } from './RopaRecord.tsx';
import { isRopa, ropaUrl } from './ropa.ts';

type State = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; data: unknown };

/** The record of processing activities (GDPR art. 30), for the privacy officer, in the UI's language. */
export function RopaSection() {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const ctrl = new AbortController();
    api<unknown>('GET', ropaUrl('json', lang), undefined, ctrl.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'failed', error });
      },
    );
    return () => ctrl.abort();
  }, [lang]);

  return (
    <section className="card ropa" aria-labelledby="ropa-title">
      <h2 id="ropa-title">{t.ropaTitle}</h2>
      <p>{t.ropaIntro}</p>
      <p className="downloads">
        <a className="button button-secondary" href={ropaUrl('csv', lang)} download={`ropa-${lang}.csv`}>
          {t.ropaDownloadCsv}
        </a>
        <a className="button button-secondary" href={ropaUrl('md', lang)} download={`ropa-${lang}.md`}>
          {t.ropaDownloadMd}
        </a>
      </p>
      {state.status === 'loading' ? <p className="muted">{t.loading}</p> : null}
      {state.status === 'failed' ? (
        <Alert>
          {state.error instanceof ApiError && state.error.status === 403 ? (
            t.ropaForbidden
          ) : (
            <>
              {t.ropaUnavailable} <ErrorText error={state.error} />
            </>
          )}
        </Alert>
      ) : null}
      {state.status === 'ready' ? (
        isRopa(state.data) ? (
          <RopaRecord ropa={state.data} />
        ) : (
          <GenericRopa data={state.data} />
        )
      ) : null}
    </section>
  );
}
