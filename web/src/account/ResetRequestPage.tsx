import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { requestReset } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { emailProblem } from './validation.ts';

/** Asks for a reset link; the answer is the same whether the address has an account or not. */
export function ResetRequestPage() {
  const { a } = useAccountTexts();
  const form = useForm({ email: '' }, a);
  const [sent, setSent] = useState(false);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const ok = await form.submit(
      (v) => ({ email: emailProblem(v.email, a) }),
      async (v) => {
        await requestReset(v.email.trim());
      },
    );
    if (ok) setSent(true);
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.resetTitle}</PageTitle>
        <p className="lead">{a.resetIntro}</p>
      </div>
      <section className="card narrow" aria-label={a.resetTitle}>
        {sent ? (
          <Alert kind="success">{a.resetSent}</Alert>
        ) : (
          <>
            <FormProblem problem={form.problem} a={a} />
            <form noValidate onSubmit={onSubmit}>
              <Field
                id="reset-email"
                label={a.email}
                type="email"
                inputMode="email"
                autoComplete="email"
                spellCheck={false}
                required
                {...form.bind('email')}
              />
              <button type="submit" className="button" disabled={form.busy}>
                {a.resetButton}
              </button>
            </form>
          </>
        )}
        <p>
          <Link to="/konto/logga-in">{a.signInButton}</Link>
        </p>
      </section>
    </>
  );
}
