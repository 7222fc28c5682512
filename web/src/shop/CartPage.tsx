import { PageTitle } from '../components/PageTitle.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Link } from '../router.tsx';
import { formatSek } from '../format.ts';
import { setQuantity, useCart } from './cart.ts';
import { useShopTexts } from './texts.ts';
import { Totals } from './Totals.tsx';
import { useQuote } from './useQuote.ts';

export function CartPage() {
  const { s, lang } = useShopTexts();
  const lines = useCart();
  const { quote, error } = useQuote(lines);

  return (
    <section className="shop">
      <PageTitle>{s.cartTitle}</PageTitle>
      {lines.length === 0 ? (
        <p>
          {s.cartEmpty} <Link to="/">{s.toCatalog}</Link>
        </p>
      ) : (
        <>
          {error ? (
            <Alert kind="error">
              <ErrorText error={error} />
            </Alert>
          ) : null}
          {quote && quote.unknown.length > 0 && (
            <Alert kind="info">{s.unknownArticles(quote.unknown.join(', '))}</Alert>
          )}
          <table className="shop-lines">
            <caption className="visually-hidden">{s.cartTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{s.article}</th>
                <th scope="col">{s.quantity}</th>
                <th scope="col">{s.unitPrice}</th>
                <th scope="col">{s.vatRate}</th>
                <th scope="col">{s.lineTotal}</th>
                <th scope="col">
                  <span className="visually-hidden">{s.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(quote?.lines ?? []).map((l) => {
                const name = lang === 'sv' ? l.nameSv : l.nameEn;
                return (
                  <tr key={l.articleNumber}>
                    <th scope="row">
                      <Link to={`/produkter/${encodeURIComponent(l.articleNumber)}`}>{name}</Link>
                      <div className="muted">{l.articleNumber}</div>
                      {!l.inStock && <div className="shop-warning">{s.notInStock}</div>}
                    </th>
                    <td>
                      <input
                        type="number"
                        min={0}
                        max={999}
                        step={1}
                        inputMode="numeric"
                        className="quantity"
                        aria-label={s.quantityFor(name)}
                        value={l.quantity}
                        onChange={(e) => {
                          const n = Number(e.target.value);
                          if (Number.isInteger(n) && n >= 0) setQuantity(l.articleNumber, n);
                        }}
                      />
                    </td>
                    <td>{formatSek(l.unitPriceExVatOre)}</td>
                    <td>{l.vatRate} %</td>
                    <td>{formatSek(l.lineExVatOre)}</td>
                    <td>
                      <button
                        type="button"
                        className="button secondary"
                        aria-label={s.removeFor(name)}
                        onClick={() => setQuantity(l.articleNumber, 0)}
                      >
                        {s.remove}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {quote && (
            <>
              <Totals {...quote} />
              <p className="muted">
                {s.pricesNote} {s.freeShipping(formatSek(quote.freeShippingFromExVatOre))}
              </p>
              <Link to="/kassa" className="button">
                {s.toCheckout}
              </Link>
            </>
          )}
        </>
      )}
    </section>
  );
}
