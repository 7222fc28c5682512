import { useI18n } from '../i18n/i18n.tsx';
import { formatSek, withVat } from '../format.ts';
import type { Product } from './catalog.ts';

export function ProductCard({ product: p }: { product: Product }) {
  const { t, lang } = useI18n();
  const name = lang === 'sv' ? p.nameSv : p.nameEn;
  const headingId = `product-${p.id}`;
  return (
    <article className="product" aria-labelledby={headingId} tabIndex={-1}>
      <p className="product-category">{p.category}</p>
      <h3 id={headingId} className="product-name">
        {name}
      </h3>
      <p className="product-meta">
        {t.articleNumber} {p.articleNumber}
      </p>
      {p.medicalDevice ? <p className="badge">{t.medicalDevice}</p> : null}
      <div className="product-footer">
        <p className="price">
          <span className="price-main">{formatSek(p.priceExVatOre)}</span>{' '}
          <span className="price-note">{t.priceExVat}</span>
          <br />
          <span className="price-vat">
            {formatSek(withVat(p.priceExVatOre, p.vatRate))} {t.priceIncVat(p.vatRate)}
          </span>
        </p>
        <p className={p.stock > 0 ? 'stock stock-in' : 'stock stock-out'}>
          {p.stock > 0 ? t.inStock(p.stock) : t.outOfStock}
        </p>
      </div>
    </article>
  );
}
