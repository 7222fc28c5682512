import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { confirmEnrolment, startEnrolment, twoFactorTexts } from './TwoFactorTexts.ts';

type Step =
  { kind: 'intro' } | { kind: 'secret'; secret: string; otpauthUri: string } | { kind: 'codes'; codes: string[] };

/** Enrolment of the second factor: the secret (shown once), a first code, then the recovery codes (shown once). */
export function TwoFactorEnrol({
  displayName,
  onDone,
  onSessionEnded,
}: {
  displayName: string;
  onDone(): void;
  onSessionEnded(): void;
}) {
  const { t, lang } = useI18n();
  const x = twoFactorTexts[lang];
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLInputElement>(null);

  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setFailed(undefined);
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSessionEnded();
      else if (err instanceof ApiError && err.status === 400) {
        setError(x.wrongCode);
        setCode('');
        ref.current?.focus();
      } else setFailed(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function onStart() {
    const s = await run(startEnrolment);
    if (s) setStep({ kind: 'secret', ...s });
  }

  async function onConfirm(ev: FormEvent) {
    ev.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setError(x.codeInvalid);
      return ref.current?.focus();
    }
    setError(undefined);
    const r = await run(() => confirmEnrolment(code.trim()));
    if (r) setStep({ kind: 'codes', codes: r.recoveryCodes });
  }

  return (
    <section className="card narrow" aria-labelledby="enrol-title">
      <h2 id="enrol-title">{step.kind === 'codes' ? x.recoveryTitle : x.enrolTitle}</h2>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {step.kind === 'intro' ? (
        <>
          <p>
            {t.signedInAs} <strong>{displayName}</strong>. {x.enrolIntro}
          </p>
          <button type="button" className="button" onClick={onStart} disabled={busy}>
            {x.enrolStart}
          </button>
        </>
      ) : null}
      {step.kind === 'secret' ? (
        <>
          <p>{x.enrolIntro}</p>
          <dl>
            <dt>{x.secret}</dt>
            <dd>
              <code id="totp-secret">{step.secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
            </dd>
            <dt>{x.uri}</dt>
            <dd>
              <code id="totp-uri" style={{ wordBreak: 'break-all' }}>
                {step.otpauthUri}
              </code>
            </dd>
          </dl>
          <p className="muted">{x.secretOnce}</p>
          <form noValidate onSubmit={onConfirm}>
            <Field
              ref={ref}
              id="enrol-code"
              label={x.code}
              hint={x.codeHint}
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={6}
              required
              value={code}
              error={error}
              onChange={(e) => setCode(e.target.value)}
            />
            <button type="submit" className="button" disabled={busy}>
              {x.confirm}
            </button>
          </form>
        </>
      ) : null}
      {step.kind === 'codes' ? (
        <>
          <p>{x.recoveryIntro}</p>
          <ul className="recovery-codes" aria-label={x.recoveryTitle}>
            {step.codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={onDone}>
            {x.recoveryDone}
          </button>
        </>
      ) : null}
    </section>
  );
}
