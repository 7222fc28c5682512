import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import type { StaffMe } from './staff.ts';
import { secondFactor, twoFactorTexts } from './TwoFactorTexts.ts';

/** The second sign-in step: a code from the authenticator app, or a one-time recovery code. */
export function TwoFactorForm({
  onSignedIn,
  onCancel,
}: {
  onSignedIn(me: StaffMe): void;
  onCancel(expired: boolean): void;
}) {
  const { lang } = useI18n();
  const x = twoFactorTexts[lang];
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLInputElement>(null);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    const v = value.trim();
    const local = useRecovery ? (v ? undefined : x.recoveryRequired) : /^\d{6}$/.test(v) ? undefined : x.codeInvalid;
    setError(local);
    setFailed(undefined);
    if (local) return ref.current?.focus();
    setBusy(true);
    try {
      onSignedIn(await secondFactor(useRecovery ? { recoveryCode: v } : { code: v }));
    } catch (err) {
      setValue('');
      if (err instanceof ApiError && err.status === 401 && /igen|again/.test(err.body?.message ?? ''))
        return onCancel(true);
      if (err instanceof ApiError && (err.status === 401 || err.status === 400)) setError(x.wrongCode);
      else setFailed(err);
      ref.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{x.title}</h2>
      <p>{x.intro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        {useRecovery ? (
          <Field
            key="recovery"
            ref={ref}
            id="two-factor-recovery"
            label={x.recoveryCode}
            hint={x.recoveryHint}
            autoComplete="off"
            spellCheck={false}
            required
            value={value}
            error={error}
            onChange={(e) => setValue(e.target.value)}
          />
        ) : (
          <Field
            key="code"
            ref={ref}
            id="two-factor-code"
            label={x.code}
            hint={x.codeHint}
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            required
            autoFocus
            value={value}
            error={error}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
        <button type="submit" className="button" disabled={busy}>
          {x.verify}
        </button>{' '}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue('');
            setError(undefined);
          }}
        >
          {useRecovery ? x.useApp : x.useRecovery}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={() => onCancel(false)}>
          {x.cancel}
        </button>
      </form>
    </section>
  );
}
