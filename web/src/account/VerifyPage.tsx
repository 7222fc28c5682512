import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { resendVerification, verify } from './accountApi.ts';
import { takeToken } from './fragment.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { emailProblem } from './validation.ts';

type State =
  | { status: 'verifying' }
  | { status: 'verified' }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown }
  | { status: 'none' };

let sentFor: string | null = null;

/** Opens a verification link (`/konto/verifiera#token=…`); without one, or when it fails, offers a new link. */
export function VerifyPage() {
  const { a } = useAccountTexts();
  const [token] = useState(takeToken);
  const [state, setState] = useState<State>(token ? { status: 'verifying' } : { status: 'none' });

  useEffect(() => {
    // Once per token, also when React renders twice in development: the link works only once.
    if (!token || sentFor === token) return;
    sentFor = token;
    verify(token).then(
      () => setState({ status: 'verified' }),
      (error: unknown) =>
        setState(
          error instanceof ApiError && error.status === 400 ? { status: 'invalid' } : { status: 'failed', error },
        ),
    );
  }, [token]);

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.verifyTitle}</PageTitle>
      </div>
      <section className="card narrow" aria-label={a.verifyTitle}>
        {state.status === 'verifying' ? <p role="status">{a.verifying}</p> : null}
        {state.status === 'verified' ? (
          <Alert kind="success">
            {a.verified} <Link to="/konto/logga-in">{a.signInButton}</Link>
          </Alert>
        ) : null}
        {state.status === 'invalid' ? <Alert>{a.linkInvalid}</Alert> : null}
        {state.status === 'failed' ? (
          <Alert>
            <ErrorText error={state.error} />
          </Alert>
        ) : null}
        {state.status === 'none' || state.status === 'invalid' ? <ResendForm /> : null}
      </section>
    </>
  );
}

function ResendForm() {
  const { a } = useAccountTexts();
  const form = useForm({ email: '' }, a);
  const [sent, setSent] = useState(false);
  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const ok = await form.submit(
      (v) => ({ email: emailProblem(v.email, a) }),
      async (v) => {
        await resendVerification(v.email.trim());
      },
    );
    if (ok) setSent(true);
  }
  if (sent) return <Alert kind="success">{a.resendSent}</Alert>;
  return (
    <>
      <h2>{a.resendTitle}</h2>
      <FormProblem problem={form.problem} a={a} />
      <form noValidate onSubmit={onSubmit}>
        <Field
          id="resend-email"
          label={a.email}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          required
          {...form.bind('email')}
        />
        <button type="submit" className="button" disabled={form.busy}>
          {a.resendButton}
        </button>
      </form>
    </>
  );
}
