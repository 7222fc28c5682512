import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from '../components/Alert.tsx';
import { approveErasure, getErasurePlan, type ErasurePlan, type Law } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';

const list = <T,>(v: T[] | undefined | null): T[] => (Array.isArray(v) ? v : []);
/**
 * A 409 whose body is `{ error: { code: 'plan_changed' } }` (no `message`: api.ts then keeps no
 * body) means the data changed since the plan was shown; other conflicts carry a message.
 */
const planChanged = (e: unknown) => {
  if (!(e instanceof ApiError) || e.status !== 409) return false;
  const body = e.body as unknown as { error?: unknown } | null;
  if (!body) return true;
  const code = typeof body.error === 'object' && body.error ? (body.error as { code?: unknown }).code : body.error;
  return code === 'plan_changed';
};

/**
 * The erasure plan of an erasure request (art. 17): what is erased, what a law keeps minimised and
 * restricted (which law, until when), what is kept and why, the recipients who will be told, and
 * the approval after a confirmation. Read defensively: the plan is built by another part.
 */
export function ErasurePlanSection({ requestId, onDone }: { requestId: string; onDone(): Promise<void> }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const [plan, setPlan] = useState<ErasurePlan | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'unavailable'>('loading');
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const dialog = useRef<HTMLDialogElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      getErasurePlan(requestId, signal).then(
        (p) => {
          setPlan(p);
          setState(p && typeof p.planHash === 'string' ? 'ready' : 'unavailable');
        },
        (e: unknown) => {
          if (isAbort(e)) return;
          setState('unavailable');
          if (!(e instanceof ApiError && e.status === 404)) setFailed(e);
        },
      ),
    [requestId],
  );
  useEffect(() => {
    const ctrl = new AbortController();
    void load(ctrl.signal);
    return () => ctrl.abort();
  }, [load]);

  async function approve() {
    dialog.current?.close();
    if (!plan) return;
    setFailed(undefined);
    try {
      const r = await approveErasure(requestId, plan.planHash);
      setNotice(t.erased(Number(r.erasedRows) || 0, Number(r.minimisedRows) || 0));
      await onDone();
    } catch (e) {
      if (planChanged(e)) {
        setNotice(t.planChanged);
        await load();
      } else setFailed(e);
    }
  }

  const laws = (ls: Law[] | undefined) =>
    list(ls)
      .map((l) => t.until(l.name?.[lang] ?? l.citation ?? l.rule, l.until))
      .join('; ');

  return (
    <section className="card" aria-labelledby="erasure-plan-title">
      <h2 id="erasure-plan-title">{t.planTitle}</h2>
      {notice ? <Alert kind="info">{notice}</Alert> : null}
      {failed !== undefined ? <Problem error={failed} /> : null}
      {state === 'loading' ? <p className="muted">{t.loading}</p> : null}
      {state === 'unavailable' ? <p>{t.planUnavailable}</p> : null}
      {state === 'ready' && plan ? (
        <>
          <h3>{t.erase}</h3>
          <ul>
            {list(plan.erase).map((g) => (
              <li key={g.table}>
                {g.title?.[lang] ?? g.table}: {t.rows(Number(g.rows) || 0)}
              </li>
            ))}
            {Number(plan.files) > 0 ? <li>{t.files(Number(plan.files))}</li> : null}
          </ul>
          <h3>{t.minimise}</h3>
          <ul>
            {list(plan.minimise).map((g) => (
              <li key={g.table}>
                {g.title?.[lang] ?? g.table}: {t.rows(Number(g.rows) || 0)}. {g.cleared?.[lang] ?? ''} {laws(g.laws)}
              </li>
            ))}
          </ul>
          <h3>{t.keep}</h3>
          <ul>
            {list(plan.keep).map((g) => (
              <li key={g.table}>
                {g.title?.[lang] ?? g.table}: {t.rows(Number(g.rows) || 0)}. {g.reason?.[lang] ?? ''} {laws(g.laws)}
              </li>
            ))}
          </ul>
          <h3>{t.recipients}</h3>
          {list(plan.recipients).length === 0 ? (
            <p>{t.noRecipients}</p>
          ) : (
            <ul>
              {list(plan.recipients).map((r) => (
                <li key={r.id}>
                  {r.name?.[lang] ?? r.id} ({t.disclosures(Number(r.disclosures) || 0)})
                </li>
              ))}
            </ul>
          )}
          {plan.suppression ? <p>{t.suppression}</p> : null}
          <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
            {t.approve}
          </button>
          <dialog ref={dialog} aria-labelledby="erasure-confirm-title">
            <h3 id="erasure-confirm-title">{t.confirmTitle}</h3>
            <p>{t.confirmText}</p>
            <button type="button" className="button" onClick={approve}>
              {t.confirm}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
              {t.cancel}
            </button>
          </dialog>
        </>
      ) : null}
    </section>
  );
}
