import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { SORTS, type CatalogQuery, type Category, type Sort } from './catalog.ts';
import { catalogTexts } from './catalogTexts.ts';

/** Category navigation: a list of buttons, the current one marked for assistive technology. */
export function CategoryNav(props: { categories: Category[]; current: string; onSelect(slug: string): void }) {
  const { lang } = useI18n();
  const c = catalogTexts[lang];
  const item = (slug: string, label: string, n?: number) => (
    <li key={slug || 'all'}>
      <button
        type="button"
        className={props.current === slug ? 'category category-current' : 'category'}
        aria-pressed={props.current === slug}
        onClick={() => props.onSelect(slug)}
      >
        {label}
        {n !== undefined ? <span className="muted"> ({n})</span> : null}
      </button>
    </li>
  );
  return (
    <nav aria-labelledby="category-nav-title" className="category-nav">
      <h2 id="category-nav-title">{c.categories}</h2>
      <ul>
        {item('', c.allCategories)}
        {props.categories.map((k) => item(k.slug, lang === 'sv' ? k.nameSv : k.nameEn, k.productCount))}
      </ul>
    </nav>
  );
}

/** Price range, stock, medical devices and sort order; applied with the button. */
export function FilterForm({ query, onApply }: { query: CatalogQuery; onApply(q: CatalogQuery): void }) {
  const { lang } = useI18n();
  const c = catalogTexts[lang];
  const [draft, setDraft] = useState(query);
  const set = <K extends keyof CatalogQuery>(k: K, v: CatalogQuery[K]) => setDraft((d) => ({ ...d, [k]: v }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onApply({ ...draft, q: query.q, category: query.category });
  }

  return (
    <form className="filters" onSubmit={onSubmit} aria-labelledby="filters-title">
      <h2 id="filters-title">{c.filters}</h2>
      <div className="filter-row">
        <label htmlFor="filter-min">{c.minPrice}</label>
        <input
          id="filter-min"
          inputMode="numeric"
          pattern="[0-9]*"
          value={draft.minKr}
          onChange={(e) => set('minKr', e.target.value)}
        />
      </div>
      <div className="filter-row">
        <label htmlFor="filter-max">{c.maxPrice}</label>
        <input
          id="filter-max"
          inputMode="numeric"
          pattern="[0-9]*"
          value={draft.maxKr}
          onChange={(e) => set('maxKr', e.target.value)}
        />
      </div>
      <div className="filter-row checkbox">
        <input
          id="filter-stock"
          type="checkbox"
          checked={draft.inStock}
          onChange={(e) => set('inStock', e.target.checked)}
        />
        <label htmlFor="filter-stock">{c.inStockOnly}</label>
      </div>
      <div className="filter-row checkbox">
        <input
          id="filter-device"
          type="checkbox"
          checked={draft.medicalDevice}
          onChange={(e) => set('medicalDevice', e.target.checked)}
        />
        <label htmlFor="filter-device">{c.devicesOnly}</label>
      </div>
      <div className="filter-row">
        <label htmlFor="filter-sort">{c.sort}</label>
        <select id="filter-sort" value={draft.sort} onChange={(e) => set('sort', e.target.value as Sort)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {c.sorts[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {c.apply}
      </button>
    </form>
  );
}
