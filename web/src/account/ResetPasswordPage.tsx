import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Link } from '../router.tsx';
import { completeReset } from './accountApi.ts';
import { takeToken } from './fragment.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { newPasswordProblem } from './validation.ts';

/** Sets a new password with the token of a reset link (`/konto/nytt-losenord#token=…`). */
export function ResetPasswordPage() {
  const { a } = useAccountTexts();
  const [token] = useState(takeToken);
  const form = useForm({ newPassword: '', confirm: '' }, a);
  const [state, setState] = useState<'form' | 'saved' | 'invalid'>(token ? 'form' : 'invalid');

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const ok = await form.submit(
      (v) => ({
        newPassword: newPasswordProblem(v.newPassword, a),
        confirm: v.confirm === v.newPassword ? undefined : a.passwordMismatch,
      }),
      async (v) => completeReset(token!, v.newPassword),
      (err: ApiError) => {
        if (err.status !== 400 || !err.body?.fields?.some((f) => f.field === 'body.token')) return false;
        setState('invalid');
        return true;
      },
    );
    if (ok) setState('saved');
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.newPasswordTitle}</PageTitle>
      </div>
      <section className="card narrow" aria-label={a.newPasswordTitle}>
        {state === 'saved' ? (
          <Alert kind="success">
            {a.passwordSaved} <Link to="/konto/logga-in">{a.signInButton}</Link>
          </Alert>
        ) : null}
        {state === 'invalid' ? (
          <Alert>
            {token ? a.linkInvalid : a.noToken} <Link to="/konto/aterstall">{a.resetTitle}</Link>
          </Alert>
        ) : null}
        {state === 'form' ? (
          <>
            <p>{a.newPasswordIntro}</p>
            <FormProblem problem={form.problem} a={a} />
            <form noValidate onSubmit={onSubmit}>
              <NewPasswordFields
                idPrefix="reset"
                a={a}
                label={a.newPassword}
                password={form.bind('newPassword')}
                confirm={form.bind('confirm')}
              />
              <button type="submit" className="button" disabled={form.busy}>
                {a.savePassword}
              </button>
            </form>
          </>
        ) : null}
      </section>
    </>
  );
}
