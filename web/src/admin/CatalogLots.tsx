import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { api, ApiError } from '../api.ts';
import { Alert, ErrorText } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { catalogAdminTexts, type AdminProduct } from './CatalogTexts.ts';

type Lot = AdminProduct['lots'][number];

/** A product's lots: quantity and expiry editable in place, new lots registered below. */
export function CatalogLots({ product, onChanged }: { product: AdminProduct; onChanged(): void }) {
  const { lang } = useI18n();
  const c = catalogAdminTexts[lang];
  const base = `/api/staff/catalog/products/${encodeURIComponent(product.articleNumber)}/lots`;
  const [draft, setDraft] = useState({ lotNumber: '', expiresOn: '', quantity: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<unknown>(undefined);
  const [notice, setNotice] = useState(false);

  async function run(action: () => Promise<unknown>) {
    setErrors({});
    setFailed(undefined);
    setNotice(false);
    try {
      await action();
      setNotice(true);
      onChanged();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.body?.fields?.length) {
        setErrors(Object.fromEntries(error.body.fields.map((f) => [f.field.replace(/^body\./, ''), f.message])));
      } else setFailed(error);
      return false;
    }
  }

  async function addLot(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      api('POST', base, {
        lotNumber: draft.lotNumber.trim(),
        expiresOn: draft.expiresOn || null,
        quantity: Number(draft.quantity),
      }),
    );
    if (ok) setDraft({ lotNumber: '', expiresOn: '', quantity: '' });
  }

  return (
    <section aria-labelledby="catalog-lots-title" className="catalog-lots">
      <h3 id="catalog-lots-title">{c.lotsTitle}</h3>
      {failed !== undefined ? (
        <Alert>
          <ErrorText error={failed} />
        </Alert>
      ) : null}
      {notice ? <Alert kind="success">{c.lotSaved}</Alert> : null}
      {product.lots.length === 0 ? (
        <p>{c.noLots}</p>
      ) : (
        <div className="table-scroll">
          <table className="ropa-table">
            <caption>{c.lotsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{c.lotNumber}</th>
                <th scope="col">{c.expiresOn}</th>
                <th scope="col">{c.quantity}</th>
                <th scope="col">{c.receivedAt}</th>
                <th scope="col">
                  <span className="visually-hidden">{c.save}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {product.lots.map((l) => (
                <LotRow
                  key={`${l.id}-${l.quantity}-${l.expiresOn}`}
                  lot={l}
                  onSave={(v) => run(() => api('PUT', `${base}/${l.id}`, v))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={addLot} noValidate aria-labelledby="catalog-add-lot-title">
        <h4 id="catalog-add-lot-title">{c.addLot}</h4>
        <Field
          id="lot-number"
          label={c.lotNumber}
          value={draft.lotNumber}
          error={errors.lotNumber}
          onChange={(e) => setDraft({ ...draft, lotNumber: e.target.value })}
        />
        <Field
          id="lot-expires"
          type="date"
          label={c.expiresOn}
          value={draft.expiresOn}
          error={errors.expiresOn}
          onChange={(e) => setDraft({ ...draft, expiresOn: e.target.value })}
        />
        <Field
          id="lot-quantity"
          inputMode="numeric"
          label={c.quantity}
          value={draft.quantity}
          error={errors.quantity}
          onChange={(e) => setDraft({ ...draft, quantity: e.target.value })}
        />
        <button type="submit" className="button">
          {c.addLot}
        </button>
      </form>
    </section>
  );
}

function LotRow({
  lot,
  onSave,
}: {
  lot: Lot;
  onSave(v: { expiresOn: string | null; quantity: number }): Promise<unknown>;
}) {
  const { lang } = useI18n();
  const c = catalogAdminTexts[lang];
  const [expiresOn, setExpiresOn] = useState(lot.expiresOn ?? '');
  const [quantity, setQuantity] = useState(String(lot.quantity));
  return (
    <tr>
      <th scope="row">{lot.lotNumber}</th>
      <td>
        <input
          type="date"
          aria-label={`${c.expiresOn} ${lot.lotNumber}`}
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
        />
      </td>
      <td>
        <input
          inputMode="numeric"
          size={6}
          aria-label={`${c.quantity} ${lot.lotNumber}`}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
      </td>
      <td>{lot.receivedAt.slice(0, 10)}</td>
      <td>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void onSave({ expiresOn: expiresOn || null, quantity: Number(quantity) })}
        >
          {c.saveLot(lot.lotNumber)}
        </button>
      </td>
    </tr>
  );
}
