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

/** Customer sign-in. A wrong password, an unknown and an unconfirmed address get the same message. */
export function SignInPage({ notice }: { notice?: string | undefined }) {
  const { a } = useAccountTexts();
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
    if (ok) navigate('/konto');
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.signInTitle}</PageTitle>
        <p className="lead">{a.signInIntro}</p>
      </div>
      <section className="card narrow" aria-label={a.signInTitle}>
        {notice && !form.problem ? <Alert kind="info">{notice}</Alert> : null}
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
