import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import type { AdminView } from './BackOfficeNav.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { Dashboard } from './Dashboard.tsx';
import { SignInForm } from './SignInForm.tsx';
import { TwoFactorEnrol } from './TwoFactorEnrol.tsx';
import { getMe, type StaffMe } from './staff.ts';

type Notice = 'signedOut' | 'passwordChanged' | 'sessionEnded';

type State =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'signedOut'; notice?: Notice }
  | { status: 'signedIn'; me: StaffMe };

/**
 * The back office: who is signed in decides what is shown (the server decides what is allowed).
 * `view` is the page: /admin (a section per role), /admin/gallring (retention) or
 * /admin/registerforfragningar[/<id>] (data subject requests).
 */
export function AdminPage({ view = 'overview', requestId }: { view?: AdminView; requestId?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    getMe(ctrl.signal).then(
      (me) => setState({ status: 'signedIn', me }),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut' });
        else setState({ status: 'failed', error });
      },
    );
    return () => ctrl.abort();
  }, [attempt]);

  const notices: Record<Notice, string> = {
    signedOut: t.signedOut,
    passwordChanged: t.passwordChanged,
    sessionEnded: t.sessionEnded,
  };

  return (
    <>
      <div className="page-intro">
        {/* A new page title per page: focus moves to it when staff move between the pages. */}
        <PageTitle key={view}>
          {view === 'retention' ? t.adminNavRetention : view === 'requests' ? t.adminNavRequests : t.adminTitle}
        </PageTitle>
      </div>
      {state.status === 'loading' ? <p className="muted">{t.loading}</p> : null}
      {state.status === 'failed' ? (
        <Alert>
          <p>
            <ErrorText error={state.error} />
          </p>
          <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t.retry}
          </button>
        </Alert>
      ) : null}
      {state.status === 'signedOut' ? (
        <SignInForm
          notice={state.notice ? notices[state.notice] : undefined}
          onSignedIn={(me) => setState({ status: 'signedIn', me })}
        />
      ) : null}
      {state.status === 'signedIn' && state.me.mustChangePassword ? (
        <ChangePasswordForm
          displayName={state.me.displayName}
          onChanged={() => setState({ status: 'signedOut', notice: 'passwordChanged' })}
          onSessionEnded={() => setState({ status: 'signedOut', notice: 'sessionEnded' })}
        />
      ) : null}
      {state.status === 'signedIn' && !state.me.mustChangePassword && state.me.mustEnrolSecondFactor ? (
        <TwoFactorEnrol
          displayName={state.me.displayName}
          onDone={() => setState({ status: 'signedIn', me: { ...state.me, mustEnrolSecondFactor: false } })}
          onSessionEnded={() => setState({ status: 'signedOut', notice: 'sessionEnded' })}
        />
      ) : null}
      {state.status === 'signedIn' && !state.me.mustChangePassword && !state.me.mustEnrolSecondFactor ? (
        <Dashboard
          me={state.me}
          view={view}
          requestId={requestId}
          onSignedOut={() => setState({ status: 'signedOut', notice: 'signedOut' })}
        />
      ) : null}
    </>
  );
}
