import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { api } from '../api.ts';
import { formatSek } from '../format.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { EMPTY_QUERY, fetchCategories, fetchProducts, type Category, type Product } from '../pages/catalog.ts';
import { catalogAdminTexts, type AdminProduct } from './CatalogTexts.ts';
import { CatalogProductForm } from './CatalogProductForm.tsx';
import { CatalogLots } from './CatalogLots.tsx';
import { CatalogImport } from './CatalogImport.tsx';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; product: AdminProduct };

/** Order administration's catalogue: list and search, create, edit, lots, CSV import. */
export function CatalogAdmin() {
  const { lang } = useI18n();
  const c = catalogAdminTexts[lang];
  const [q, setQ] = useState('');
  const [draft, setDraft] = useState('');
  const [items, setItems] = useState<Product[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [categories, setCategories] = useState<Category[]>([]);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchProducts({ ...EMPTY_QUERY, q }, undefined, ctrl.signal).then(
      (page) => {
        setItems(page.items);
        setTotal(page.total);
        setNext(page.nextCursor);
      },
      (error: unknown) => setFailed(error),
    );
    fetchCategories(ctrl.signal).then(setCategories, () => setCategories([]));
    return () => ctrl.abort();
  }, [q, reload]);

  async function more() {
    if (!next) return;
    try {
      const page = await fetchProducts({ ...EMPTY_QUERY, q }, next);
      setItems((xs) => [...xs, ...page.items]);
      setNext(page.nextCursor);
    } catch (error) {
      setFailed(error);
    }
  }

  const open = useCallback(async (articleNumber: string) => {
    try {
      const product = await api<AdminProduct>(
        'GET',
        `/api/staff/catalog/products/${encodeURIComponent(articleNumber)}`,
      );
      setEditing({ kind: 'edit', product });
    } catch (error) {
      setFailed(error);
    }
  }, []);

  function onSearch(e: FormEvent) {
    e.preventDefault();
    setQ(draft.trim());
  }

  return (
    <section className="card" aria-labelledby="catalog-admin-title">
      <h2 id="catalog-admin-title">{c.title}</h2>
      <p>{c.intro}</p>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      <form role="search" onSubmit={onSearch} className="search-row">
        <label htmlFor="catalog-admin-search">{c.search}</label>
        <input id="catalog-admin-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button">
          {c.searchButton}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'new' })}>
          {c.newProduct}
        </button>
      </form>
      <div className="table-scroll">
        <table className="ropa-table">
          <caption>{c.listCaption(items.length, total)}</caption>
          <thead>
            <tr>
              <th scope="col">{c.articleNumber}</th>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.price}</th>
              <th scope="col">{c.stock}</th>
              <th scope="col">{c.device}</th>
              <th scope="col">
                <span className="visually-hidden">{c.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.articleNumber}</th>
                <td>{lang === 'sv' ? p.nameSv : p.nameEn}</td>
                <td>{formatSek(p.priceExVatOre)}</td>
                <td>{p.stock}</td>
                <td>{p.medicalDevice ? c.yes : c.no}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={c.editWho(p.articleNumber)}
                    onClick={() => void open(p.articleNumber)}
                  >
                    {c.edit}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <p>
          <button type="button" className="button" onClick={() => void more()}>
            {c.more}
          </button>
        </p>
      ) : null}
      {editing.kind !== 'none' ? (
        <div className="catalog-editor">
          <CatalogProductForm
            key={editing.kind === 'edit' ? editing.product.articleNumber : 'new'}
            product={editing.kind === 'edit' ? editing.product : null}
            categories={categories}
            onSaved={(p) => {
              setEditing({ kind: 'edit', product: p });
              setReload((n) => n + 1);
            }}
          />
          {editing.kind === 'edit' ? (
            <CatalogLots product={editing.product} onChanged={() => void open(editing.product.articleNumber)} />
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'none' })}>
            {c.cancel}
          </button>
        </div>
      ) : null}
      <CatalogImport onImported={() => setReload((n) => n + 1)} />
    </section>
  );
}
