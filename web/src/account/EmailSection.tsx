import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { requestEmailChange, type Me } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';
import { emailProblem } from './validation.ts';

/** A new address takes effect only when confirmed from it; the old one is told. */
export function EmailSection({ me, onSessionEnded }: { me: Me; onSessionEnded(): void }) {
  const { a } = useAccountTexts();
  const form = useForm({ newEmail: '', password: '' }, a);
  const [sent, setSent] = useState(false);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    setSent(false);
    const ok = await form.submit(
      (v) => ({
        newEmail:
          emailProblem(v.newEmail, a) ??
          (v.newEmail.trim().toLowerCase() === me.contact.email ? a.sameEmail : undefined),
        password: v.password ? undefined : a.required,
      }),
      async (v) => {
        await requestEmailChange(v.newEmail.trim(), v.password);
      },
      (err: ApiError) => {
        if (err.status !== 401) return false;
        onSessionEnded();
        return true;
      },
    );
    if (ok) {
      setSent(true);
      form.setValues({ newEmail: '', password: '' });
    }
  }

  return (
    <section className="card" aria-labelledby="account-email">
      <h2 id="account-email">{a.emailTitle}</h2>
      <p>{a.emailIntro(me.contact.email)}</p>
      {sent ? <Alert kind="success">{a.emailChangeSent}</Alert> : null}
      <FormProblem problem={form.problem} a={a} />
      <form noValidate onSubmit={onSubmit}>
        <Field
          id="email-new"
          label={a.newEmail}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          required
          {...form.bind('newEmail')}
        />
        <Field
          id="email-password"
          label={a.currentPassword}
          type="password"
          autoComplete="current-password"
          required
          {...form.bind('password')}
        />
        <button type="submit" className="button" disabled={form.busy}>
          {a.changeEmailButton}
        </button>
      </form>
    </section>
  );
}
