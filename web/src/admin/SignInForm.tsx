import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { fieldErrors, signIn, type StaffMe } from './staff.ts';
import { TwoFactorForm } from './TwoFactorForm.tsx';
import { twoFactorTexts } from './TwoFactorTexts.ts';

type Errors = { email?: string; password?: string; form?: 'credentials' | 'fields' | { error: unknown } };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInForm({ onSignedIn, notice }: { onSignedIn(me: StaffMe): void; notice?: string | undefined }) {
  const { t, lang } = useI18n();
  const [secondStep, setSecondStep] = useState(false);
  const [expired, setExpired] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function validate(): Errors {
    const e: Errors = {};
    if (!email.trim()) e.email = t.emailRequired;
    else if (!EMAIL.test(email.trim())) e.email = t.emailInvalid;
    if (!password) e.password = t.passwordRequired;
    if (e.email || e.password) e.form = 'fields';
    return e;
  }

  function focusFirst(e: Errors) {
    if (e.email) emailRef.current?.focus();
    else if (e.password) passwordRef.current?.focus();
  }

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const local = validate();
    setErrors(local);
    if (local.form) return focusFirst(local);
    setBusy(true);
    try {
      const result = await signIn(email.trim(), password);
      setPassword('');
      setExpired(false);
      if ('secondFactorRequired' in result) setSecondStep(true);
      else onSignedIn(result);
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.status === 401) {
        setErrors({ form: 'credentials' });
        passwordRef.current?.focus();
      } else if (error instanceof ApiError && error.status === 400) {
        const f = fieldErrors(error.body?.fields);
        const next: Errors = {
          form: 'fields',
          email: f.email ? t.emailInvalid : undefined,
          password: f.password ? t.passwordRequired : undefined,
        };
        setErrors(next);
        focusFirst(next);
      } else {
        setErrors({ form: { error } });
      }
    } finally {
      setBusy(false);
    }
  }

  const credentialsError = errors.form === 'credentials';
  if (secondStep)
    return (
      <TwoFactorForm
        onSignedIn={onSignedIn}
        onCancel={(isExpired) => {
          setSecondStep(false);
          setExpired(isExpired);
        }}
      />
    );
  return (
    <section className="card narrow" aria-labelledby="signin-title">
      <h2 id="signin-title">{t.signInTitle}</h2>
      <p>{t.signInIntro}</p>
      {notice && !errors.form && !expired ? <Alert kind="success">{notice}</Alert> : null}
      {expired ? <Alert>{twoFactorTexts[lang].expired}</Alert> : null}
      {errors.form === 'fields' ? <Alert>{t.formHasErrors}</Alert> : null}
      {credentialsError ? <Alert id="signin-error">{t.wrongCredentials}</Alert> : null}
      {typeof errors.form === 'object' ? (
        <Alert>
          <ErrorText error={errors.form.error} />
        </Alert>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <Field
          ref={emailRef}
          id="signin-email"
          label={t.email}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          value={email}
          error={errors.email}
          alsoDescribedBy={credentialsError ? 'signin-error' : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          ref={passwordRef}
          id="signin-password"
          label={t.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={errors.password}
          alsoDescribedBy={credentialsError ? 'signin-error' : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </section>
  );
}
