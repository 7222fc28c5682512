import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { api, ApiError, type ApiErrorBody } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { catalogAdminTexts } from './CatalogTexts.ts';

type Result =
  | { status: 'idle' }
  | { status: 'done'; created: number; updated: number }
  | { status: 'invalid'; fields: NonNullable<ApiErrorBody['fields']> }
  | { status: 'failed'; error: unknown };

/** "row 3, vat_rate" → ['3', 'vat_rate'] (src/modules/catalog/catalog.import.ts names problems so). */
const split = (field: string): [string, string] => {
  const m = /^row (\d+), (.+)$/.exec(field);
  return m ? [m[1]!, m[2]!] : ['', field];
};

/** CSV upload; on errors, a table of every bad row and column (nothing is imported then). */
export function CatalogImport({ onImported }: { onImported(): void }) {
  const { lang } = useI18n();
  const c = catalogAdminTexts[lang];
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>({ status: 'idle' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      const res = await api<{ created: number; updated: number }>('POST', '/api/staff/catalog/import', {
        csv: await file.text(),
      });
      setResult({ status: 'done', ...res });
      onImported();
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.body?.fields?.length) {
        setResult({ status: 'invalid', fields: error.body.fields });
      } else setResult({ status: 'failed', error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="catalog-import-title" className="catalog-import">
      <h3 id="catalog-import-title">{c.importTitle}</h3>
      <p id="catalog-import-intro" className="field-hint">
        {c.importIntro}
      </p>
      <form onSubmit={onSubmit}>
        <label htmlFor="catalog-import-file">{c.file}</label>
        <input
          id="catalog-import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="catalog-import-intro"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setResult({ status: 'idle' });
          }}
        />
        <button type="submit" className="button" disabled={!file || busy}>
          {c.importButton}
        </button>
      </form>
      {result.status === 'done' ? <Alert kind="success">{c.imported(result.created, result.updated)}</Alert> : null}
      {result.status === 'failed' ? (
        <Alert>
          <ErrorText error={result.error} />
        </Alert>
      ) : null}
      {result.status === 'invalid' ? (
        <>
          <Alert>{c.importFailed}</Alert>
          <div className="table-scroll">
            <table className="ropa-table">
              <caption>{c.importFailed}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.row}</th>
                  <th scope="col">{c.column}</th>
                  <th scope="col">{c.problem}</th>
                </tr>
              </thead>
              <tbody>
                {result.fields.map((f, i) => {
                  const [row, column] = split(f.field);
                  return (
                    <tr key={i}>
                      <td>{row}</td>
                      <td>{column}</td>
                      <td>{f.message}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
