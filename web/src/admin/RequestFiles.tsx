import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { attach, attachmentUrl, fileToBase64, type RequestRecord } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';
import { fieldErrors } from './staff.ts';

/** The scanned letters of a request: view one (the read is logged), add another. */
export function RequestFiles({ record, onChanged }: { record: RequestRecord; onChanged(): Promise<void> }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState<unknown>(undefined);
  const [done, setDone] = useState(false);
  const id = record.request.id;

  async function onUpload(ev: FormEvent) {
    ev.preventDefault();
    const file = fileRef.current?.files?.[0];
    setDone(false);
    setFailed(undefined);
    if (!file) return setError(t.chooseFile);
    setError(undefined);
    try {
      await attach(id, await fileToBase64(file));
      if (fileRef.current) fileRef.current.value = '';
      await onChanged();
      setDone(true);
    } catch (e) {
      const fields = e instanceof ApiError && e.status === 400 ? fieldErrors(e.body?.fields) : {};
      if (fields.file) setError(fields.file);
      else setFailed(e);
    }
  }

  return (
    <section className="card" aria-labelledby="request-files-title">
      <h2 id="request-files-title">{t.attachmentsTitle}</h2>
      {record.attachments.length === 0 ? (
        <p>{t.noAttachments}</p>
      ) : (
        <ul>
          {record.attachments.map((a, i) => (
            <li key={a.id}>
              <a href={attachmentUrl(id, a.id)} target="_blank" rel="noopener">
                {t.view} {i + 1}
              </a>{' '}
              ({a.mediaType}, {Math.max(1, Math.round(a.bytes / 1024))} kB,{' '}
              <time dateTime={a.uploadedAt}>{a.uploadedAt.slice(0, 10)}</time>)
            </li>
          ))}
        </ul>
      )}
      {failed !== undefined ? <Problem error={failed} /> : null}
      <form aria-label={t.addFile} onSubmit={onUpload} noValidate className="retention-form">
        <Field
          id="request-file"
          ref={fileRef}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          label={t.addFile}
          error={error}
        />
        <button type="submit" className="button button-secondary">
          {t.upload}
        </button>
      </form>
      {done ? <Alert kind="success">{t.uploaded}</Alert> : null}
    </section>
  );
}
