import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { productLots } from '#src/modules/catalog/index.ts';
import { AppError } from '#src/platform/errors/index.ts';
import type { Tx } from './checkout.hooks.ts';

export type LotStock = { id: string; lotNumber: string; expiresOn: string | null; quantity: number };
export type LotTake = { lotId: string; lotNumber: string; quantity: number };

/**
 * First expired, first out: units come from the lot that expires soonest (lots without an expiry
 * date last, then the oldest lot number); lots already past their last day of use are never
 * shipped. Returns what to take from each lot, or the number of units missing.
 */
export function allocateFefo(
  lots: readonly LotStock[],
  quantity: number,
  today: string,
): { ok: true; takes: LotTake[] } | { ok: false; missing: number } {
  const usable = lots
    .filter((l) => l.quantity > 0 && (l.expiresOn === null || l.expiresOn >= today))
    .sort(
      (a, b) =>
        (a.expiresOn ?? '9999-12-31').localeCompare(b.expiresOn ?? '9999-12-31') ||
        a.lotNumber.localeCompare(b.lotNumber),
    );
  const takes: LotTake[] = [];
  let left = quantity;
  for (const lot of usable) {
    if (left === 0) break;
    const n = Math.min(left, lot.quantity);
    takes.push({ lotId: lot.id, lotNumber: lot.lotNumber, quantity: n });
    left -= n;
  }
  return left === 0 ? { ok: true, takes } : { ok: false, missing: left };
}

/**
 * Assigns lots to every unit of an order (FEFO) inside the shipping transaction: the product's
 * lots are locked, taken from, and their quantities decremented. Not enough usable stock in
 * lots: a conflict naming the article, and nothing is written.
 */
export async function assignLots(
  tx: Tx,
  lines: readonly { productId: string; articleNumber: string; quantity: number }[],
  today: string,
): Promise<{ productId: string; takes: LotTake[] }[]> {
  const wanted = new Map<string, { articleNumber: string; quantity: number }>();
  for (const l of lines) {
    const w = wanted.get(l.productId);
    wanted.set(l.productId, { articleNumber: l.articleNumber, quantity: (w?.quantity ?? 0) + l.quantity });
  }
  const productIds = [...wanted.keys()].sort();
  if (productIds.length === 0) return [];
  const lots = await tx
    .select({
      id: productLots.id,
      productId: productLots.productId,
      lotNumber: productLots.lotNumber,
      expiresOn: productLots.expiresOn,
      quantity: productLots.quantity,
    })
    .from(productLots)
    .where(and(inArray(productLots.productId, productIds), gt(productLots.quantity, 0)))
    .orderBy(asc(productLots.productId), asc(productLots.id))
    .for('update');
  const result: { productId: string; takes: LotTake[] }[] = [];
  for (const productId of productIds) {
    const w = wanted.get(productId)!;
    const got = allocateFefo(
      lots.filter((l) => l.productId === productId),
      w.quantity,
      today,
    );
    if (!got.ok) {
      throw new AppError(
        'conflict',
        `Det saknas ${got.missing} st av ${w.articleNumber} i lager med giltiga satser / ${got.missing} units of ${w.articleNumber} are missing from stock in usable lots`,
        [{ field: `lines.${w.articleNumber}`, message: `${got.missing} units missing in usable lots` }],
      );
    }
    result.push({ productId, takes: got.takes });
  }
  for (const { takes } of result) {
    for (const t of takes) {
      await tx
        .update(productLots)
        .set({ quantity: sql`${productLots.quantity} - ${t.quantity}` })
        .where(eq(productLots.id, t.lotId));
    }
  }
  return result;
}
