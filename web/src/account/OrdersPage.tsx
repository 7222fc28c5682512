import { useEffect, useState } from 'react';
import { PageTitle } from '../components/PageTitle.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Link, navigate } from '../router.tsx';
import { ApiError } from '../api.ts';
import { formatSek } from '../format.ts';
import { getOrders, type OrderSummary } from '../shop/shopApi.ts';
import { useShopTexts } from '../shop/texts.ts';
import { formatDate } from './texts.ts';

/** The company's orders with status; invoice PDF and tracking links appear when invoicing and deliveries provide them. */
export function OrdersPage() {
  const { s, lang } = useShopTexts();
  const [orders, setOrders] = useState<OrderSummary[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    getOrders(ctrl.signal)
      .then((r) => setOrders(r.orders))
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 401) navigate('/konto/logga-in', { replace: true });
        else if (!ctrl.signal.aborted) setProblem(err);
      });
    return () => ctrl.abort();
  }, []);

  return (
    <section className="shop">
      <PageTitle>{s.ordersTitle}</PageTitle>
      <p>{s.ordersIntro}</p>
      {problem ? (
        <Alert kind="error">
          <ErrorText error={problem} />
        </Alert>
      ) : null}
      {orders && orders.length === 0 && <p>{s.noOrders}</p>}
      {orders && orders.length > 0 && (
        <table className="shop-lines">
          <thead>
            <tr>
              <th scope="col">{s.orderNumber}</th>
              <th scope="col">{s.placedAt}</th>
              <th scope="col">{s.status}</th>
              <th scope="col">{s.total}</th>
              <th scope="col">{s.placedBy}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.orderNumber}>
                <th scope="row">
                  <Link to={`/konto/ordrar/${encodeURIComponent(o.orderNumber)}`}>{o.orderNumber}</Link>
                  {o.invoice?.pdfUrl && (
                    <div>
                      <a href={o.invoice.pdfUrl}>{s.invoicePdf}</a>
                    </div>
                  )}
                  {o.shipments
                    ?.filter((sh) => sh.trackingUrl)
                    .map((sh) => (
                      <div key={sh.trackingUrl!}>
                        <a href={sh.trackingUrl!} rel="noreferrer">
                          {s.tracking}
                        </a>
                      </div>
                    ))}
                </th>
                <td>{formatDate(o.placedAt.slice(0, 10), lang)}</td>
                <td>{s.statuses[o.status] ?? o.status}</td>
                <td>{formatSek(o.totalIncVatOre)}</td>
                <td>{o.contactName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to="/konto">{s.back}</Link>
      </p>
    </section>
  );
}
