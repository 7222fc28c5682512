/**
 * The lots the demo's past orders were shipped from. Each year of history has one received lot
 * per article sold that year, holding exactly what that year's shipments took (FEFO empties it),
 * and expiring a few months after the year ends, before any later lot. One recent lot of a
 * medical device reaches a handful of clinics and keeps a few units on the shelf: the lot a
 * recall drill starts from. The catalogue's own lots (demo-catalog-extras.ts) are the stock on hand.
 */
import { buildCatalogExtras } from './demo-catalog-extras.ts';
import type { DemoData } from './demo-data.ts';
import type { PlannedOrder } from './demo-orders-plan.ts';
import { createRng } from './prng.ts';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const NO_EXPIRY = new Set(['instrument']);
/** Units of the recall drill's lot still on the shelf. */
const RECALL_LOT_LEFT = 16;

export type PlannedLot = {
  articleNumber: string;
  lotNumber: string;
  expiresOn: string | null;
  quantity: number;
  receivedAt: Date;
};

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const yymm = (ms: number) => isoDate(ms).slice(2, 7).replace('-', '');

export function planLots(input: {
  now: Date;
  orders: readonly PlannedOrder[];
  products: DemoData['products'];
  /** The first instant of the order history. */
  start: number;
  recall: { articleNumber: string };
}): PlannedLot[] {
  const { now, orders, products, start } = input;
  const rng = createRng(0x1075_2026);
  const number = new Map(products.map((p, i) => [p.articleNumber, String(i + 1).padStart(4, '0')]));
  const category = new Map(products.map((p) => [p.articleNumber, p.category]));
  const lastYear = Math.floor((now.getTime() - start) / YEAR) - 1;

  const demand = new Map<string, { articleNumber: string; year: number; quantity: number }>();
  for (const o of orders) {
    if (!o.shippedAt) continue;
    const year = Math.min(Math.max(Math.floor((o.placedAt.getTime() - start) / YEAR), 0), lastYear);
    for (const l of o.lines) {
      const key = `${l.articleNumber}|${year}`;
      const d = demand.get(key) ?? { articleNumber: l.articleNumber, year, quantity: 0 };
      d.quantity += l.quantity;
      demand.set(key, d);
    }
  }
  const lots: PlannedLot[] = [...demand.values()]
    .sort((a, b) => (a.articleNumber < b.articleNumber ? -1 : a.articleNumber > b.articleNumber ? 1 : a.year - b.year))
    .map((d) => {
      const received = start + d.year * YEAR + 8 * 3_600_000;
      const expires = start + (d.year + 1) * YEAR + rng.int(60, 180) * DAY;
      return {
        articleNumber: d.articleNumber,
        lotNumber: `L${yymm(received)}-${number.get(d.articleNumber)}H`,
        expiresOn: NO_EXPIRY.has(category.get(d.articleNumber) ?? '') ? null : isoDate(expires),
        quantity: d.quantity,
        receivedAt: new Date(received),
      };
    });

  // The recall drill's lot: received eight weeks ago, expiring before any other usable lot of
  // the article, so FEFO ships it to every order of the article since.
  const article = input.recall.articleNumber;
  const received = now.getTime() - 56 * DAY;
  const after = orders.filter(
    (o) => o.shippedAt && o.shippedAt.getTime() >= received && o.lines.some((l) => l.articleNumber === article),
  );
  const firstShipped = Math.min(...after.map((o) => o.shippedAt!.getTime()));
  const others = [
    ...buildCatalogExtras(now, products).lots.filter((l) => l.articleNumber === article),
    ...lots.filter((l) => l.articleNumber === article),
  ]
    .map((l) => l.expiresOn)
    .filter((e): e is string => e !== null && e >= isoDate(firstShipped))
    .sort();
  const expires = others[0] ? Date.parse(`${others[0]}T00:00:00Z`) - DAY : now.getTime() + 400 * DAY;
  lots.push({
    articleNumber: article,
    lotNumber: `L${yymm(received)}-${number.get(article)}R`,
    expiresOn: isoDate(expires),
    quantity:
      after.reduce((s, o) => s + o.lines.find((l) => l.articleNumber === article)!.quantity, 0) + RECALL_LOT_LEFT,
    receivedAt: new Date(received),
  });
  return lots;
}
