import { formatSek } from '../format.ts';
import { useShopTexts } from './texts.ts';
import type { VatRow } from './shopApi.ts';

/** Goods, shipping, VAT per rate, öresavrundning and the total to pay, as on the invoice. */
export function Totals(props: {
  goodsExVatOre: number;
  shippingExVatOre: number;
  vatByRate: VatRow[];
  roundingOre: number;
  totalIncVatOre: number;
  reverseChargeText: string | null;
}) {
  const { s } = useShopTexts();
  return (
    <dl className="shop-totals">
      <dt>{s.goods}</dt>
      <dd>{formatSek(props.goodsExVatOre)}</dd>
      <dt>{s.shipping}</dt>
      <dd>{formatSek(props.shippingExVatOre)}</dd>
      {props.vatByRate.map((r) => (
        <div key={r.rate} className="shop-totals-row">
          <dt>{s.vatAt(r.rate)}</dt>
          <dd>{formatSek(r.vatOre)}</dd>
        </div>
      ))}
      <dt>{s.rounding}</dt>
      <dd>{formatSek(props.roundingOre)}</dd>
      <dt className="shop-total">{s.toPay}</dt>
      <dd className="shop-total">{formatSek(props.totalIncVatOre)}</dd>
      {props.reverseChargeText && <p className="shop-reverse-charge">{props.reverseChargeText}</p>}
    </dl>
  );
}
