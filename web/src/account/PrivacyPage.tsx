import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { getMe } from './accountApi.ts';
import { AccessLogSection } from './AccessLogSection.tsx';
import {
  downloadExtract,
  EXTRACT_SCHEMA_URL,
  getObjections,
  getRequests,
  isStaleSignIn,
  makeRequest,
  object,
  type Objection,
  type ObjectionChannel,
  type PrivacyRequest,
  type RequestKind,
} from './privacyApi.ts';
import { usePrivacyTexts } from './privacyTexts.ts';
import { SignInPage } from './SignInPage.tsx';
import { formatDate, useAccountTexts } from './texts.ts';

export const PRIVACY_PATH = '/konto/integritet';
const signInAgainHref = `/konto/logga-in?tillbaka=${encodeURIComponent(PRIVACY_PATH)}`;
const is401 = (err: unknown) => err instanceof ApiError && err.status === 401;

/** "Min integritet": the register extract, objections, requests about one's data and the access log. */
export function PrivacyPage() {
  const { a } = useAccountTexts();
  const { p } = usePrivacyTexts();
  const [state, setState] = useState<'loading' | 'ready' | 'signedOut' | 'expired'>('loading');
  const [problem, setProblem] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    getMe(ctrl.signal).then(
      () => setState('ready'),
      (err: unknown) => {
        if (isAbort(err)) return;
        if (is401(err)) setState('signedOut');
        else setProblem(err);
      },
    );
    return () => ctrl.abort();
  }, [attempt]);

  const onSessionEnded = useCallback(() => setState('expired'), []);

  if (state === 'signedOut' || state === 'expired')
    return (
      <SignInPage
        notice={state === 'expired' ? a.sessionEnded : undefined}
        onSignedIn={() => {
          setState('loading');
          setAttempt((n) => n + 1);
        }}
      />
    );

  return (
    <>
      <div className="page-intro">
        <PageTitle>{p.title}</PageTitle>
        <p className="lead">{p.intro}</p>
        <p>
          <Link to="/konto">{p.back}</Link>
        </p>
      </div>
      {problem ? (
        <Alert>
          <ErrorText error={problem} />
        </Alert>
      ) : null}
      {state === 'ready' ? (
        <div className="account-grid privacy-center">
          <ExtractSection onSessionEnded={onSessionEnded} />
          <ObjectionsSection onSessionEnded={onSessionEnded} />
          <RequestsSection onSessionEnded={onSessionEnded} />
          <AccessLogSection title={p.accessLogTitle} />
        </div>
      ) : state === 'loading' && !problem ? (
        <p className="muted">…</p>
      ) : null}
    </>
  );
}

type SectionProps = { onSessionEnded: () => void };

function ExtractSection({ onSessionEnded }: SectionProps) {
  const { p, lang } = usePrivacyTexts();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'done' | 'stale' | { error: unknown } | null>(null);

  async function download(format: 'json' | 'pdf', extractLang: 'sv' | 'en') {
    setBusy(true);
    setOutcome(null);
    try {
      await downloadExtract(format, extractLang);
      setOutcome('done');
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else if (isStaleSignIn(error)) setOutcome('stale');
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card privacy-extract" aria-labelledby="privacy-extract">
      <h2 id="privacy-extract">{p.extractTitle}</h2>
      <p className="muted">{p.extractIntro}</p>
      {outcome === 'stale' ? (
        <Alert kind="info">
          <p>{p.extractStale}</p>
          <p>
            <Link className="button" to={signInAgainHref}>
              {p.signInAgain}
            </Link>
          </p>
        </Alert>
      ) : outcome === 'done' ? (
        <Alert kind="success">{p.extractDone}</Alert>
      ) : outcome ? (
        <Alert>
          <ErrorText error={outcome.error} />
        </Alert>
      ) : null}
      {busy ? <p aria-live="polite">{p.extractBusy}</p> : null}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void download('pdf', lang)}>
          {p.extractPdf}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void download('json', lang)}
        >
          {p.extractJson}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          lang={lang === 'sv' ? undefined : 'en'}
          onClick={() => void download('pdf', 'en')}
        >
          {p.extractPdfEn}
        </button>
      </div>
      <p>
        <a href={EXTRACT_SCHEMA_URL} type="application/schema+json">
          {p.extractSchema}
        </a>
      </p>
    </section>
  );
}

const channels: ObjectionChannel[] = ['all', 'email', 'sms', 'post', 'social'];

function ObjectionsSection({ onSessionEnded }: SectionProps) {
  const { p, lang } = usePrivacyTexts();
  const [items, setItems] = useState<Objection[] | null>(null);
  const [channel, setChannel] = useState<ObjectionChannel>('all');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'recorded' | { error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    getObjections(ctrl.signal).then(
      (r) => setItems(r.items),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (is401(error)) onSessionEnded();
        else setOutcome({ error });
      },
    );
    return () => ctrl.abort();
  }, [attempt, onSessionEnded]);

  async function record(kind: 'direct_marketing' | 'profiling', ch: ObjectionChannel) {
    setBusy(true);
    setOutcome(null);
    try {
      await object(kind, ch);
      setOutcome('recorded');
      setAttempt((n) => n + 1);
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  function onMarketing(ev: FormEvent) {
    ev.preventDefault();
    void record('direct_marketing', channel);
  }

  return (
    <section className="card privacy-objections" aria-labelledby="privacy-objections">
      <h2 id="privacy-objections">{p.objectionsTitle}</h2>
      <p className="muted">{p.objectionsIntro}</p>
      {outcome === 'recorded' ? (
        <Alert kind="success">{p.objectionRecorded}</Alert>
      ) : outcome ? (
        <Alert>
          <ErrorText error={outcome.error} />
        </Alert>
      ) : null}
      <form className="account-form" onSubmit={onMarketing}>
        <fieldset>
          <legend>{p.channelLegend}</legend>
          {channels.map((c) => (
            <label key={c} className="radio">
              <input
                type="radio"
                name="objection-channel"
                value={c}
                checked={channel === c}
                onChange={() => setChannel(c)}
              />{' '}
              {p.channels[c]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {p.objectMarketing}
        </button>
      </form>
      <p>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void record('profiling', 'all')}
        >
          {p.objectProfiling}
        </button>
      </p>
      <h3 id="privacy-objections-list">{p.objectionsListTitle}</h3>
      {items === null ? (
        <p className="muted">…</p>
      ) : items.length === 0 ? (
        <p>{p.objectionsNone}</p>
      ) : (
        <ul aria-labelledby="privacy-objections-list">
          {items.map((o) => (
            <li key={`${o.kind}-${o.channel}`}>
              {p.objectionKinds[o.kind] ?? o.kind}
              {o.kind === 'direct_marketing' ? `: ${p.channels[o.channel] ?? o.channel}` : ''}{' '}
              <span className="muted">
                (<time dateTime={o.recordedAt}>{p.since(formatDate(o.recordedAt, lang))}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestsSection({ onSessionEnded }: SectionProps) {
  const { p, lang } = usePrivacyTexts();
  const [items, setItems] = useState<PrivacyRequest[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ sent: PrivacyRequest } | { error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    getRequests(ctrl.signal).then(
      (r) => setItems(r.items),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (is401(error)) onSessionEnded();
        else setOutcome({ error });
      },
    );
    return () => ctrl.abort();
  }, [attempt, onSessionEnded]);

  async function ask(kind: RequestKind) {
    setBusy(true);
    setOutcome(null);
    try {
      const sent = await makeRequest(kind, lang);
      setOutcome({ sent });
      setAttempt((n) => n + 1);
    } catch (error) {
      if (is401(error)) onSessionEnded();
      else setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  const kindOf = (k: string) => p.kinds[k] ?? k;
  const complained = outcome && 'sent' in outcome && outcome.sent.kind === 'complaint';
  return (
    <section className="card privacy-requests" aria-labelledby="privacy-requests">
      <h2 id="privacy-requests">{p.requestsTitle}</h2>
      <p className="muted">{p.requestsIntro}</p>
      {outcome && 'sent' in outcome ? (
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
