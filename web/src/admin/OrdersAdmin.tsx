import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { formatSek } from '../format.ts';
import { OrdersDetails } from './OrdersDetails.tsx';
import { ordersTexts, type OrderRow } from './OrdersTexts.ts';

const STATUSES = ['awaiting_payment', 'placed', 'paid', 'shipped', 'delivered', 'cancelled'];
const PAGE = 25;

/** Order administration: orders by status and date (each read logged), details, ship and cancel. */
export function OrdersAdmin() {
  const { lang } = useI18n();
  const t = ordersTexts[lang];
  const [status, setStatus] = useState('placed');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [items, setItems] = useState<OrderRow[] | null>(null);
  const [more, setMore] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);

  const query = useCallback(
    (before?: OrderRow) => {
      const q = new URLSearchParams({ limit: String(PAGE) });
      if (status) q.set('status', status);
      if (from) q.set('from', from);
      if (to) q.set('to', to);
      if (before?.placedAt) {
        q.set('beforePlacedAt', before.placedAt);
        q.set('beforeId', before.id);
      }
      return `/api/staff/orders?${q.toString()}`;
    },
    [status, from, to],
  );

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setFailed(undefined);
      try {
        const r = await api<{ items: OrderRow[] }>('GET', query(), undefined, signal);
        setItems(r.items);
        setMore(r.items.length === PAGE);
      } catch (error) {
        if (!isAbort(error)) setFailed(error);
      }
    },
    [query],
  );

  useEffect(() => {
    const ctrl = new AbortController();
    void load(ctrl.signal);
    return () => ctrl.abort();
  }, []);

  async function loadMore() {
    try {
      const r = await api<{ items: OrderRow[] }>('GET', query(items?.at(-1)));
      setItems((list) => [...(list ?? []), ...r.items]);
      setMore(r.items.length === PAGE);
    } catch (error) {
      setFailed(error);
    }
  }

  function onFilter(ev: FormEvent) {
    ev.preventDefault();
    setOpen(null);
    void load();
  }

  const when = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="orders-admin-title">
      <h2 id="orders-admin-title">{t.title}</h2>
      <p>{t.intro}</p>
      <form className="filters" onSubmit={onFilter} aria-label={t.title}>
        <div className="field">
          <label htmlFor="orders-status">{t.status}</label>
          <select id="orders-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t.anyStatus}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="orders-from">{t.from}</label>
          <input id="orders-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="orders-to">{t.to}</label>
          <input id="orders-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t.filter}
        </button>
      </form>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {items === null && failed === undefined ? <p className="muted">{t.loading}</p> : null}
      {items !== null && items.length === 0 ? <p role="status">{t.none}</p> : null}
      {items !== null && items.length > 0 ? (
        <div className="table-scroll">
          <table className="ropa-table">
            <caption>{t.caption(items.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.orderNumber}</th>
                <th scope="col">{t.placed}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.buyer}</th>
                <th scope="col">{t.city}</th>
                <th scope="col">{t.total}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.open('')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.orderNumber}</th>
                  <td>{o.placedAt ? when.format(new Date(o.placedAt)) : ''}</td>
                  <td>{o.status ? t.statuses[o.status] : ''}</td>
                  <td>{o.buyerName ?? t.notShown}</td>
                  <td>{o.deliveryCity ?? t.notShown}</td>
                  <td>{o.totalIncVatOre !== undefined ? formatSek(o.totalIncVatOre) : ''}</td>
                  <td>
                    <button type="button" className="button button-secondary" onClick={() => setOpen(o.id)}>
                      {t.open(o.orderNumber ?? '')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {more ? (
        <button type="button" className="button button-secondary" onClick={loadMore}>
          {t.more}
        </button>
      ) : null}
      {open ? (
        <OrdersDetails key={open} orderId={open} onClose={() => setOpen(null)} onChanged={() => void load()} />
      ) : null}
    </section>
  );
}
