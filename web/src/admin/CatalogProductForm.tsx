import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { api, ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import type { Category } from '../pages/catalog.ts';
import { catalogAdminTexts, type AdminProduct } from './CatalogTexts.ts';

const toKr = (ore: number) => (ore / 100).toFixed(2).replace('.', ',');
/** "89,50" → 8950; NaN when not an amount with at most two decimals. */
export function krToOre(s: string): number {
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s.replace(/\s/g, ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : Number.NaN;
}

type Draft = Omit<AdminProduct, 'priceExVatOre' | 'stock' | 'udiDi' | 'lots'> & {
  price: string;
  stock: string;
  udiDi: string;
};

/** Create (no `product`) or edit a product; errors from the server are shown beside their field. */
export function CatalogProductForm(props: {
  product: AdminProduct | null;
  categories: Category[];
  onSaved(p: AdminProduct): void;
}) {
  const { lang } = useI18n();
  const c = catalogAdminTexts[lang];
  const p = props.product;
  const [d, setD] = useState<Draft>(() => ({
    articleNumber: p?.articleNumber ?? '',
    nameSv: p?.nameSv ?? '',
    nameEn: p?.nameEn ?? '',
    descriptionSv: p?.descriptionSv ?? '',
    descriptionEn: p?.descriptionEn ?? '',
    price: p ? toKr(p.priceExVatOre) : '',
    vatRate: p?.vatRate ?? 25,
    stock: String(p?.stock ?? 0),
    medicalDevice: p?.medicalDevice ?? false,
    udiDi: p?.udiDi ?? '',
    implantable: p?.implantable ?? false,
    categories: p?.categories ?? [],
    images: p?.images ?? [],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setD((x) => ({ ...x, [k]: v }));
    setSaved(false);
  };
  const id = (f: string) => `catalog-${f}`;
  const err = (f: string) => errors[f];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailed(undefined);
    setErrors({});
    const { articleNumber, price, stock, udiDi, ...rest } = d;
    const body = {
      ...rest,
      priceExVatOre: krToOre(price),
      stock: Number(stock),
      udiDi: udiDi.trim() || null,
    };
    try {
      const res = p
        ? await api<AdminProduct>('PUT', `/api/staff/catalog/products/${encodeURIComponent(p.articleNumber)}`, body)
        : await api<AdminProduct>('POST', '/api/staff/catalog/products', {
            ...body,
            articleNumber: articleNumber.trim(),
          });
      setSaved(true);
      props.onSaved(res);
    } catch (error) {
      if (error instanceof ApiError && error.body?.fields?.length) {
        setErrors(
          Object.fromEntries(error.body.fields.map((f) => [f.field.replace(/^body\.?/, '') || 'form', f.message])),
        );
      } else setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="catalog-form-title" className="catalog-form">
      <h3 id="catalog-form-title">{p ? c.editTitle(p.articleNumber) : c.createTitle}</h3>
      {hasErrors ? <Alert>{errors.form ? `${c.fixErrors} ${errors.form}` : c.fixErrors}</Alert> : null}
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {saved ? <Alert kind="success">{c.saved}</Alert> : null}
      {p ? null : (
        <Field
          id={id('articleNumber')}
          label={c.articleNumber}
          value={d.articleNumber}
          error={err('articleNumber')}
          onChange={(e) => set('articleNumber', e.target.value)}
          required
        />
      )}
      <Field
        id={id('nameSv')}
        label={c.nameSv}
        value={d.nameSv}
        error={err('nameSv')}
        onChange={(e) => set('nameSv', e.target.value)}
        required
      />
      <Field
        id={id('nameEn')}
        label={c.nameEn}
        value={d.nameEn}
        error={err('nameEn')}
        onChange={(e) => set('nameEn', e.target.value)}
        required
      />
      {(['descriptionSv', 'descriptionEn'] as const).map((f) => (
        <div key={f} className={`field${err(f) ? ' field-invalid' : ''}`}>
          <label htmlFor={id(f)}>{c[f]}</label>
          {err(f) ? (
            <p className="field-error" id={`${id(f)}-error`}>
              {err(f)}
            </p>
          ) : null}
          <textarea
            id={id(f)}
            rows={3}
            value={d[f]}
            onChange={(e) => set(f, e.target.value)}
            aria-invalid={err(f) ? true : undefined}
            aria-describedby={err(f) ? `${id(f)}-error` : undefined}
          />
        </div>
      ))}
      <Field
        id={id('price')}
        label={c.priceKr}
        hint={c.priceHint}
        inputMode="decimal"
        value={d.price}
        error={err('priceExVatOre')}
        onChange={(e) => set('price', e.target.value)}
        required
      />
      <div className={`field${err('vatRate') ? ' field-invalid' : ''}`}>
        <label htmlFor={id('vatRate')}>{c.vatRate}</label>
        {err('vatRate') ? <p className="field-error">{err('vatRate')}</p> : null}
        <select id={id('vatRate')} value={d.vatRate} onChange={(e) => set('vatRate', Number(e.target.value))}>
          {[25, 12, 6].map((r) => (
            <option key={r} value={r}>
              {r} %
            </option>
          ))}
        </select>
      </div>
      <Field
        id={id('stock')}
        label={c.stock}
        inputMode="numeric"
        value={d.stock}
        error={err('stock')}
        onChange={(e) => set('stock', e.target.value)}
      />
      <div className="field checkbox">
        <input
          id={id('medicalDevice')}
          type="checkbox"
          checked={d.medicalDevice}
          onChange={(e) => set('medicalDevice', e.target.checked)}
        />
        <label htmlFor={id('medicalDevice')}>{c.medicalDevice}</label>
      </div>
      <Field
        id={id('udiDi')}
        label={c.udiDi}
        hint={c.udiHint}
        inputMode="numeric"
        value={d.udiDi}
        error={err('udiDi')}
        onChange={(e) => set('udiDi', e.target.value)}
      />
      <div className={`field${err('implantable') ? ' field-invalid' : ''}`}>
        <div className="checkbox">
          <input
            id={id('implantable')}
            type="checkbox"
            checked={d.implantable}
            onChange={(e) => set('implantable', e.target.checked)}
            aria-invalid={err('implantable') ? true : undefined}
            aria-describedby={`${err('implantable') ? `${id('implantable-error')} ` : ''}${id('implantable-hint')}`}
          />
          <label htmlFor={id('implantable')}>{c.implantable}</label>
        </div>
        {err('implantable') ? (
          <p className="field-error" id={id('implantable-error')}>
            {err('implantable')}
          </p>
        ) : null}
        <p className="field-hint" id={id('implantable-hint')}>
          {c.implantableHint}
        </p>
      </div>
      <fieldset
        className={err('categories') ? 'field-invalid' : undefined}
        aria-describedby={err('categories') ? id('categories-error') : undefined}
      >
        <legend>{c.categories}</legend>
        {err('categories') ? (
          <p className="field-error" id={id('categories-error')}>
            {err('categories')}
          </p>
        ) : null}
        {props.categories.map((k) => (
          <div key={k.slug} className="checkbox">
            <input
              id={id(`cat-${k.slug}`)}
              type="checkbox"
              checked={d.categories.includes(k.slug)}
              onChange={(e) =>
                set(
                  'categories',
                  e.target.checked ? [...d.categories, k.slug] : d.categories.filter((s) => s !== k.slug),
                )
              }
            />
            <label htmlFor={id(`cat-${k.slug}`)}>{lang === 'sv' ? k.nameSv : k.nameEn}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {c.save}
      </button>
    </form>
  );
}
