import { useEffect, useState, type FormEvent } from 'react';
import { PageTitle } from '../components/PageTitle.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { Link, navigate } from '../router.tsx';
import { ApiError } from '../api.ts';
import { getMe, type Me } from '../account/accountApi.ts';
import { clearCart, useCart } from './cart.ts';
import { forgetIdempotencyKey, idempotencyKeyFor, placeOrder, type CheckoutBody } from './shopApi.ts';
import { useShopTexts } from './texts.ts';
import { Totals } from './Totals.tsx';
import { useQuote } from './useQuote.ts';
import { EU_COUNTRIES } from './countries.ts';
import { rememberConfirmation } from './ConfirmationPage.tsx';

const empty = {
  companyName: '',
  orgNr: '',
  vatNumber: '',
  country: 'SE',
  contactName: '',
  email: '',
  phone: '',
  street: '',
  postalCode: '',
  city: '',
};
type Form = typeof empty;

/** Server field → form field: 'body.buyer.billing.postalCode' → 'postalCode'. */
const fieldOf = (f: string) => f.replace(/^body\.buyer\.(billing\.)?/, '');

export function CheckoutPage() {
  const { s } = useShopTexts();
  const lines = useCart();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [form, setForm] = useState<Form>(empty);
  const [payment, setPayment] = useState<'invoice' | 'card'>('invoice');
  const [marketing, setMarketing] = useState<'ok' | 'refuse' | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const vat = form.country !== 'SE' && form.vatNumber.trim() ? form.vatNumber.trim() : null;
  const { quote } = useQuote(lines, me ? 'SE' : form.country, me ? null : vat);

  useEffect(() => {
    const ctrl = new AbortController();
    getMe(ctrl.signal)
      .then(setMe)
      .catch(() => setMe(null));
    return () => ctrl.abort();
  }, []);

  if (lines.length === 0)
    return (
      <section className="shop">
        <PageTitle>{s.checkoutTitle}</PageTitle>
        <p>
          {s.cartEmpty} <Link to="/">{s.toCatalog}</Link>
        </p>
      </section>
    );

  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const field = (k: keyof Form, label: string, extra: Record<string, unknown> = {}) => (
    <Field id={`checkout-${k}`} label={label} value={form[k]} onChange={set(k)} error={errors[k]} {...extra} />
  );

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setProblem(null);
    if (!me && !marketing) {
      setErrors({ marketingRefused: s.marketingRequired });
      return;
    }
    const body: CheckoutBody = {
      lines,
      paymentMethod: payment,
      ...(quote ? { expectedTotalIncVatOre: quote.totalIncVatOre } : {}),
      ...(me
        ? {}
        : {
            buyer: {
              companyName: form.companyName,
              orgNr: form.orgNr,
              vatNumber: form.vatNumber.trim() || null,
              country: form.country,
              contactName: form.contactName,
              email: form.email,
              phone: form.phone.trim() || null,
              billing: { street: form.street, postalCode: form.postalCode, city: form.city },
              marketingRefused: marketing === 'refuse',
            },
          }),
    };
    setBusy(true);
    try {
      const order = await placeOrder(body, idempotencyKeyFor(body));
      forgetIdempotencyKey();
      clearCart();
      rememberConfirmation(order);
      navigate(`/kassa/tack/${encodeURIComponent(order.orderNumber)}`);
    } catch (err) {
      const body = err instanceof ApiError ? err.body : null;
      setErrors(Object.fromEntries((body?.fields ?? []).map((f) => [fieldOf(f.field), f.message])));
      setProblem(err);
    } finally {
      setBusy(false);
    }
  }

  const apiError = problem instanceof ApiError ? problem.body : null;
  return (
    <section className="shop">
      <PageTitle>{s.checkoutTitle}</PageTitle>
      {me ? (
        <p>{s.signedInAs(me.company.name)}</p>
      ) : me === null ? (
        <p>
          {s.guestIntro} <Link to="/konto/logga-in">{s.signIn}</Link>
        </p>
      ) : null}
      {problem ? (
        <Alert kind="error">
          {apiError?.error === 'out_of_stock' ? (
            `${s.outOfStock} ${apiError.message}`
          ) : apiError?.error === 'price_changed' ? (
            s.priceChanged
          ) : apiError && apiError.error === 'validation' ? (
            apiError.message
          ) : (
            <ErrorText error={problem} />
          )}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        {me === null && (
          <>
            <fieldset>
              <legend>{s.buyerLegend}</legend>
              {field('companyName', s.companyName, { autoComplete: 'organization', required: true })}
              <div className="field">
                <label htmlFor="checkout-country">{s.country}</label>
                <select id="checkout-country" value={form.country} onChange={set('country')}>
                  {EU_COUNTRIES.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              {field('orgNr', s.orgNr, { hint: s.orgNrHint, required: form.country === 'SE' })}
              {form.country !== 'SE' && field('vatNumber', s.vatNumber, { hint: s.vatNumberHint })}
            </fieldset>
            <fieldset>
              <legend>{s.contactLegend}</legend>
              {field('contactName', s.contactName, { autoComplete: 'name', required: true })}
              {field('email', s.email, { type: 'email', autoComplete: 'email', required: true })}
              {field('phone', s.phone, { type: 'tel', autoComplete: 'tel' })}
            </fieldset>
            <fieldset>
              <legend>{s.billingLegend}</legend>
              {field('street', s.street, { autoComplete: 'street-address', required: true })}
              {field('postalCode', s.postalCode, { autoComplete: 'postal-code', required: true })}
              {field('city', s.city, { autoComplete: 'address-level2', required: true })}
            </fieldset>
            <fieldset aria-describedby="marketing-intro">
              <legend>{s.marketingLegend}</legend>
              <p id="marketing-intro">{s.marketingIntro}</p>
              {errors.marketingRefused && <p className="field-error">{errors.marketingRefused}</p>}
              <label className="choice">
                <input type="radio" name="marketing" checked={marketing === 'ok'} onChange={() => setMarketing('ok')} />{' '}
                {s.marketingOk}
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="marketing"
                  checked={marketing === 'refuse'}
                  onChange={() => setMarketing('refuse')}
                />{' '}
                {s.marketingRefuse}
              </label>
            </fieldset>
          </>
        )}
        <fieldset>
          <legend>{s.paymentLegend}</legend>
          <label className="choice">
            <input type="radio" name="payment" checked={payment === 'invoice'} onChange={() => setPayment('invoice')} />{' '}
            {s.payInvoice}
          </label>
          <label className="choice">
            <input type="radio" name="payment" checked={payment === 'card'} onChange={() => setPayment('card')} />{' '}
            {s.payCard}
          </label>
        </fieldset>
        {quote && <Totals {...quote} />}
        <p>
          <a href="/integritetspolicy">{s.privacy}</a>
        </p>
        <button type="submit" className="button" disabled={busy || me === undefined}>
          {busy ? s.placing : s.placeOrder}
        </button>
      </form>
    </section>
  );
}
