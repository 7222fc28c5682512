import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { getRuns, sweepNow, type RunSummary } from './retention.ts';
import { retentionTexts } from './RetentionTexts.ts';

/** The proof of deletion: the latest sweeps and what each did per rule; a sweep on demand. */
export function RetentionRuns() {
  const { lang } = useI18n();
  const t = retentionTexts[lang];
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [queued, setQueued] = useState<'queued' | 'alreadyQueued' | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const load = useCallback((signal?: AbortSignal) => getRuns(signal).then((r) => setRuns(r.items)), []);
  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal).catch((error: unknown) => !isAbort(error) && setFailed(error));
    return () => ctrl.abort();
  }, [load]);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setFailed(undefined);
    try {
      await action();
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const time = (iso: string) => <time dateTime={iso}>{when.format(new Date(iso))}</time>;
  return (
    <section className="card" aria-labelledby="retention-runs-title">
      <h2 id="retention-runs-title">{t.runsTitle}</h2>
      <p>{t.runsIntro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <p className="downloads">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              setQueued(null);
              setQueued((await sweepNow()).queued ? 'queued' : 'alreadyQueued');
            })
          }
        >
          {t.sweepNow}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => load())}>
          {t.refresh}
        </button>
      </p>
      {queued ? <Alert kind="success">{t[queued]}</Alert> : null}
      {runs === null ? (
        failed === undefined ? (
          <p className="muted">{t.loading}</p>
        ) : null
      ) : runs.length === 0 ? (
        <p>{t.noRuns}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t.runsCaption}>
          <table className="ropa-table retention-table">
            <caption>{t.runsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.started}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.runAsOf}</th>
                <th scope="col">{t.policy}</th>
                <th scope="col">{t.trigger}</th>
                <th scope="col">{t.perRule}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{time(r.startedAt)}</th>
                  <td>{t.statuses[r.status] ?? r.status}</td>
                  <td>{time(r.asOf)}</td>
                  <td>{r.policyVersion}</td>
                  <td>{t.triggers[r.trigger] ?? r.trigger}</td>
                  <td>
                    {r.rules.length === 0 ? (
                      t.nothingDone
                    ) : (
                      <ul className="cell-list">
                        {r.rules.map((x) => (
                          <li key={`${x.target} ${x.action}`}>
                            <code className="target">{x.target}</code>{' '}
                            {t.ruleDone(
                              t.done[x.action] ?? x.action,
                              x.rows,
                              Object.entries(x.related)
                                .map(([table, n]) => `${table} ${n}`)
                                .join(', '),
                              x.files,
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
