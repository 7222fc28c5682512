import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../components/Field.tsx';
import { navigate } from '../router.tsx';
import type { Customer } from './CustomerDetails.tsx';
import { fileToBase64, registerLetter, requestPath } from './requests.ts';
import { Problem } from './RequestProblem.tsx';
import { requestsTexts } from './RequestsTexts.ts';
import { fieldErrors } from './staff.ts';

const KINDS = [
  'access',
  'rectification',
  'erasure',
  'objection',
  'restriction',
  'portability',
  'consent_withdrawal',
  'complaint',
];
const KIND_LABELS: Record<string, { sv: string; en: string }> = {
  access: { sv: 'Registerutdrag', en: 'Access' },
  rectification: { sv: 'Rättelse', en: 'Rectification' },
  erasure: { sv: 'Radering', en: 'Erasure' },
  objection: { sv: 'Invändning', en: 'Objection' },
  restriction: { sv: 'Begränsning', en: 'Restriction' },
  portability: { sv: 'Dataportabilitet', en: 'Portability' },
  consent_withdrawal: { sv: 'Återkallat samtycke', en: 'Consent withdrawal' },
  complaint: { sv: 'Klagomål', en: 'Complaint' },
};

/**
 * A written, signed request registered by the privacy officer: the person found through the
 * purpose-bound customer search (logged), the day the letter came, the language, and the scan.
 */
export function RequestLetterForm({ onRegistered }: { onRegistered(): void }) {
  const { lang } = useI18n();
  const t = requestsTexts[lang];
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Customer[] | null>(null);
  const [contactId, setContactId] = useState('');
  const [kind, setKind] = useState('access');
  const [receivedAt, setReceivedAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [language, setLanguage] = useState<'sv' | 'en'>('sv');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  async function onSearch(ev: FormEvent) {
    ev.preventDefault();
    setFailed(undefined);
    if (query.trim().length < 2) return;
    try {
      const r = await api<{ items: Customer[] }>('POST', '/api/staff/customers/search', {
        query: query.trim(),
        purpose: 'g.legal_obligations',
      });
      setFound(r.items);
      setContactId(r.items.length === 1 ? r.items[0]!.contact.id : '');
    } catch (error) {
      setFailed(error);
    }
  }

  async function onRegister(ev: FormEvent) {
    ev.preventDefault();
    const file = fileRef.current?.files?.[0];
    const missing: Record<string, string> = {};
    if (!contactId) missing.contactId = t.choosePerson;
    if (!file) missing.scan = t.chooseFile;
    setErrors(missing);
    setFailed(undefined);
    if (Object.keys(missing).length || !file) return;
    setBusy(true);
    try {
      const created = await registerLetter({ kind, contactId, receivedAt, language, scan: await fileToBase64(file) });
      onRegistered();
      navigate(requestPath(created.id));
    } catch (error) {
      const fields = error instanceof ApiError && error.status === 400 ? fieldErrors(error.body?.fields) : {};
      if (Object.keys(fields).length) setErrors(fields);
      else setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="request-letter-title">
      <h2 id="request-letter-title">{t.letterTitle}</h2>
      <p>{t.letterIntro}</p>
      {failed !== undefined ? <Problem error={failed} /> : null}
      <form role="search" aria-label={t.search} onSubmit={onSearch} className="retention-form">
        <Field
          id="request-search"
          label={t.search}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {t.searchButton}
        </button>
      </form>
      <form aria-label={t.letterTitle} onSubmit={onRegister} noValidate className="retention-form">
        {found !== null ? (
          <fieldset aria-describedby={errors.contactId ? 'request-person-error' : undefined}>
            <legend>{t.person}</legend>
            {errors.contactId ? (
              <p className="field-error" id="request-person-error">
                {errors.contactId}
              </p>
            ) : null}
            {found.length === 0 ? <p>{t.noMatches}</p> : null}
            {found.map((c) => (
              <label key={c.contact.id} className="checkbox">
                <input
                  type="radio"
                  name="request-person"
                  checked={contactId === c.contact.id}
                  onChange={() => setContactId(c.contact.id)}
                />{' '}
                {[c.contact.fullName, c.contact.email, c.company.name, c.company.orgNr].filter(Boolean).join(', ')}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor="request-kind">{t.kind}</label>
          <select id="request-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]![lang]}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="request-received"
          type="date"
          label={t.receivedDate}
          error={errors.receivedAt}
          required
          value={receivedAt}
          onChange={(e) => setReceivedAt(e.target.value)}
        />
        <div className="field">
          <label htmlFor="request-language">{t.language}</label>
          <select id="request-language" value={language} onChange={(e) => setLanguage(e.target.value as 'sv' | 'en')}>
            <option value="sv">{t.languages.sv}</option>
            <option value="en">{t.languages.en}</option>
          </select>
        </div>
        <Field
          id="request-scan"
          ref={fileRef}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          label={t.scan}
          error={errors.scan}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t.register}
        </button>
      </form>
    </section>
  );
}
