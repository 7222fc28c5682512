import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { isAbort } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import {
  EMPTY_QUERY,
  fetchCategories,
  fetchProducts,
  pageParams,
  queryFromSearch,
  type CatalogQuery,
  type Category,
  type Product,
} from './catalog.ts';
import { CategoryNav, FilterForm } from './CatalogFilters.tsx';
import { catalogTexts } from './catalogTexts.ts';
import { ProductCard } from './ProductCard.tsx';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      items: Product[];
      total: number;
      next: string | null;
      more: 'idle' | 'loading' | { error: unknown };
    };

export function StorefrontPage() {
  const { t, lang } = useI18n();
  const c = catalogTexts[lang];
  const [filters, setFilters] = useState<CatalogQuery>(() => queryFromSearch(window.location.search));
  const query = filters.q;
  const [draft, setDraft] = useState(query);
  const [categories, setCategories] = useState<Category[]>([]);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const firstNewIndex = useRef<number | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    fetchProducts(filters, undefined, ctrl.signal).then(
      (page) =>
        setState({ status: 'ready', items: page.items, total: page.total, next: page.nextCursor, more: 'idle' }),
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [filters, attempt]);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchCategories(ctrl.signal).then(setCategories, () => setCategories([]));
    return () => ctrl.abort();
  }, []);

  function apply(next: CatalogQuery) {
    window.history.replaceState(null, '', `/${pageParams(next)}`);
    setFilters(next);
    setAttempt((n) => n + 1);
  }

  // After "Visa fler", move focus to the first new product so keyboard users continue there.
  useEffect(() => {
    const i = firstNewIndex.current;
    if (i === null || state.status !== 'ready') return;
    firstNewIndex.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('.product')[i]?.focus();
  }, [state]);

  function onSearch(e: FormEvent) {
    e.preventDefault();
    apply({ ...filters, q: draft.trim() });
  }

  function clearSearch() {
    setDraft('');
    apply({ ...filters, q: '' });
  }

  async function showMore() {
    if (state.status !== 'ready') return;
    if (!state.next) return;
    setState({ ...state, more: 'loading' });
    try {
      const page = await fetchProducts(filters, state.next);
      firstNewIndex.current = state.items.length;
      setState({
        status: 'ready',
        items: [...state.items, ...page.items],
        total: page.total,
        next: page.nextCursor,
        more: 'idle',
      });
    } catch (error) {
      setState({ ...state, more: { error } });
    }
  }

  return (
    <>
      <div className="page-intro">
        <PageTitle>{t.catalogTitle}</PageTitle>
        <p className="lead">{t.catalogIntro}</p>
      </div>

      <form role="search" className="search" onSubmit={onSearch} aria-label={t.searchLabel}>
        <label htmlFor="catalog-search">{t.searchLabel}</label>
        <p id="catalog-search-hint" className="field-hint">
          {t.searchHint}
        </p>
        <div className="search-row">
          <input
            id="catalog-search"
            type="search"
            name="q"
            maxLength={100}
            autoComplete="off"
            aria-describedby="catalog-search-hint"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button">
            {t.searchButton}
          </button>
          {query ? (
            <button type="button" className="button button-secondary" onClick={clearSearch}>
              {t.clearSearch}
            </button>
          ) : null}
        </div>
      </form>

      <div className="catalog-layout">
        <aside className="catalog-side">
          <CategoryNav
            categories={categories}
            current={filters.category}
            onSelect={(category) => apply({ ...filters, category })}
          />
          <FilterForm key={attempt} query={filters} onApply={apply} />
          {pageParams({ ...filters, q: '' }) ? (
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => apply({ ...EMPTY_QUERY, q: query })}
              >
                {c.clearFilters}
              </button>
            </p>
          ) : null}
        </aside>
        <section aria-labelledby="catalog-results" aria-busy={state.status === 'loading'}>
          <h2 id="catalog-results" className="visually-hidden">
            {t.catalogTitle}
          </h2>
          {state.status === 'loading' ? <p className="muted">{t.loading}</p> : null}
          {state.status === 'error' ? (
            <Alert>
              <p>
                <ErrorText error={state.error} />
              </p>
              <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
                {t.retry}
              </button>
            </Alert>
          ) : null}
          {state.status === 'ready' ? (
            <>
              <p className="result-count" role="status">
                {state.items.length === 0
                  ? query
                    ? t.noProductsFor(query)
                    : t.noProducts
                  : query
                    ? t.resultCountFor(state.items.length, state.total, query)
                    : t.resultCount(state.items.length, state.total)}
              </p>
              {state.items.length > 0 ? (
                <ul className="product-grid" ref={listRef}>
                  {state.items.map((p) => (
                    <li key={p.id}>
                      <ProductCard product={p} categories={categories} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {typeof state.more === 'object' ? (
                <Alert>
                  <ErrorText error={state.more.error} />
                </Alert>
              ) : null}
              {state.next ? (
                <p className="more">
                  <button type="button" className="button" onClick={showMore} disabled={state.more === 'loading'}>
                    {state.more === 'loading' ? t.loading : t.showMore}
                  </button>
                </p>
              ) : null}
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
