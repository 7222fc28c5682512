import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { RecallStatus } from './RecallStatus.tsx';
import { recallTexts, type AffectedCustomer, type Lot } from './RecallTexts.ts';

type Product = { id: string; articleNumber: string; nameSv: string; nameEn: string };

/** Recall a lot: choose product and lot, see who received it, confirm, follow the notices' delivery. */
export function RecallAdmin() {
  const { lang } = useI18n();
  const t = recallTexts[lang];
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Product[] | null>(null);
  const [product, setProduct] = useState<Product | null>(null);
  const [lots, setLots] = useState<Lot[] | null>(null);
  const [lotId, setLotId] = useState('');
  const [affected, setAffected] = useState<AffectedCustomer[] | null>(null);
  const [reasonSv, setReasonSv] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  const [recall, setRecall] = useState<{ id: string; notices: number } | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function run<T>(f: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setFailed(undefined);
    try {
      return await f();
    } catch (error) {
      setFailed(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function onFind(ev: FormEvent) {
    ev.preventDefault();
    const r = await run(() =>
      api<{ items: Product[] }>('GET', `/api/catalog/products?q=${encodeURIComponent(q.trim())}&limit=20`),
    );
    if (r) setFound(r.items);
  }

  async function choose(p: Product) {
    setProduct(p);
    setAffected(null);
    setRecall(null);
    const r = await run(() =>
      api<{ items: Lot[] }>('GET', `/api/staff/recalls/lots?productId=${encodeURIComponent(p.id)}`),
    );
    if (r) {
      setLots(r.items);
      setLotId(r.items[0]?.id ?? '');
    }
  }

  async function onPreview(ev: FormEvent) {
    ev.preventDefault();
    if (!product || !lotId) return;
    const r = await run(() =>
      api<{ count: number; customers: AffectedCustomer[] }>('POST', '/api/staff/recalls/preview', {
        productId: product.id,
        lotId,
      }),
    );
    if (r) setAffected(r.customers);
  }

  async function onConfirm(ev: FormEvent) {
    ev.preventDefault();
    if (!product) return;
    const r = await run(() =>
      api<{ id: string; notices: number }>('POST', '/api/staff/recalls', {
        productId: product.id,
        lotId,
        reasonSv,
        reasonEn,
      }),
    );
    if (r) setRecall(r);
  }

  const productName = (p: Product) => `${p.articleNumber} ${lang === 'sv' ? p.nameSv : p.nameEn}`;
  return (
    <section className="card" aria-labelledby="recall-title">
      <h2 id="recall-title">{t.title}</h2>
      <p>{t.intro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <form role="search" aria-label={t.find} onSubmit={onFind}>
        <div className="field">
          <label htmlFor="recall-q">{t.product}</label>
          <p className="field-hint" id="recall-q-hint">
            {t.productHint}
          </p>
          <input
            id="recall-q"
            type="search"
            value={q}
            aria-describedby="recall-q-hint"
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy || q.trim().length === 0}>
          {t.find}
        </button>
      </form>
      {found !== null && found.length === 0 ? <p role="status">{t.noProducts}</p> : null}
      {found !== null && found.length > 0 ? (
        <ul className="choices">
          {found.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button button-secondary"
                aria-pressed={product?.id === p.id}
                onClick={() => choose(p)}
              >
                {productName(p)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {product && lots ? (
        <form onSubmit={onPreview}>
          <div className="field">
            <label htmlFor="recall-lot">
              {t.lot} — {productName(product)}
            </label>
            <select id="recall-lot" value={lotId} onChange={(e) => (setLotId(e.target.value), setAffected(null))}>
              {lots.map((l) => (
                <option key={l.id} value={l.id}>
                  {t.lotOption(l.lotNumber, l.shipped, l.expiresOn)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={busy || !lotId}>
            {t.preview}
          </button>
        </form>
      ) : null}
      {affected !== null && !recall ? (
        <>
          <div className="table-scroll">
            <table className="ropa-table">
              <caption>{t.affected(affected.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.buyer}</th>
                  <th scope="col">{t.orders}</th>
                  <th scope="col">{t.quantity}</th>
                  <th scope="col">{t.inAccount}</th>
                </tr>
              </thead>
              <tbody>
                {affected.map((c) => (
                  <tr key={c.contactEmail ?? c.orderNumbers.join()}>
                    <th scope="row">{c.contactEmail}</th>
                    <td>{c.contactName}</td>
                    <td>{c.buyerName}</td>
                    <td>{c.orderNumbers.join(', ')}</td>
                    <td>{c.quantity}</td>
                    <td>{c.inAccount ? t.yes : t.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {affected.length > 0 ? (
            <form onSubmit={onConfirm}>
              <div className="field">
                <label htmlFor="recall-reason-sv">{t.reasonSv}</label>
                <textarea
                  id="recall-reason-sv"
                  required
                  minLength={5}
                  value={reasonSv}
                  onChange={(e) => setReasonSv(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="recall-reason-en">{t.reasonEn}</label>
                <textarea
                  id="recall-reason-en"
                  required
                  minLength={5}
                  value={reasonEn}
                  onChange={(e) => setReasonEn(e.target.value)}
                />
              </div>
              <button type="submit" className="button" disabled={busy}>
                {t.confirm(affected.length)}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      {recall ? (
        <>
          <Alert kind="success">{t.created(recall.notices)}</Alert>
          <RecallStatus recallId={recall.id} />
        </>
      ) : null}
    </section>
  );
}
