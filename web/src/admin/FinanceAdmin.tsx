import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { financeTexts, parseKronor, type InvoiceSummary, type PaymentResult } from './FinanceTexts.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Finance: open invoices (with PDFs), payment registration by OCR, the SIE 4 download. */
export function FinanceAdmin() {
  const { lang } = useI18n();
  const t = financeTexts[lang];
  const kr = (ore: number) =>
    new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'currency', currency: 'SEK' }).format(ore / 100);
  const [filter, setFilter] = useState<'open' | 'overdue' | 'all'>('open');
  const [items, setItems] = useState<InvoiceSummary[] | null>(null);
  const [ocr, setOcr] = useState('');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today());
  const [result, setResult] = useState<PaymentResult | null>(null);
  const [amountError, setAmountError] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [year, setYear] = useState(String(new Date().getFullYear()));

  async function load(f = filter) {
    try {
      const r = await api<{ items: InvoiceSummary[] }>('GET', `/api/staff/invoices?filter=${f}&purpose=a.orders`);
      setItems(r.items);
    } catch (error) {
      setFailed(error);
    }
  }
  useEffect(() => {
    void load();
  }, []);

  async function onRegister(ev: FormEvent) {
    ev.preventDefault();
    const amountOre = parseKronor(amount);
    setAmountError(amountOre === null ? t.badAmount : null);
    if (amountOre === null) return;
    setBusy(true);
    setFailed(undefined);
    setResult(null);
    try {
      setResult(
        await api<PaymentResult>('POST', '/api/staff/invoices/payments', { ocr: ocr.trim(), amountOre, paidOn }),
      );
      setOcr('');
      setAmount('');
      await load();
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="finance-title">
      <h2 id="finance-title">{t.title}</h2>
      <p>{t.intro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}

      <h3>{t.payment}</h3>
      <form onSubmit={onRegister} aria-label={t.payment}>
        <div className="field">
          <label htmlFor="finance-ocr">{t.ocr}</label>
          <p className="field-hint" id="finance-ocr-hint">
            {t.ocrHint}
          </p>
          <input
            id="finance-ocr"
            inputMode="numeric"
            autoComplete="off"
            required
            value={ocr}
            aria-describedby="finance-ocr-hint"
            onChange={(e) => setOcr(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="finance-amount">{t.amount}</label>
          <p className="field-hint" id="finance-amount-hint">
            {t.amountHint}
          </p>
          <input
            id="finance-amount"
            inputMode="decimal"
            required
            value={amount}
            aria-describedby={amountError ? 'finance-amount-hint finance-amount-error' : 'finance-amount-hint'}
            aria-invalid={amountError ? true : undefined}
            onChange={(e) => setAmount(e.target.value)}
          />
          {amountError ? (
            <p className="field-error" id="finance-amount-error">
              {amountError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="finance-paid-on">{t.paidOn}</label>
          <input id="finance-paid-on" type="date" required value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t.register}
        </button>
      </form>
      {result ? <p role="status">{t.registered(result, kr)}</p> : null}

      <h3>{t.invoices}</h3>
      <form
        className="filters"
        aria-label={t.invoices}
        onSubmit={(ev) => {
          ev.preventDefault();
          void load(filter);
        }}
      >
        <div className="field">
          <label htmlFor="finance-filter">{t.filter}</label>
          <select
            id="finance-filter"
            value={filter}
            onChange={(e) => setFilter(e.target.value as 'open' | 'overdue' | 'all')}
          >
            {(['open', 'overdue', 'all'] as const).map((f) => (
              <option key={f} value={f}>
                {t.filters[f]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t.show}
        </button>
      </form>
      {items !== null && items.length === 0 ? <p role="status">{t.none}</p> : null}
      {items !== null && items.length > 0 ? (
        <div className="table-scroll">
          <table className="ropa-table">
            <caption className="visually-hidden">{t.invoices}</caption>
            <thead>
              <tr>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.order}</th>
                <th scope="col">{t.issued}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.total}</th>
                <th scope="col">{t.paid}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.invoiceNumber}>
                  <th scope="row">
                    <a
                      href={`/api/staff/invoices/${i.invoiceNumber}/pdf?purpose=g.legal_obligations&lang=${lang}`}
                      aria-label={t.pdf(i.invoiceNumber)}
                    >
                      {i.invoiceNumber}
                    </a>
                  </th>
                  <td>{i.orderNumber}</td>
                  <td>{i.issueDate}</td>
                  <td>{i.dueDate}</td>
                  <td>{kr(i.totalIncVatOre)}</td>
                  <td>{kr(i.paidOre)}</td>
                  <td>{t.statuses[i.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <h3>{t.sie}</h3>
      <p>{t.sieHint}</p>
      <form
        aria-label={t.sie}
        onSubmit={(ev) => {
          ev.preventDefault();
          window.location.assign(`/api/staff/bookkeeping/sie?year=${encodeURIComponent(year)}`);
        }}
      >
        <div className="field">
          <label htmlFor="finance-year">{t.year}</label>
          <input
            id="finance-year"
            inputMode="numeric"
            pattern="\d{4}"
            required
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t.download}
        </button>
      </form>
    </section>
  );
}
