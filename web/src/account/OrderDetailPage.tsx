import { useEffect, useState } from 'react';
import { PageTitle } from '../components/PageTitle.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Link, navigate } from '../router.tsx';
import { ApiError } from '../api.ts';
import { getOrder, type OrderView } from '../shop/shopApi.ts';
import { useShopTexts } from '../shop/texts.ts';
import { OrderLines } from '../shop/OrderLines.tsx';
import { Totals } from '../shop/Totals.tsx';
import { formatDate } from './texts.ts';

export function OrderDetailPage({ orderNumber }: { orderNumber: string }) {
  const { s, lang } = useShopTexts();
  const [order, setOrder] = useState<OrderView | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    getOrder(orderNumber, ctrl.signal)
      .then(setOrder)
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 401) navigate('/konto/logga-in', { replace: true });
        else if (!ctrl.signal.aborted) setProblem(err);
      });
    return () => ctrl.abort();
  }, [orderNumber]);

  return (
    <section className="shop">
      <PageTitle>{`${s.orderNumber} ${orderNumber}`}</PageTitle>
      {problem ? (
        <Alert kind="error">
          <ErrorText error={problem} />
        </Alert>
      ) : null}
      {order && (
        <>
          <p>
            {formatDate(order.placedAt.slice(0, 10), lang)} · {s.statuses[order.status] ?? order.status} ·{' '}
            {order.contact.name}
          </p>
          {order.invoice?.pdfUrl && (
            <p>
              <a href={order.invoice.pdfUrl}>{s.invoicePdf}</a>
            </p>
          )}
          {order.shipments
            ?.filter((sh) => sh.trackingUrl)
            .map((sh) => (
              <p key={sh.trackingUrl!}>
                <a href={sh.trackingUrl!} rel="noreferrer">
                  {s.tracking}
                </a>
              </p>
            ))}
          <h2>{s.deliveryTo}</h2>
          <address>
            {order.delivery.name}
            <br />
            {order.delivery.street}
            <br />
            {order.delivery.postalCode} {order.delivery.city}
          </address>
          <OrderLines lines={order.lines} />
          <Totals {...order.totals} reverseChargeText={order.reverseChargeText} />
        </>
      )}
      <p>
        <Link to="/konto/ordrar">{s.back}</Link>
      </p>
    </section>
  );
}
