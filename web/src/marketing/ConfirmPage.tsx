import { useState } from 'react';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { takeToken } from '../account/fragment.ts';
import { formatDate } from '../account/texts.ts';
import { confirmSignup, withdrawByToken, type ConfirmedConsent } from './marketingApi.ts';
import { useMarketingTexts } from './texts.ts';

type State =
  | { status: 'ready' }
  | { status: 'busy' }
  | { status: 'confirmed'; again: boolean; consents: ConfirmedConsent[]; withdrawToken: string }
  | { status: 'withdrawn' }
  | { status: 'bad'; expired: boolean }
  | { status: 'failed'; error: unknown };

/** 'expired' or 'invalid' for the marketing module's token errors (400), else null. */
export function tokenProblem(error: unknown): 'expired' | 'invalid' | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  return error.body?.fields?.some((f) => f.message === 'expired') ? 'expired' : 'invalid';
}

/**
 * The page of the confirmation link (`/nyhetsbrev/bekrafta#token=…`): the token stays in the
 * fragment (never sent to a server in a URL) and is posted only when the person clicks confirm.
 */
export function ConfirmPage() {
  const { m, lang } = useMarketingTexts();
  const [token] = useState(takeToken);
  const [state, setState] = useState<State>({ status: 'ready' });

  async function onConfirm() {
    if (!token) return;
    setState({ status: 'busy' });
    try {
      const r = await confirmSignup(token);
      setState({
        status: 'confirmed',
        again: r.status === 'already_confirmed',
        consents: r.consents,
        withdrawToken: r.withdrawToken,
      });
    } catch (error) {
      const problem = tokenProblem(error);
      setState(problem ? { status: 'bad', expired: problem === 'expired' } : { status: 'failed', error });
    }
  }

  async function onWithdraw(withdrawToken: string) {
    try {
      await withdrawByToken(withdrawToken);
      setState({ status: 'withdrawn' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{m.confirmTitle}</PageTitle>
      </div>
      <section className="card narrow" aria-label={m.confirmTitle}>
        {!token ? <Alert>{m.noToken}</Alert> : null}
        {token && (state.status === 'ready' || state.status === 'busy') ? (
          <>
            <p>{m.confirmIntro}</p>
            <button
              type="button"
              className="button"
              disabled={state.status === 'busy'}
              onClick={() => void onConfirm()}
            >
              {state.status === 'busy' ? m.confirming : m.confirmButton}
            </button>
          </>
        ) : null}
        {state.status === 'confirmed' ? (
          <>
            <Alert kind="success">{state.again ? m.alreadyConfirmed : m.confirmed}</Alert>
            <h2 id="confirmed-list">{m.confirmedListTitle}</h2>
            <ul aria-labelledby="confirmed-list" className="confirmed-consents">
              {state.consents.map((c) => (
                <li key={`${c.channel}-${c.textVersion}`}>
                  {m.channelNames[c.channel]} —{' '}
                  <span className="muted">
                    {m.textVersion(c.textVersion)}, {m.confirmedAt}{' '}
                    <time dateTime={c.confirmedAt}>{formatDate(c.confirmedAt, lang)}</time>
                  </span>
                </li>
              ))}
            </ul>
            <p>{m.withdrawHere}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void onWithdraw(state.withdrawToken)}
            >
              {m.withdrawButton}
            </button>
          </>
        ) : null}
        {state.status === 'withdrawn' ? <Alert kind="success">{m.withdrawn}</Alert> : null}
        {state.status === 'bad' ? (
          <Alert>
            {state.expired ? m.linkExpired : m.linkInvalid} <Link to="/nyhetsbrev">{m.signupAgain}</Link>
          </Alert>
        ) : null}
        {state.status === 'failed' ? (
          <Alert>
            <ErrorText error={state.error} />
          </Alert>
        ) : null}
      </section>
    </>
  );
}
