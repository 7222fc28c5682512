import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError, isAbort } from '../api.ts';
import { formatSek } from '../format.ts';
import { Link } from '../router.tsx';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { fetchProduct, type ProductDetails } from './catalog.ts';
import { catalogTexts } from './catalogTexts.ts';
import { AddToCartButton } from './AddToCartButton.tsx';

type State = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; p: ProductDetails };

/** /produkter/:articleNumber — one product, Swedish or English, with its expiry summary. */
export function ProductPage({ articleNumber }: { articleNumber: string }) {
  const { t, lang } = useI18n();
  const c = catalogTexts[lang];
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    fetchProduct(articleNumber, ctrl.signal).then(
      (p) => setState({ status: 'ready', p }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [articleNumber]);

  const back = (
    <p>
      <Link to="/">{c.backToCatalog}</Link>
    </p>
  );
  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (state.status === 'error') {
    const notFound = state.error instanceof ApiError && state.error.status === 404;
    return (
      <>
        <PageTitle>{notFound ? c.notFound : t.catalogTitle}</PageTitle>
        {notFound ? null : (
          <Alert>
            <ErrorText error={state.error} />
          </Alert>
        )}
        {back}
      </>
    );
  }
  const { p } = state;
  const sv = lang === 'sv';
  const name = sv ? p.nameSv : p.nameEn;
  const { expiry } = p;
  return (
    <article className="product-page" aria-labelledby="product-title">
      {back}
      <h1 id="product-title" tabIndex={-1}>
        {name}
      </h1>
      <p className="product-meta">
        {t.articleNumber} {p.articleNumber}
        {p.categories.length ? ` · ${p.categories.map((k) => (sv ? k.nameSv : k.nameEn)).join(', ')}` : ''}
      </p>
      {p.images.map((img) => (
        <img
          key={img.path}
          className="product-page-image"
          src={img.path}
          alt={sv ? img.altSv : img.altEn}
          width={240}
          height={240}
        />
      ))}
      <p className="price">
        <span className="price-main">{formatSek(p.priceExVatOre)}</span>{' '}
        <span className="price-note">{t.priceExVat}</span>
        <br />
        <span className="price-vat">
          + {formatSek(p.vatOre)} {c.vat(p.vatRate)} = {formatSek(p.priceExVatOre + p.vatOre)}{' '}
          {t.priceIncVat(p.vatRate)}
        </span>
      </p>
      <p className={p.stock > 0 ? 'stock stock-in' : 'stock stock-out'}>
        {p.stock > 0 ? t.inStock(p.stock) : t.outOfStock}
      </p>
      <AddToCartButton articleNumber={p.articleNumber} name={name} stock={p.stock} />
      <h2>{c.description}</h2>
      <p>{sv ? p.descriptionSv : p.descriptionEn}</p>
      <h2>{c.facts}</h2>
      <dl className="facts">
        {p.medicalDevice ? (
          <>
            <dt>{t.medicalDevice}</dt>
            <dd>
              {c.udiDi} {p.udiDi}
            </dd>
            {p.implantable ? <dd>{c.implantable}</dd> : null}
          </>
        ) : null}
        <dt>{c.expiryTitle}</dt>
        <dd>
          {expiry.lotsInStock === 0
            ? c.noLots
            : expiry.earliestExpiry && expiry.latestExpiry
              ? c.expiryRange(expiry.earliestExpiry, expiry.latestExpiry)
              : c.noExpiry}
        </dd>
      </dl>
    </article>
  );
}
