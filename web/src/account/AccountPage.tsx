import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { navigate } from '../router.tsx';
import { getMe, signOut, type Me } from './accountApi.ts';
import { SignInPage } from './SignInPage.tsx';
import { Link } from '../router.tsx';
import { CompanySection } from './CompanySection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { EmailSection } from './EmailSection.tsx';
import { ColleaguesSection } from './ColleaguesSection.tsx';
import { NoticesSection } from './NoticesSection.tsx';
import { TerminationSection } from './TerminationSection.tsx';
import { useAccountTexts } from './texts.ts';

type State =
  | { status: 'loading' }
  | { status: 'signedOut'; notice?: string }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; me: Me }
  | { status: 'terminated' };

/** My account: the company, colleagues, one's own details, the way to the privacy center, and termination. */
export function AccountPage() {
  const { a } = useAccountTexts();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    getMe(ctrl.signal).then(
      (me) => setState({ status: 'ready', me }),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut' });
        else setState({ status: 'failed', error });
      },
    );
    return () => ctrl.abort();
  }, [attempt]);

  /** A section's request found the session gone: show the sign-in with a notice. */
  const onSessionEnded = useCallback(() => setState({ status: 'signedOut', notice: a.sessionEnded }), [a]);
  const setMe = useCallback((me: Me) => setState({ status: 'ready', me }), []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  if (state.status === 'signedOut') return <SignInPage notice={state.notice} />;
  if (state.status === 'terminated') {
    return (
      <>
        <div className="page-intro">
          <PageTitle>{a.terminateTitle}</PageTitle>
        </div>
        <Alert kind="success">{a.terminated}</Alert>
      </>
    );
  }

  async function doSignOut() {
    try {
      await signOut();
    } finally {
      setState({ status: 'signedOut', notice: a.signedOut });
      navigate('/konto', { replace: true });
    }
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.accountTitle}</PageTitle>
      </div>
      {state.status === 'loading' ? <p className="muted">…</p> : null}
      {state.status === 'failed' ? (
        <Alert>
          <p>
            <ErrorText error={state.error} />
          </p>
          <button type="button" className="button button-secondary" onClick={reload}>
            ↻
          </button>
        </Alert>
      ) : null}
      {state.status === 'ready' ? (
        <div className="account-grid">
          <section className="card session" aria-labelledby="account-session">
            <h2 id="account-session" className="session-name">
              <span className="muted">{a.signedInAs}</span> {state.me.contact.fullName}
            </h2>
            <nav aria-label={a.accountNav}>
              <ul className="session-links">
                <li>
                  <Link to="/konto/ordrar">{a.ordersLink}</Link>
                </li>
                <li>
                  <Link to="/konto/integritet">{a.privacyCenterLink}</Link>
                </li>
              </ul>
            </nav>
            <button type="button" className="button button-secondary" onClick={doSignOut}>
              {a.signOut}
            </button>
          </section>
          <CompanySection me={state.me} />
          <ProfileSection me={state.me} onSaved={setMe} onSessionEnded={onSessionEnded} />
          <EmailSection me={state.me} onSessionEnded={onSessionEnded} />
          <ColleaguesSection me={state.me} onChanged={reload} onSessionEnded={onSessionEnded} />
          <NoticesSection />
          <TerminationSection onTerminated={() => setState({ status: 'terminated' })} onSessionEnded={onSessionEnded} />
        </div>
      ) : null}
    </>
  );
}
