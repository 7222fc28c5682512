import { useEffect, useState } from 'react';
import { PageTitle } from '../components/PageTitle.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Link } from '../router.tsx';
import { cardPaymentStatus, startCardPayment, type OrderView } from './shopApi.ts';
import { useShopTexts } from './texts.ts';
import { Totals } from './Totals.tsx';
import { OrderLines } from './OrderLines.tsx';

const STORE = 'kliniksupport.confirmation';

/** The placed order, kept for this tab only, so the confirmation survives a reload (guests have no account to look it up). */
export function rememberConfirmation(order: OrderView): void {
  try {
    window.sessionStorage.setItem(STORE, JSON.stringify(order));
  } catch {
    // shown from memory only
  }
  memory = order;
}
let memory: OrderView | null = null;

function recall(orderNumber: string): OrderView | null {
  try {
    const o = JSON.parse(window.sessionStorage.getItem(STORE) ?? 'null') as OrderView | null;
    if (o?.orderNumber === orderNumber) return o;
  } catch {
    // fall through
  }
  return memory?.orderNumber === orderNumber ? memory : null;
}

export function ConfirmationPage({ orderNumber }: { orderNumber: string }) {
  const { s } = useShopTexts();
  const order = recall(orderNumber);
  const [problem, setProblem] = useState<unknown>(null);
  // Back from the payment page (?betalning=klar|avbruten): ask where the payment stands.
  const returned = new URLSearchParams(window.location.search).get('betalning');
  const [status, setStatus] = useState<string | null>(null);
  const orderId = order?.paymentMethod === 'card' && returned ? order.id : null;
  useEffect(() => {
    if (orderId) cardPaymentStatus(orderId).then((r) => setStatus(r.orderStatus), setProblem);
  }, [orderId]);
  const paid = (status ?? order?.status) === 'paid';

  async function pay(id: string) {
    try {
      const r = await startCardPayment(id);
      if (r.payment?.url) window.location.assign(r.payment.url);
    } catch (err) {
      setProblem(err);
    }
  }

  return (
    <section className="shop">
      <PageTitle>{s.confirmationTitle}</PageTitle>
      <p>
        {s.orderNumber}: <strong>{orderNumber}</strong>
      </p>
      {order && (
        <>
          <p>{s.confirmationMail(order.contact.email)}</p>
          {paid ? <Alert kind="success">{s.paymentDone}</Alert> : null}
          {!paid && status && returned === 'avbruten' ? <Alert>{s.paymentCancelled}</Alert> : null}
          {order.paymentMethod === 'card' && !paid && (status ?? order.status) === 'awaiting_payment' && (
            <p>
              {s.cardNext}{' '}
              <button type="button" className="button" onClick={() => void pay(order.id)}>
                {s.payNow}
              </button>
            </p>
          )}
          {problem ? (
            <Alert kind="error">
              <ErrorText error={problem} />
            </Alert>
          ) : null}
          <OrderLines lines={order.lines} />
          <Totals {...order.totals} reverseChargeText={order.reverseChargeText} />
        </>
      )}
      <p>
        <Link to="/">{s.toCatalog}</Link>
      </p>
    </section>
  );
}
