import { useState } from 'react';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { getRequests, isStaleSignIn, makeRequest, type PrivacyRequest, type RequestKind } from './privacyApi.ts';
import { Link } from '../router.tsx';
import { usePrivacyTexts } from './privacyTexts.ts';
import { formatDate } from './texts.ts';

import { is401, signInAgainHref, useSectionList, type SectionProps } from './privacyShared.ts';

export function RequestsSection({ onSessionEnded }: SectionProps) {
  const { p, lang } = usePrivacyTexts();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ sent: PrivacyRequest } | { error: unknown } | 'stale' | null>(null);
  const [attempt, setAttempt] = useState(0);

  const items = useSectionList(getRequests, attempt, onSessionEnded, (error) => setOutcome({ error }));

  async function ask(kind: RequestKind) {
    setBusy(true);
    setOutcome(null);
    try {
      const sent = await makeRequest(kind, lang);
      setOutcome({ sent });
      setAttempt((n) => n + 1);
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else if (isStaleSignIn(error)) setOutcome('stale');
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  const kindOf = (k: string) => p.kinds[k] ?? k;
  const complained = typeof outcome === 'object' && outcome && 'sent' in outcome && outcome.sent.kind === 'complaint';
  return (
    <section className="card privacy-requests" aria-labelledby="privacy-requests">
      <h2 id="privacy-requests">{p.requestsTitle}</h2>
      <p className="muted">{p.requestsIntro}</p>
      {outcome === 'stale' ? (
        <Alert kind="info">
          <p>{p.requestStale}</p>
          <p>
            <Link className="button" to={signInAgainHref}>
              {p.signInAgain}
            </Link>
          </p>
        </Alert>
      ) : outcome && 'sent' in outcome ? (
        <Alert kind="success">
          <p>
            {p.requestSent(
              kindOf(outcome.sent.kind).toLowerCase(),
              outcome.sent.due ? formatDate(outcome.sent.due, lang) : null,
            )}
          </p>
          {complained ? (
            <p>
              {p.imy}{' '}
              <a href="https://www.imy.se" rel="noreferrer">
                www.imy.se
              </a>
            </p>
          ) : null}
        </Alert>
      ) : outcome ? (
        <Alert>
          <ErrorText error={outcome.error} />
        </Alert>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void ask('erasure')}>
          {p.askErasure}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          aria-describedby="privacy-rectification-hint"
          onClick={() => void ask('rectification')}
        >
          {p.askRectification}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void ask('complaint')}>
          {p.askComplaint}
        </button>
      </div>
      <p id="privacy-rectification-hint" className="muted">
        {p.rectificationHint}
      </p>
      {items === null ? (
        <p className="muted">…</p>
      ) : items.length === 0 ? (
        <p>{p.requestsNone}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={p.requestsCaption}>
          <table className="privacy-request-list">
            <caption>{p.requestsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.kindCol}</th>
                <th scope="col">{p.receivedCol}</th>
                <th scope="col">{p.statusCol}</th>
                <th scope="col">{p.dueCol}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{kindOf(r.kind)}</th>
                  <td>
                    <time dateTime={r.receivedAt}>{formatDate(r.receivedAt, lang)}</time>
                  </td>
                  <td>
                    {p.statuses[r.status] ?? r.status}
                    {r.overdue ? ` (${p.overdue})` : ''}
                  </td>
                  <td>{r.due ? <time dateTime={r.due}>{formatDate(r.due, lang)}</time> : p.dueNone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
