import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { getHolds, placeHold, releaseHold, type HoldReason, type LegalHold, type SubjectType } from './retention.ts';
import { retentionTexts } from './RetentionTexts.ts';
import { fieldErrors } from './staff.ts';

const SUBJECT_TYPES: SubjectType[] = ['company', 'contact'];
const REASONS: HoldReason[] = ['dispute', 'collection', 'authority'];

/** Legal holds (GDPR art. 17(3)(e)): open and released ones, placing one, releasing one. */
export function LegalHolds() {
  const { lang } = useI18n();
  const t = retentionTexts[lang];
  const [holds, setHolds] = useState<LegalHold[] | null>(null);
  const [subjectType, setSubjectType] = useState<SubjectType>('company');
  const [subjectId, setSubjectId] = useState('');
  const [reason, setReason] = useState<HoldReason>('dispute');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<'placed' | 'released' | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const load = useCallback((signal?: AbortSignal) => getHolds(signal).then((r) => setHolds(r.items)), []);
  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal).catch((error: unknown) => !isAbort(error) && setFailed(error));
    return () => ctrl.abort();
  }, [load]);

  async function run(action: () => Promise<'placed' | 'released'>) {
    setBusy(true);
    setFailed(undefined);
    setErrors({});
    setDone(null);
    try {
      const message = await action();
      // The message once the list shows the change, so the two never disagree.
      await load().finally(() => setDone(message));
    } catch (error) {
      const fields = error instanceof ApiError && error.status === 400 ? fieldErrors(error.body?.fields) : {};
      if (Object.keys(fields).length) setErrors(fields);
      else setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  function onPlace(ev: FormEvent) {
    ev.preventDefault();
    void run(async () => {
      await placeHold({ subjectType, subjectId: subjectId.trim(), reason });
      setSubjectId('');
      return 'placed';
    });
  }

  const day = (iso: string) => <time dateTime={iso}>{iso.slice(0, 10)}</time>;
  return (
    <section className="card" aria-labelledby="legal-holds-title">
      <h2 id="legal-holds-title">{t.holdsTitle}</h2>
      <p>{t.holdsIntro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <h3>{t.placeTitle}</h3>
      <form className="retention-form" aria-label={t.placeTitle} onSubmit={onPlace}>
        <div className="field">
          <label htmlFor="hold-subject-type">{t.subjectType}</label>
          <select
            id="hold-subject-type"
            value={subjectType}
            onChange={(e) => setSubjectType(e.target.value as SubjectType)}
          >
            {SUBJECT_TYPES.map((s) => (
              <option key={s} value={s}>
                {t.subjectTypes[s]}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="hold-subject-id"
          label={t.subjectId}
          hint={t.subjectIdHint}
          error={errors.subjectId ?? errors.subjectType}
          required
          autoComplete="off"
          spellCheck={false}
          value={subjectId}
          onChange={(e) => setSubjectId(e.target.value)}
        />
        <div className="field">
          <label htmlFor="hold-reason">{t.reason}</label>
          <select id="hold-reason" value={reason} onChange={(e) => setReason(e.target.value as HoldReason)}>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t.reasons[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t.place}
        </button>
      </form>
      {done ? <Alert kind="success">{t[done]}</Alert> : null}
      {holds === null ? (
        failed === undefined ? (
          <p className="muted">{t.loading}</p>
        ) : null
      ) : holds.length === 0 ? (
        <p>{t.noHolds}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t.holdsCaption}>
          <table className="ropa-table retention-table">
            <caption>{t.holdsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.reason}</th>
                <th scope="col">{t.placedAt}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.handle}</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((h) => (
                <tr key={h.id}>
                  <th scope="row">
                    {t.subjectTypes[h.subjectType]} <code className="target">{h.subjectId}</code>
                  </th>
                  <td>{t.reasons[h.reason] ?? h.reason}</td>
                  <td>{day(h.placedAt)}</td>
                  <td>{h.releasedAt ? t.releasedAt(h.releasedAt.slice(0, 10)) : t.open}</td>
                  <td>
                    {h.releasedAt ? null : (
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={busy}
                        aria-label={t.releaseLabel(t.subjectTypes[h.subjectType] ?? h.subjectType, h.subjectId)}
                        onClick={() =>
                          run(async () => {
                            await releaseHold(h.id);
                            return 'released';
                          })
                        }
                      >
                        {t.release}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
