import { useEffect, useState } from 'react';
import { isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import { getQueue, requestPath, type RightsRequest } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';

/** The queue by due date: overdue first, then the days left; paused ones after, closed ones apart. */
export function RequestQueue({ reload }: { reload: number }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [items, setItems] = useState<RightsRequest[] | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);

  useEffect(() => {
    const ctrl = new AbortController();
    setItems(null);
    setFailed(undefined);
    getQueue(status, ctrl.signal).then(
      (r) => setItems(r.items),
      (error: unknown) => !isAbort(error) && setFailed(error),
    );
    return () => ctrl.abort();
  }, [status, reload]);

  const when = (r: RightsRequest) => {
    if (r.completedAt) return r.completedAt.slice(0, 10);
    if (r.pausedSince) return t.pausedSince(r.pausedSince);
    return `${r.due ?? ''}${r.daysLeft !== null ? ` (${t.daysLeft(r.daysLeft)})` : ''}`;
  };

  return (
    <section className="card" aria-labelledby="requests-queue-title">
      <h2 id="requests-queue-title">{t.queueTitle}</h2>
      <fieldset className="filters">
        <legend>{t.show}</legend>
        {(['open', 'closed'] as const).map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" name="requests-status" checked={status === s} onChange={() => setStatus(s)} />{' '}
            {t.filters[s]}
          </label>
        ))}
      </fieldset>
      {failed !== undefined ? <Problem error={failed} /> : null}
      {items === null && failed === undefined ? <p className="muted">{t.loading}</p> : null}
      {items !== null && items.length === 0 ? <p>{t.empty}</p> : null}
      {items !== null && items.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t.queueCaption}>
          <table className="ropa-table retention-table">
            <caption>{t.queueCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.channel}</th>
                <th scope="col">{t.received}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className={r.overdue ? 'overdue' : undefined}>
                  <th scope="row">
                    <Link to={requestPath(r.id)} aria-label={t.openLabel(r.kindLabel[lang], r.receivedAt.slice(0, 10))}>
                      {r.kindLabel[lang]}
                    </Link>
                  </th>
                  <td>{t.channels[r.channel]}</td>
                  <td>
                    <time dateTime={r.receivedAt}>{r.receivedAt.slice(0, 10)}</time>
                  </td>
                  <td>{r.overdue ? <strong>{when(r)}</strong> : when(r)}</td>
                  <td>{t.statuses[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
