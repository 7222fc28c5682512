import { useEffect, useState } from 'react';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { confirmEmailChange } from './accountApi.ts';
import { takeToken } from './fragment.ts';
import { useAccountTexts } from './texts.ts';

type State = 'confirming' | 'confirmed' | 'invalid' | { error: unknown };

let sentFor: string | null = null;

/** Opens the link sent to a new address (`/konto/ny-e-post#token=…`): the new address takes effect. */
export function ConfirmEmailPage() {
  const { a } = useAccountTexts();
  const [token] = useState(takeToken);
  const [state, setState] = useState<State>(token ? 'confirming' : 'invalid');

  useEffect(() => {
    if (!token || sentFor === token) return;
    sentFor = token;
    confirmEmailChange(token).then(
      () => setState('confirmed'),
      (error: unknown) => setState(error instanceof ApiError && error.status === 400 ? 'invalid' : { error }),
    );
  }, [token]);

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.confirmEmailTitle}</PageTitle>
      </div>
      <section className="card narrow" aria-label={a.confirmEmailTitle}>
        {state === 'confirming' ? <p role="status">{a.verifying}</p> : null}
        {state === 'confirmed' ? (
          <Alert kind="success">
            {a.emailConfirmed} <Link to="/konto">{a.accountTitle}</Link>
          </Alert>
        ) : null}
        {state === 'invalid' ? <Alert>{token ? a.linkInvalid : a.noToken}</Alert> : null}
        {typeof state === 'object' ? (
          <Alert>
            <ErrorText error={state.error} />
          </Alert>
        ) : null}
      </section>
    </>
  );
}
