import { useEffect, useRef, useState } from 'react';
import { api, isAbort } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { ordersTexts, type OrderDetails } from './OrdersTexts.ts';

/** One order on a need-to-know basis (purpose a.orders, read logged), with ship and cancel. */
export function OrdersDetails({
  orderId,
  onClose,
  onChanged,
}: {
  orderId: string;
  onClose(): void;
  onChanged(): void;
}) {
  const { lang } = useI18n();
  const t = ordersTexts[lang];
  const [d, setD] = useState<OrderDetails | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    api<OrderDetails>(
      'GET',
      `/api/staff/orders/${encodeURIComponent(orderId)}?purpose=a.orders`,
      undefined,
      ctrl.signal,
    ).then(
      (r) => {
        setD(r);
        ref.current?.focus();
      },
      (error: unknown) => !isAbort(error) && setFailed(error),
    );
    return () => ctrl.abort();
  }, [orderId, attempt]);

  async function act(what: 'ship' | 'cancel') {
    setBusy(true);
    setFailed(undefined);
    try {
      const r = await api<{ trackingNumber?: string }>(
        'POST',
        `/api/staff/orders/${encodeURIComponent(orderId)}/${what}`,
      );
      setDone(what === 'ship' ? t.shipped(r.trackingNumber ?? '') : t.cancelled);
      setAttempt((n) => n + 1);
      onChanged();
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  const o = d?.order;
  const lotNumber = (id?: string) => d?.lots.find((l) => l.id === id)?.lotNumber ?? '';
  return (
    <section className="card details" aria-labelledby="order-details-title" tabIndex={-1} ref={ref}>
      <h3 id="order-details-title">{t.detailsTitle(o?.orderNumber ?? '')}</h3>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {done ? <Alert kind="success">{done}</Alert> : null}
      {!d && failed === undefined ? <p className="muted">{t.loading}</p> : null}
      {o ? (
        <>
          <dl className="facts">
            <dt>{t.status}</dt>
            <dd>{o.status ? t.statuses[o.status] : ''}</dd>
            <dt>{t.buyer}</dt>
            <dd>{o.buyerName ?? t.notShown}</dd>
            <dt>{t.contact}</dt>
            <dd>{[o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(' · ') || t.notShown}</dd>
            <dt>{t.delivery}</dt>
            <dd>
              {o.deliveryStreet
                ? `${o.deliveryName ?? ''}, ${o.deliveryStreet}, ${o.deliveryPostalCode ?? ''} ${o.deliveryCity ?? ''}`
                : t.notShown}
            </dd>
          </dl>
          <h4>{t.lines}</h4>
          <ul>
            {d.lines.map((l) => (
              <li key={l.id}>
                {l.articleNumber} {l.name} × {l.quantity}
              </li>
            ))}
          </ul>
          {d.shipments.length ? (
            <>
              <h4>{t.shipments}</h4>
              {d.shipments.map((s) => (
                <div key={s.id}>
                  <p>
                    {t.tracking}:{' '}
                    {s.trackingUrl ? (
                      <a href={s.trackingUrl} target="_blank" rel="noreferrer">
                        {s.trackingNumber}
                      </a>
                    ) : (
                      s.trackingNumber
                    )}{' '}
                    · {s.status ? t.shipmentStatuses[s.status] : ''}
                  </p>
                  <p>
                    {t.lots}:{' '}
                    {d.shipmentLines
                      .filter((l) => l.shipmentId === s.id)
                      .map((l) => t.lot(lotNumber(l.lotId), l.quantity ?? 0))
                      .join(', ')}
                  </p>
                </div>
              ))}
            </>
          ) : null}
          {o.status === 'placed' || o.status === 'paid' ? (
            <div className="actions">
              <p className="field-hint">{t.shipHint}</p>
              <button type="button" className="button" disabled={busy} onClick={() => act('ship')}>
                {t.ship}
              </button>
            </div>
          ) : null}
          {o.status === 'placed' || o.status === 'paid' || o.status === 'awaiting_payment' ? (
            <div className="actions">
              <p className="field-hint">{t.cancelHint}</p>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => act('cancel')}>
                {t.cancel}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
