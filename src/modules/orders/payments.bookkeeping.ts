import {
  CARD_RECEIVABLES,
  EU_REVERSE_CHARGE_SALES,
  ROUNDING,
  salesAccountByRate,
  vatAccountByRate,
} from './bookkeeping.accounts.ts';
import type { VoucherLineInput } from './bookkeeping.service.ts';
import { amountsPerRate } from './invoices.service.ts';
import type { OrderWithLines } from './orders.find.ts';

const VAT_RATES = [25, 12, 6];

/** The VAT rate shipping was charged at: the rate its VAT amount matches (25 % if none does). */
function shippingRate(exOre: number, vatOre: number): number {
  if (exOre <= 0 || vatOre === 0) return 25;
  const off = (r: number) => Math.abs(Math.round((exOre * r) / 100) - vatOre);
  return VAT_RATES.reduce((best, r) => (off(r) < off(best) ? r : best));
}

/**
 * The voucher of a card sale, booked when the payment is captured: the card acquirer owes us the
 * amount paid (1580 debit); sales per VAT rate (30xx, or 3108 under reverse charge), output VAT
 * (26x1) and öresavrundning (3740) credit. Goods and shipping, as on an invoice.
 */
export function cardSaleVoucherLines(order: OrderWithLines): VoucherLineInput[] {
  const rc = order.reverseCharge;
  const taxed = order.lines.map((l) => ({
    vatRate: rc ? 0 : l.vatRate,
    lineExVatOre: l.quantity * l.unitPriceExVatOre,
    lineVatOre: rc ? 0 : l.lineVatOre,
  }));
  if (order.shippingExVatOre > 0) {
    taxed.push({
      vatRate: rc ? 0 : shippingRate(order.shippingExVatOre, order.shippingVatOre),
      lineExVatOre: order.shippingExVatOre,
      lineVatOre: rc ? 0 : order.shippingVatOre,
    });
  }
  const out: VoucherLineInput[] = [{ account: CARD_RECEIVABLES, amountOre: order.totalIncVatOre }];
  for (const r of amountsPerRate(taxed)) {
    const sales = rc ? EU_REVERSE_CHARGE_SALES : salesAccountByRate[r.rate];
    const vat = vatAccountByRate[r.rate];
    if (!sales || (!rc && !vat)) throw new Error(`no accounts for VAT rate ${r.rate}`);
    if (r.exVatOre !== 0) out.push({ account: sales, amountOre: -r.exVatOre });
    if (r.vatOre !== 0) out.push({ account: vat!, amountOre: -r.vatOre });
  }
  if (order.roundingOre !== 0) out.push({ account: ROUNDING, amountOre: -order.roundingOre });
  return out;
}
