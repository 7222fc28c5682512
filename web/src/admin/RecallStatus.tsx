import { useEffect, useState } from 'react';
import { api, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { recallTexts, type NoticeStatus } from './RecallTexts.ts';

/** The delivery of a recall's notices: queued or sent, attempts, when (reads logged, §4g). */
export function RecallStatus({ recallId }: { recallId: string }) {
  const { lang } = useI18n();
  const t = recallTexts[lang];
  const [notices, setNotices] = useState<NoticeStatus[] | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    api<{ notices: NoticeStatus[] }>(
      'GET',
      `/api/staff/recalls/${encodeURIComponent(recallId)}`,
      undefined,
      ctrl.signal,
    ).then(
      (r) => setNotices(r.notices),
      (error: unknown) => !isAbort(error) && setFailed(error),
    );
    return () => ctrl.abort();
  }, [recallId, attempt]);

  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div aria-live="polite">
      <h3>{t.delivery}</h3>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {notices === null && failed === undefined ? <p className="muted">{t.loading}</p> : null}
      {notices !== null ? (
        <div className="table-scroll">
          <table className="ropa-table">
            <caption>{t.delivery}</caption>
            <thead>
              <tr>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.inAccount}</th>
                <th scope="col">{t.delivery}</th>
                <th scope="col">{t.attempts}</th>
                <th scope="col">{t.sentAt}</th>
              </tr>
            </thead>
            <tbody>
              {notices.map((n) => (
                <tr key={n.id}>
                  <th scope="row">{n.email}</th>
                  <td>{n.inAccount ? t.yes : t.no}</td>
                  <td>{n.mailStatus ? t.mailStatus[n.mailStatus] : ''}</td>
                  <td>{n.mailAttempts}</td>
                  <td>{n.mailSentAt ? when.format(new Date(n.mailSentAt)) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => setAttempt((a) => a + 1)}>
        {t.refresh}
      </button>
    </div>
  );
}
