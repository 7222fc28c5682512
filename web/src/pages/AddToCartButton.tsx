import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { catalogTexts } from './catalogTexts.ts';

/** The event the cart (web/src/shop) listens for; the catalogue knows nothing else of the cart. */
export const ADD_TO_CART_EVENT = 'kliniksupport:add-to-cart';
export type AddToCartDetail = { articleNumber: string; quantity: number };

export function addToCart(detail: AddToCartDetail): void {
  window.dispatchEvent(new CustomEvent<AddToCartDetail>(ADD_TO_CART_EVENT, { detail }));
}

/** A quantity and an "add to cart" button; disabled when the product is out of stock. */
export function AddToCartButton({
  articleNumber,
  name,
  stock,
}: {
  articleNumber: string;
  name: string;
  stock: number;
}) {
  const { lang } = useI18n();
  const c = catalogTexts[lang];
  const id = useId();
  const [quantity, setQuantity] = useState('1');
  const [added, setAdded] = useState<number | null>(null);
  const max = Math.max(1, stock);
  const n = Number(quantity);
  const valid = Number.isInteger(n) && n >= 1 && n <= max;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    addToCart({ articleNumber, quantity: n });
    setAdded(n);
  }

  return (
    <form className="add-to-cart" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {c.quantityFor(name)}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={quantity}
        disabled={stock <= 0}
        onChange={(e) => {
          setQuantity(e.target.value);
          setAdded(null);
        }}
        className="quantity"
      />
      <button type="submit" className="button" disabled={stock <= 0 || !valid} aria-label={c.addToCartFor(name)}>
        {c.addToCart}
      </button>
      <span role="status" className="added">
        {added !== null ? c.added(added) : ''}
      </span>
    </form>
  );
}
