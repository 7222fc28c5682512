import { formatSek } from '../format.ts';
import { useShopTexts } from './texts.ts';
import type { OrderView } from './shopApi.ts';

/** An order's lines as ordered (names as at ordering, prices excluding VAT). */
export function OrderLines({ lines }: { lines: OrderView['lines'] }) {
  const { s } = useShopTexts();
  return (
    <table className="shop-lines">
      <thead>
        <tr>
          <th scope="col">{s.article}</th>
          <th scope="col">{s.quantity}</th>
          <th scope="col">{s.unitPrice}</th>
          <th scope="col">{s.vatRate}</th>
          <th scope="col">{s.lineTotal}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.articleNumber}>
            <th scope="row">
              {l.name}
              <div className="muted">{l.articleNumber}</div>
            </th>
            <td>{l.quantity}</td>
            <td>{formatSek(l.unitPriceExVatOre)}</td>
            <td>{l.vatRate} %</td>
            <td>{formatSek(l.lineExVatOre)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
