import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from '../components/Alert.tsx';
import { step, type RequestRecord } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';

const ITEMS = ['signed_request', 'account_sign_in', 'which_account', 'scope'];

/** Handling an open request: ask for more (pause) or resume, extend with a reason, complete or refuse. */
export function RequestSteps({ record, onChanged }: { record: RequestRecord; onChanged(): Promise<void> }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const r = record.request;
  const [items, setItems] = useState<string[]>([]);
  const [itemError, setItemError] = useState<string | undefined>();
  const [extension, setExtension] = useState('complexity');
  const [refusal, setRefusal] = useState('identity_not_established');
  const [failed, setFailed] = useState<unknown>(undefined);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const paused = r.status === 'awaiting_identity';

  async function run(path: string, body?: object) {
    setBusy(true);
    setFailed(undefined);
    setDone(false);
    try {
      await step(r.id, path, body);
      await onChanged();
      setDone(true);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  function onAsk(ev: FormEvent) {
    ev.preventDefault();
    if (items.length === 0) return setItemError(t.chooseItem);
    setItemError(undefined);
    void run('supplementary', { items }).then(() => setItems([]));
  }
  const toggle = (i: string) => setItems((xs) => (xs.includes(i) ? xs.filter((x) => x !== i) : [...xs, i]));

  return (
    <section className="card" aria-labelledby="request-steps-title">
      <h2 id="request-steps-title">{t.stepsTitle}</h2>
      {failed !== undefined ? <Problem error={failed} /> : null}
      {paused ? (
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => run('resume')}>
            {t.resume}
          </button>
        </p>
      ) : (
        <form aria-label={t.supplementary} onSubmit={onAsk} noValidate className="retention-form">
          <fieldset aria-describedby={itemError ? 'request-items-error' : undefined}>
            <legend>{t.supplementary}</legend>
            {itemError ? (
              <p className="field-error" id="request-items-error">
                {itemError}
              </p>
            ) : null}
            {ITEMS.map((i) => (
              <label key={i} className="checkbox">
                <input type="checkbox" checked={items.includes(i)} onChange={() => toggle(i)} /> {t.items[i]}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t.ask}
          </button>
        </form>
      )}
      {!r.extended ? (
        <form
          aria-label={t.extend}
          className="retention-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void run('extend', { reason: extension });
          }}
        >
          <div className="field">
            <label htmlFor="request-extension-reason">{t.reason}</label>
            <select id="request-extension-reason" value={extension} onChange={(e) => setExtension(e.target.value)}>
              {Object.entries(t.extensionReasons).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t.extend}
          </button>
        </form>
      ) : null}
      <p>
        <button type="button" className="button" disabled={busy || paused} onClick={() => run('complete')}>
          {t.complete}
        </button>
      </p>
      <form
        aria-label={t.refuse}
        className="retention-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          void run('refuse', { reason: refusal });
        }}
      >
        <div className="field">
          <label htmlFor="request-refusal-reason">{t.reason}</label>
          <select id="request-refusal-reason" value={refusal} onChange={(e) => setRefusal(e.target.value)}>
            {Object.entries(t.refusalReasons).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t.refuse}
        </button>
      </form>
      {done ? <Alert kind="success">{t.done}</Alert> : null}
    </section>
  );
}
