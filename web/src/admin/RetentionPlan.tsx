import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { getPlan, type Plan } from './retention.ts';
import { retentionTexts } from './RetentionTexts.ts';

/** The plan: what a sweep would delete or minimise at a chosen date, target by target (a dry run). */
export function RetentionPlan() {
  const { lang } = useI18n();
  const t = retentionTexts[lang];
  const [date, setDate] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  // First the plan now; the date field then shows the server's today.
  useEffect(() => {
    const ctrl = new AbortController();
    getPlan(null, ctrl.signal).then(
      (p) => {
        setPlan(p);
        setDate(p.asOf.slice(0, 10));
      },
      (error: unknown) => !isAbort(error) && setFailed(error),
    );
    return () => ctrl.abort();
  }, []);

  async function onShow(ev: FormEvent) {
    ev.preventDefault();
    setBusy(true);
    setFailed(undefined);
    try {
      setPlan(await getPlan(date));
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  const refused = failed instanceof ApiError && failed.status === 400 ? failed.body?.message : undefined;
  const holdTitle = (rule: string) =>
    plan?.entries.find((e) => e.rule === rule)?.ruleTitle[lang] ?? t.holdRules[rule] ?? rule;

  return (
    <section className="card" aria-labelledby="retention-plan-title">
      <h2 id="retention-plan-title">{t.planTitle}</h2>
      <p>{t.planIntro}</p>
      <form className="retention-form" aria-label={t.planTitle} onSubmit={onShow}>
        <div className={`field${refused ? ' field-invalid' : ''}`}>
          <label htmlFor="retention-as-of">{t.asOf}</label>
          {refused ? (
            <p className="field-error" id="retention-as-of-error">
              {t.dateRefused} {refused}
            </p>
          ) : null}
          <input
            id="retention-as-of"
            type="date"
            required
            value={date}
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? 'retention-as-of-error' : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t.show}
        </button>
      </form>
      {failed !== undefined && !refused ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {plan === null ? (
        failed === undefined ? (
          <p className="muted">{t.loading}</p>
        ) : null
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t.planTitle}>
          <table className="ropa-table retention-table" aria-busy={busy || undefined}>
            <caption>{t.planCaption(plan.asOf.slice(0, 10), plan.policyVersion)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.rule}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.held}</th>
                <th scope="col">{t.earliest}</th>
                <th scope="col">{t.latest}</th>
              </tr>
            </thead>
            <tbody>
              {plan.entries.map((e) => (
                <tr key={e.target}>
                  <th scope="row">
                    {e.what[lang]} <code className="target">{e.target}</code>
                  </th>
                  <td>{e.ruleTitle[lang]}</td>
                  <td>{t.actions[e.action] ?? e.action}</td>
                  <td className="number">{e.due}</td>
                  <td>
                    {Object.entries(e.held)
                      .filter(([, n]) => n > 0)
                      .map(([rule, n]) => t.heldBy(n, holdTitle(rule)))
                      .join(', ') || '–'}
                  </td>
                  <td>{e.earliest ?? '–'}</td>
                  <td>{e.latest ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
