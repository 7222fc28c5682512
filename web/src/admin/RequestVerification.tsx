import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { collectVerification, isOpen, startVerification, type RequestRecord } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';
import { fieldErrors } from './staff.ts';

/**
 * How the person's identity is verified: start a method, then record its outcome (the officer's
 * finding for a signed letter, the account's sign-in checked for a fresh sign-in). A personnummer
 * goes to the server once and is kept there only as a keyed hash; the field is emptied after.
 */
export function RequestVerification({ record, onChanged }: { record: RequestRecord; onChanged(): Promise<void> }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const id = record.request.id;
  const [method, setMethod] = useState(record.methods[0]?.id ?? 'signed_letter');
  const [instructions, setInstructions] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'verified' | 'failed'>('verified');
  const [pnr, setPnr] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<unknown>(undefined);
  const pending = record.verifications.find((v) => v.status === 'pending');
  const label = (m: string) => record.methods.find((x) => x.id === m)?.label[lang] ?? m;

  async function run(action: () => Promise<unknown>) {
    setFailed(undefined);
    setErrors({});
    try {
      await action();
      await onChanged();
    } catch (error) {
      const fields = error instanceof ApiError && error.status === 400 ? fieldErrors(error.body?.fields) : {};
      if (Object.keys(fields).length) setErrors(fields);
      else setFailed(error);
    }
  }

  function onStart(ev: FormEvent) {
    ev.preventDefault();
    void run(async () => setInstructions((await startVerification(id, method)).instructions[lang]));
  }

  function onRecord(ev: FormEvent) {
    ev.preventDefault();
    if (!pending) return;
    const body =
      pending.method === 'signed_letter' ? { outcome, ...(pnr.trim() ? { personnummer: pnr.trim() } : {}) } : {};
    void run(async () => {
      await collectVerification(id, pending.id, body);
      setPnr('');
      setInstructions(null);
    });
  }

  return (
    <section className="card" aria-labelledby="request-verification-title">
      <h2 id="request-verification-title">{t.verificationTitle}</h2>
      <p>{t.verificationIntro}</p>
      {record.verifications.length === 0 ? (
        <p>{t.noVerifications}</p>
      ) : (
        <ul>
          {record.verifications.map((v) => (
            <li key={v.id}>
              {label(v.method)}: {t.vstatus[v.status]} (
              <time dateTime={v.completedAt ?? v.startedAt}>{(v.completedAt ?? v.startedAt).slice(0, 10)}</time>
              {v.personnummerGiven ? `, ${t.pnrGiven}` : ''})
            </li>
          ))}
        </ul>
      )}
      {failed !== undefined ? <Problem error={failed} /> : null}
      {instructions ? <Alert kind="info">{instructions}</Alert> : null}
      {!pending && isOpen(record.request) ? (
        <form aria-label={t.start} onSubmit={onStart} className="retention-form">
          <div className="field">
            <label htmlFor="verification-method">{t.method}</label>
            <select id="verification-method" value={method} onChange={(e) => setMethod(e.target.value)}>
              {record.methods.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label[lang]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t.start}
          </button>
        </form>
      ) : null}
      {pending ? (
        <form aria-label={t.record} onSubmit={onRecord} noValidate className="retention-form">
          {pending.method === 'signed_letter' ? (
            <>
              <fieldset>
                <legend>{t.outcome}</legend>
                {(['verified', 'failed'] as const).map((o) => (
                  <label key={o} className="checkbox">
                    <input
                      type="radio"
                      name="verification-outcome"
                      checked={outcome === o}
                      onChange={() => setOutcome(o)}
                    />{' '}
                    {t.outcomes[o]}
                  </label>
                ))}
              </fieldset>
              <Field
                id="verification-personnummer"
                label={t.personnummer}
                hint={t.personnummerHint}
                error={errors.personnummer}
                autoComplete="off"
                inputMode="numeric"
                spellCheck={false}
                value={pnr}
                onChange={(e) => setPnr(e.target.value)}
              />
            </>
          ) : null}
          <button type="submit" className="button">
            {pending.method === 'signed_letter' ? t.record : t.check}
          </button>
        </form>
      ) : null}
    </section>
  );
}
