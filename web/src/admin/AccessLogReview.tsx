import { useCallback, useEffect, useState } from 'react';
import { api, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { accessLogTexts } from './AccessLogTexts.ts';

type L = { sv: string; en: string };
type Entry = {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  roleLabel: L;
  purposeLabel: L;
  categoryLabels: L[];
};
type Verification = {
  ok: boolean;
  entries: number;
  checkpoints: number;
  problems: { kind: string; seq: number; message: string }[];
  latestCheckpointAt: string | null;
};

const PAGE = 25;

/** The access log for the privacy officer and security: its verification status and its entries. */
export function AccessLogReview({ maySign }: { maySign: boolean }) {
  const { lang } = useI18n();
  const t = accessLogTexts[lang];
  const [verification, setVerification] = useState<Verification | null>(null);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [signed, setSigned] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadVerification = useCallback(
    (signal?: AbortSignal) =>
      api<Verification>('GET', '/api/privacy/access-log/verification', undefined, signal).then(setVerification),
    [],
  );
  const loadPage = useCallback(async (beforeSeq: number | null, signal?: AbortSignal) => {
    const q = `limit=${PAGE}${beforeSeq ? `&beforeSeq=${beforeSeq}` : ''}`;
    const r = await api<{ items: Entry[]; nextBeforeSeq: number | null }>(
      'GET',
      `/api/privacy/access-log?${q}`,
      undefined,
      signal,
    );
    setEntries((old) => (beforeSeq && old ? [...old, ...r.items] : r.items));
    setNext(r.nextBeforeSeq);
  }, []);

  useEffect(() => {
    const ctrl = new AbortController();
    Promise.all([loadVerification(ctrl.signal), loadPage(null, ctrl.signal)]).catch(
      (error: unknown) => !isAbort(error) && setFailed(error),
    );
    return () => ctrl.abort();
  }, [loadVerification, loadPage]);

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

  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  const first = verification?.problems[0];
  return (
    <section className="card" aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t.title}</h2>
      <p>{t.intro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <h3>{t.statusTitle}</h3>
      {verification === null ? (
        <p className="muted">{t.loading}</p>
      ) : verification.ok ? (
        <Alert kind="success">
          <span className="badge">{t.verified}</span> {t.verifiedText(verification.entries, verification.checkpoints)}
        </Alert>
      ) : (
        <Alert>
          <span className="badge">{t.broken}</span> {t.brokenText(verification.problems.length)}{' '}
          {first ? t.firstProblem(first.seq, first.message) : null}
        </Alert>
      )}
      {verification ? (
        <p>
          {verification.latestCheckpointAt ? (
            <>
              {t.latestCheckpoint}{' '}
              <time dateTime={verification.latestCheckpointAt}>
                {when.format(new Date(verification.latestCheckpointAt))}
              </time>
            </>
          ) : (
            t.noCheckpoint
          )}
        </p>
      ) : null}
      {signed ? <Alert kind="success">{signed}</Alert> : null}
      <p className="downloads">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              setSigned(null);
              await Promise.all([loadVerification(), loadPage(null)]);
            })
          }
        >
          {t.verifyAgain}
        </button>
        {maySign ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              run(async () => {
                setSigned(null);
                const cp = await api<{ seq: number }>('POST', '/api/privacy/access-log/checkpoints');
                setSigned(t.signed(cp.seq));
                await loadVerification();
              })
            }
          >
            {t.signNow}
          </button>
        ) : null}
      </p>
      <h3>{t.entriesTitle}</h3>
      {entries === null ? (
        <p className="muted">{t.loading}</p>
      ) : entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="ropa-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.seq}</th>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.why}</th>
                <th scope="col">{t.whom}</th>
                <th scope="col">{t.what}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <th scope="row">{e.seq}</th>
                  <td>
                    <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                  </td>
                  <td>
                    {e.roleLabel[lang]}
                    {e.actorId ? (
                      <span className="muted">
                        {' '}
                        <code>{t.staffId(e.actorId)}</code>
                      </span>
                    ) : null}
                  </td>
                  <td>{e.purposeLabel[lang]}</td>
                  <td>
                    {t.subjectTypes[e.subjectType] ?? e.subjectType} <code>{e.subjectId}</code>
                  </td>
                  <td>
                    {t.actions[e.action] ?? e.action}: {e.categoryLabels.map((c) => c[lang]).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next !== null ? (
        <p className="more">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => run(() => loadPage(next))}
          >
            {t.older}
          </button>
        </p>
      ) : null}
    </section>
  );
}
