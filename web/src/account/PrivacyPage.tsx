import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { getMe } from './accountApi.ts';
import { AccessLogSection } from './AccessLogSection.tsx';
import { usePrivacyTexts } from './privacyTexts.ts';
import { SignInPage } from './SignInPage.tsx';
import { useAccountTexts } from './texts.ts';
import { ExtractSection } from './PrivacyExtract.tsx';
import { ObjectionsSection } from './PrivacyObjections.tsx';
import { ConsentsSection } from './PrivacyConsents.tsx';
import { RequestsSection } from './PrivacyRequests.tsx';
import { is401, PRIVACY_PATH } from './privacyShared.ts';

export { PRIVACY_PATH };

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
          <ConsentsSection onSessionEnded={onSessionEnded} />
          <RequestsSection onSessionEnded={onSessionEnded} />
          <AccessLogSection title={p.accessLogTitle} />
        </div>
      ) : state === 'loading' && !problem ? (
        <p className="muted">…</p>
      ) : null}
    </>
  );
}
