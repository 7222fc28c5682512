import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { CustomerDetails, type Customer } from './CustomerDetails.tsx';
import { customerTexts, type Purpose } from './CustomerTexts.ts';

/**
 * Customer lookup on a need-to-know basis: the staff member picks one of the purposes their
 * roles serve, and the server returns only the fields that purpose may use (and logs the read).
 * The search terms travel in a POST body, never in the address.
 */
export function CustomerLookup() {
  const { lang } = useI18n();
  const t = customerTexts[lang];
  const [purposes, setPurposes] = useState<Purpose[] | null>(null);
  const [purpose, setPurpose] = useState('');
  const [query, setQuery] = useState('');
  const [queryError, setQueryError] = useState<string | undefined>();
  const [results, setResults] = useState<Customer[] | null>(null);
  const [open, setOpen] = useState<Customer | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const queryRef = useRef<HTMLInputElement>(null);
  const detailsRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    api<{ items: Purpose[] }>('GET', '/api/staff/purposes', undefined, ctrl.signal).then(
      (r) => {
        setPurposes(r.items);
        setPurpose((p) => p || (r.items[0]?.id ?? ''));
      },
      (error: unknown) => !isAbort(error) && setFailed(error),
    );
    return () => ctrl.abort();
  }, []);

  useEffect(() => {
    if (open) detailsRef.current?.focus();
  }, [open]);

  const purposeTitle = (id: string) => purposes?.find((p) => p.id === id)?.title[lang] ?? id;

  function choosePurpose(id: string) {
    // Data fetched for one purpose is not reused for another.
    setPurpose(id);
    setResults(null);
    setOpen(null);
  }

  async function onSearch(ev: FormEvent) {
    ev.preventDefault();
    if (query.trim().length < 2) {
      setQueryError(t.queryTooShort);
      queryRef.current?.focus();
      return;
    }
    setQueryError(undefined);
    setBusy(true);
    setFailed(undefined);
    setOpen(null);
    try {
      const r = await api<{ items: Customer[] }>('POST', '/api/staff/customers/search', {
        query: query.trim(),
        purpose,
      });
      setResults(r.items);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  async function openContact(id: string) {
    setBusy(true);
    setFailed(undefined);
    try {
      const c = await api<Customer>(
        'GET',
        `/api/staff/customers/contacts/${encodeURIComponent(id)}?purpose=${encodeURIComponent(purpose)}`,
      );
      setOpen(c);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="customer-lookup-title">
      <h2 id="customer-lookup-title">{t.title}</h2>
      <p>{t.intro}</p>
      <Alert kind="info">{t.logged}</Alert>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {purposes === null && failed === undefined ? <p className="muted">{t.loading}</p> : null}
      {purposes !== null && purposes.length === 0 ? <p>{t.noPurposes}</p> : null}
      {purposes !== null && purposes.length > 0 ? (
        <form noValidate onSubmit={onSearch} role="search" aria-label={t.title}>
          <div className="field">
            <label htmlFor="lookup-purpose">{t.purpose}</label>
            <p className="field-hint" id="lookup-purpose-hint">
              {t.purposeHint}
            </p>
            <select
              id="lookup-purpose"
              aria-describedby="lookup-purpose-hint"
              value={purpose}
              onChange={(e) => choosePurpose(e.target.value)}
            >
              {purposes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title[lang]}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${queryError ? ' field-invalid' : ''}`}>
            <label htmlFor="lookup-query">{t.query}</label>
            <p className="field-hint" id="lookup-query-hint">
              {t.queryHint}
            </p>
            {queryError ? (
              <p className="field-error" id="lookup-query-error">
                {queryError}
              </p>
            ) : null}
            <input
              ref={queryRef}
              id="lookup-query"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={query}
              aria-invalid={queryError ? true : undefined}
              aria-describedby={queryError ? 'lookup-query-error lookup-query-hint' : 'lookup-query-hint'}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t.search}
          </button>
        </form>
      ) : null}
      {results !== null ? (
        results.length === 0 ? (
          <p role="status">{t.noResults}</p>
        ) : (
          <div className="table-scroll">
            <table className="ropa-table">
              <caption>{t.resultsCaption(results.length, purposeTitle(purpose))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.company}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.open}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((c) => (
                  <tr key={c.contact.id}>
                    <th scope="row">{c.contact.fullName ?? t.notShown}</th>
                    <td>{c.contact.email ?? t.notShown}</td>
                    <td>{c.company.name ?? t.notShown}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={busy}
                        onClick={() => openContact(c.contact.id)}
                      >
                        {t.openWho(c.contact.fullName ?? c.contact.email ?? t.contact)}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {open ? <CustomerDetails ref={detailsRef} customer={open} purposeTitle={purposeTitle(purpose)} /> : null}
    </section>
  );
}
