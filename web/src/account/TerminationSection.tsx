import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { getTerminationPlan, terminate, type TerminationPlan } from './accountApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { formatDate, useAccountTexts } from './texts.ts';
import { useForm } from './useForm.ts';

type Props = { onTerminated(): void; onSessionEnded(): void };

/** §6: the plan (deleted at once, kept by law until when) is shown before the customer confirms. */
export function TerminationSection({ onTerminated, onSessionEnded }: Props) {
  const { a } = useAccountTexts();
  const [plan, setPlan] = useState<TerminationPlan | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(false);
  const planRef = useRef<HTMLHeadingElement>(null);

  async function showPlan() {
    setLoading(true);
    setFailed(undefined);
    try {
      setPlan(await getTerminationPlan());
      setTimeout(() => planRef.current?.focus(), 0);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSessionEnded();
      else setFailed(err);
    } finally {
      setLoading(false);
    }
  }

  return (
    <section className="card termination" aria-labelledby="account-terminate">
      <h2 id="account-terminate">{a.terminateTitle}</h2>
      <p>{a.terminateIntro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {plan ? (
        <>
          <PlanView plan={plan} headingRef={planRef} />
          <ConfirmForm onTerminated={onTerminated} onSessionEnded={onSessionEnded} />
        </>
      ) : (
        <button type="button" className="button button-secondary" onClick={showPlan} disabled={loading}>
          {a.showPlan}
        </button>
      )}
    </section>
  );
}

function PlanView({
  plan,
  headingRef,
}: {
  plan: TerminationPlan;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { a, lang } = useAccountTexts();
  return (
    <div className="plan">
      {plan.newAdmin ? <p>{a.planNewAdmin(plan.newAdmin.fullName)}</p> : null}
      {plan.lastContact ? <p>{a.planLastContact}</p> : null}
      <h3 ref={headingRef} tabIndex={-1}>
        {a.planDeleted}
      </h3>
      <ul className="plan-list">
        {plan.deletedNow.map((d) => (
          <li key={d.id}>
            <strong>{d.title[lang]}</strong>: {d.detail[lang]}
          </li>
        ))}
      </ul>
      <h3>{a.planKept}</h3>
      {plan.kept.length === 0 ? <p>{a.planKeptNone}</p> : null}
      <ul className="plan-list">
        {plan.kept.map((k) => (
          <li key={k.id}>
            <strong>{k.title[lang]}</strong>: {k.detail[lang]}
            <ul>
              {k.laws.map((l) => (
                <li key={l.rule}>
                  {l.condition ? <>{l.condition[lang]}: </> : null}
                  {a.planUntil(formatDate(l.until, lang))} — {l.name[lang]}.{' '}
                  <span className="muted">{l.keptData[lang]}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {plan.kept.length > 0 ? <p className="muted">{a.planRestricted}</p> : null}
    </div>
  );
}

function ConfirmForm({ onTerminated, onSessionEnded }: Props) {
  const { a } = useAccountTexts();
  const form = useForm({ password: '' }, a);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>(undefined);
  const boxRef = useRef<HTMLInputElement>(null);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    if (!confirmed) {
      setConfirmError(a.mustConfirm);
      form.setProblem({ kind: 'fields' });
      boxRef.current?.focus();
      return;
    }
    setConfirmError(undefined);
    const ok = await form.submit(
      (v) => ({ password: v.password ? undefined : a.required }),
      async (v) => {
        await terminate(v.password);
      },
      (err: ApiError) => {
        if (err.status !== 401) return false;
        onSessionEnded();
        return true;
      },
    );
    if (ok) onTerminated();
  }

  return (
    <>
      <FormProblem problem={form.problem} a={a} />
      <form noValidate onSubmit={onSubmit}>
        <div className={`field checkbox${confirmError ? ' field-invalid' : ''}`}>
          {confirmError ? (
            <p className="field-error" id="terminate-confirm-error">
              {confirmError}
            </p>
          ) : null}
          <input
            ref={boxRef}
            id="terminate-confirm"
            type="checkbox"
            checked={confirmed}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? 'terminate-confirm-error' : undefined}
            onChange={(e) => setConfirmed(e.target.checked)}
          />{' '}
          <label htmlFor="terminate-confirm">{a.confirmTerminate}</label>
        </div>
        <Field
          id="terminate-password"
          label={a.currentPassword}
          type="password"
          autoComplete="current-password"
          required
          {...form.bind('password')}
        />
        <button type="submit" className="button button-danger" disabled={form.busy}>
          {a.terminateButton}
        </button>
      </form>
    </>
  );
}
