import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { navigate } from '../router.tsx';
import { acceptInvitation, lookupInvitation } from './accountApi.ts';
import { takeToken } from './fragment.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { newPasswordProblem, phoneProblem, requiredText } from './validation.ts';

type State =
  | { status: 'loading' }
  | { status: 'ready'; companyName: string; email: string }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown };

/** An invitation link (`/konto/inbjudan#token=…`): the invitee gives name and password and is signed in. */
export function AcceptInvitationPage() {
  const { a } = useAccountTexts();
  const [token] = useState(takeToken);
  const [state, setState] = useState<State>(token ? { status: 'loading' } : { status: 'invalid' });
  const form = useForm({ fullName: '', phone: '', password: '', confirm: '' }, a);

  useEffect(() => {
    if (!token) return;
    const ctrl = new AbortController();
    lookupInvitation(token).then(
      (inv) => !ctrl.signal.aborted && setState({ status: 'ready', ...inv }),
      (error: unknown) => {
        if (isAbort(error) || ctrl.signal.aborted) return;
        setState(
          error instanceof ApiError && error.status === 400 ? { status: 'invalid' } : { status: 'failed', error },
        );
      },
    );
    return () => ctrl.abort();
  }, [token]);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const ok = await form.submit(
      (v) => ({
        fullName: requiredText(v.fullName, a),
        phone: phoneProblem(v.phone, a),
        password: newPasswordProblem(v.password, a),
        confirm: v.confirm === v.password ? undefined : a.passwordMismatch,
      }),
      async (v) => {
        await acceptInvitation({
          token: token!,
          fullName: v.fullName,
          password: v.password,
          ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
        });
      },
      (err: ApiError) => {
        if (err.status !== 400 || !err.body?.fields?.some((f) => f.field === 'body.token')) return false;
        setState({ status: 'invalid' });
        return true;
      },
    );
    if (ok) navigate('/konto');
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{a.invitationTitle}</PageTitle>
      </div>
      <section className="card narrow" aria-label={a.invitationTitle}>
        {state.status === 'loading' ? <p className="muted">…</p> : null}
        {state.status === 'invalid' ? <Alert>{token ? a.linkInvalid : a.noToken}</Alert> : null}
        {state.status === 'failed' ? (
          <Alert>
            <ErrorText error={state.error} />
          </Alert>
        ) : null}
        {state.status === 'ready' ? (
          <>
            <p>{a.invitationFor(state.companyName, state.email)}</p>
            <FormProblem problem={form.problem} a={a} />
            <form noValidate onSubmit={onSubmit}>
              <Field
                type="text"
                id="inv-name"
                label={a.fullNameColleague}
                autoComplete="name"
                required
                {...form.bind('fullName')}
              />
              <Field
                id="inv-phone"
                label={a.phone}
                hint={a.phoneHint}
                type="tel"
                autoComplete="tel"
                {...form.bind('phone')}
              />
              <NewPasswordFields idPrefix="inv" a={a} password={form.bind('password')} confirm={form.bind('confirm')} />
              <button type="submit" className="button" disabled={form.busy}>
                {a.acceptButton}
              </button>
            </form>
          </>
        ) : null}
      </section>
    </>
  );
}
