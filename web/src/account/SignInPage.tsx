import { type FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link, navigate } from '../router.tsx';
import { signIn } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { emailProblem } from './validation.ts';

/**
 * Where to go after signing in: `returnTo`, or `?tillbaka=` (set by "sign in again" links), when it
 * is a page of the account; anything else (another site, an odd path) goes to /konto.
 */
export function returnPath(returnTo: string | undefined, search: string): string {
  const wanted = returnTo ?? new URLSearchParams(search).get('tillbaka') ?? '';
  return /^\/konto\/[a-z0-9/-]+$/.test(wanted) && !wanted.includes('//') ? wanted : '/konto';
}

/** Customer sign-in. A wrong password, an unknown and an unconfirmed address get the same message. */
export function SignInPage({
  notice,
  returnTo,
  onSignedIn,
}: {
  notice?: string | undefined;
  returnTo?: string | undefined;
  /** For a page that shows the sign-in in its own place: called instead of navigating. */
  onSignedIn?: (() => void) | undefined;
}) {
  const { a } = useAccountTexts();
  const comingBack = returnTo === undefined && new URLSearchParams(window.location.search).has('tillbaka');
  const shownNotice = notice ?? (comingBack ? a.signInAgainNotice : undefined);
  const form = useForm({ email: '', password: '' }, a);
  const wrong = form.problem?.kind === 'message' && form.problem.text === a.wrongCredentials;

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const ok = await form.submit(
      (v) => ({ email: emailProblem(v.email, a), password: v.password ? undefined : a.required }),
      async (v) => {
        await signIn(v.email.trim(), v.password);
      },
      (err: ApiError) => {
        if (err.status !== 401) return false;
        form.setValues((v) => ({ ...v, password: '' }));
        form.setProblem({ kind: 'message', text: a.wrongCredentials });
        return true;
      },
    );
    if (!ok) return;
    if (onSignedIn) onSignedIn();
    else navigate(returnPath(returnTo, window.location.search));
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.signInTitle}</PageTitle>
        <p className="lead">{a.signInIntro}</p>
      </div>
      <section className="card narrow" aria-label={a.signInTitle}>
        {shownNotice && !form.problem ? <Alert kind="info">{shownNotice}</Alert> : null}
        <FormProblem problem={form.problem} a={a} id="customer-signin-error" />
        <form noValidate onSubmit={onSubmit}>
          <Field
            id="customer-email"
            label={a.email}
            type="email"
            inputMode="email"
            autoComplete="username"
            spellCheck={false}
            required
            alsoDescribedBy={wrong ? 'customer-signin-error' : undefined}
            {...form.bind('email')}
          />
          <Field
            id="customer-password"
            label={a.password}
            type="password"
            autoComplete="current-password"
            required
            alsoDescribedBy={wrong ? 'customer-signin-error' : undefined}
            {...form.bind('password')}
          />
          <button type="submit" className="button" disabled={form.busy}>
            {a.signInButton}
          </button>
        </form>
        <ul className="plain account-links">
          <li>
            <Link to="/konto/aterstall">{a.forgotPassword}</Link>
          </li>
          <li>
            <Link to="/konto/verifiera">{a.resendVerification}</Link>
          </li>
          <li>
            {a.noAccount} <Link to="/konto/registrera">{a.createAccount}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
