import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { changePassword } from './staff.ts';

type Errors = { newPassword?: string; confirm?: string; failed?: unknown };

/** A one-time password must be replaced first; the server then ends the session, so sign in again. */
export function ChangePasswordForm({
  displayName,
  onChanged,
  onSessionEnded,
}: {
  displayName: string;
  onChanged(): void;
  onSessionEnded(): void;
}) {
  const { t } = useI18n();
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const e: Errors = {};
    if (newPassword.length < 8) e.newPassword = t.passwordTooShort;
    else if (newPassword.length > 128) e.newPassword = t.passwordTooLong;
    else if (confirm !== newPassword) e.confirm = t.passwordMismatch;
    setErrors(e);
    if (e.newPassword) return newRef.current?.focus();
    if (e.confirm) return confirmRef.current?.focus();
    setBusy(true);
    try {
      await changePassword(newPassword);
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return onSessionEnded();
      if (error instanceof ApiError && error.status === 400) {
        setErrors({ newPassword: newPassword.length > 128 ? t.passwordTooLong : t.passwordTooShort });
        newRef.current?.focus();
      } else setErrors({ failed: error });
    } finally {
      setBusy(false);
    }
  }

  const hasFieldErrors = Boolean(errors.newPassword || errors.confirm);
  return (
    <section className="card narrow" aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t.changePasswordTitle}</h2>
      <p>
        {t.signedInAs} <strong>{displayName}</strong>. {t.changePasswordIntro}
      </p>
      {hasFieldErrors ? <Alert>{t.formHasErrors}</Alert> : null}
      {errors.failed !== undefined ? (
        <Alert>
          <ErrorText error={errors.failed} />
        </Alert>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <Field
          ref={newRef}
          id="new-password"
          label={t.newPassword}
          hint={t.newPasswordHint}
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          value={newPassword}
          error={errors.newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
        />
        <Field
          ref={confirmRef}
          id="confirm-password"
          label={t.confirmPassword}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          error={errors.confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t.savePassword}
        </button>
      </form>
    </section>
  );
}
