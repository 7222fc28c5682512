import { useI18n } from '../i18n/i18n.tsx';
import { formatSek } from '../format.ts';
import { Link } from '../router.tsx';
import { productPath, type Category, type Product } from './catalog.ts';
import { catalogTexts } from './catalogTexts.ts';
import { AddToCartButton } from './AddToCartButton.tsx';

export function ProductCard({ product: p, categories }: { product: Product; categories: Category[] }) {
  const { t, lang } = useI18n();
  const c = catalogTexts[lang];
  const name = lang === 'sv' ? p.nameSv : p.nameEn;
  const headingId = `product-${p.id}`;
  const cat = categories.find((k) => k.slug === p.categories[0]);
  return (
    <article className="product" aria-labelledby={headingId} tabIndex={-1}>
      {p.image ? <img className="product-image" src={p.image} alt="" width={96} height={96} loading="lazy" /> : null}
      {cat ? <p className="product-category">{lang === 'sv' ? cat.nameSv : cat.nameEn}</p> : null}
      <h3 id={headingId} className="product-name">
        <Link to={productPath(p.articleNumber)}>{name}</Link>
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
            + {formatSek(p.vatOre)} {c.vat(p.vatRate)} = {formatSek(p.priceExVatOre + p.vatOre)}{' '}
            {t.priceIncVat(p.vatRate)}
          </span>
        </p>
        <p className={p.stock > 0 ? 'stock stock-in' : 'stock stock-out'}>
          {p.stock > 0 ? t.inStock(p.stock) : t.outOfStock}
        </p>
      </div>
      <AddToCartButton articleNumber={p.articleNumber} name={name} stock={p.stock} />
    </article>
  );
}
