import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '#src/platform/db/index.ts';
import { validationError } from '#src/platform/errors/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { FREE_SHIPPING_FROM_EX_VAT_ORE, priceCart } from './checkout.pricing.ts';
import { checkVatNumber } from './checkout.vat.ts';
import type { quoteRequestSchema } from './checkout.schema.ts';
import { REVERSE_CHARGE_TEXT } from './orders.view.ts';

export const quoteSchema = z.object({
  lines: z.array(
    z.object({
      articleNumber: z.string(),
      nameSv: z.string(),
      nameEn: z.string(),
      quantity: z.int(),
      unitPriceExVatOre: z.int(),
      vatRate: z.int(),
      lineExVatOre: z.int(),
      lineVatOre: z.int(),
      /** Whether the stock covers the quantity now (it is reserved only at checkout). */
      inStock: z.boolean(),
    }),
  ),
  /** Articles in the cart that no longer exist (the cart page drops them). */
  unknown: z.array(z.string()),
  goodsExVatOre: z.int(),
  shippingExVatOre: z.int(),
  shippingVatOre: z.int(),
  freeShippingFromExVatOre: z.int(),
  vatByRate: z.array(z.object({ rate: z.int(), baseOre: z.int(), vatOre: z.int() })),
  vatOre: z.int(),
  roundingOre: z.int(),
  totalIncVatOre: z.int(),
  reverseCharge: z.boolean(),
  reverseChargeText: z.string().nullable(),
});
export type Quote = z.infer<typeof quoteSchema>;

/**
 * Prices a cart the way checkout will (same module, same rules), so the cart and checkout pages
 * show what will be charged. Reads only the catalogue; writes nothing.
 */
export async function quoteCart(db: Db, req: z.output<typeof quoteRequestSchema>): Promise<Quote> {
  let reverseCharge = false;
  if (req.vatNumber && req.country !== 'SE') {
    const checked = checkVatNumber(req.vatNumber, req.country);
    if (!checked.ok) throw validationError('body.vatNumber', checked.message);
    reverseCharge = true;
  }
  const rows = await db
    .select({
      articleNumber: products.articleNumber,
      nameSv: products.nameSv,
      nameEn: products.nameEn,
      priceExVatOre: products.priceExVatOre,
      vatRate: products.vatRate,
      stock: products.stock,
    })
    .from(products)
    .where(
      inArray(
        products.articleNumber,
        req.lines.map((l) => l.articleNumber),
      ),
    );
  const by = new Map(rows.map((r) => [r.articleNumber, r]));
  const known = req.lines.flatMap((l) => {
    const p = by.get(l.articleNumber);
    return p ? [{ ...l, p }] : [];
  });
  const price = priceCart(
    known.map((k) => ({ unitPriceExVatOre: k.p.priceExVatOre, vatRate: k.p.vatRate, quantity: k.quantity })),
    { reverseCharge },
  );
  return {
    lines: known.map((k, i) => ({
      articleNumber: k.articleNumber,
      nameSv: k.p.nameSv,
      nameEn: k.p.nameEn,
      quantity: k.quantity,
      unitPriceExVatOre: k.p.priceExVatOre,
      vatRate: k.p.vatRate,
      lineExVatOre: price.lines[i]!.lineExVatOre,
      lineVatOre: price.lines[i]!.lineVatOre,
      inStock: k.p.stock >= k.quantity,
    })),
    unknown: req.lines.filter((l) => !by.has(l.articleNumber)).map((l) => l.articleNumber),
    goodsExVatOre: price.goodsExVatOre,
    shippingExVatOre: price.shippingExVatOre,
    shippingVatOre: price.shippingVatOre,
    freeShippingFromExVatOre: FREE_SHIPPING_FROM_EX_VAT_ORE,
    vatByRate: price.vatByRate,
    vatOre: price.vatOre,
    roundingOre: price.roundingOre,
    totalIncVatOre: price.totalIncVatOre,
    reverseCharge,
    reverseChargeText: reverseCharge ? REVERSE_CHARGE_TEXT : null,
  };
}
