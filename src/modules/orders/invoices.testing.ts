import { randomUUID } from 'node:crypto';
import type { Db } from '#src/platform/db/index.ts';
import { products } from '#src/modules/catalog/index.ts';
import { orderLines, orders } from './orders.tables.ts';

type TestLine = { quantity: number; unitPriceExVatOre: number; vatRate: number };

/**
 * Writes an order as the checkout would leave it (buyer snapshot, VAT per line, shipping at 25 %,
 * öresavrundning to whole kronor), for tests of invoicing and bookkeeping that must not depend on
 * the checkout's own flow.
 */
export async function insertTestOrder(
  db: Db,
  opts: {
    placedAt: Date;
    lines?: TestLine[];
    shippingExVatOre?: number;
    reverseCharge?: boolean;
    companyId?: string | null;
    contactId?: string | null;
    contactEmail?: string;
    paymentMethod?: 'invoice' | 'card';
  },
) {
  const lines = opts.lines ?? [
    { quantity: 3, unitPriceExVatOre: 12_345, vatRate: 25 },
    { quantity: 2, unitPriceExVatOre: 9_990, vatRate: 12 },
  ];
  const rc = opts.reverseCharge ?? false;
  const shippingEx = opts.shippingExVatOre ?? 9_900;
  const shippingVat = rc ? 0 : Math.round(shippingEx * 0.25);
  const withVat = lines.map((l) => ({
    ...l,
    lineVatOre: rc ? 0 : Math.round((l.quantity * l.unitPriceExVatOre * l.vatRate) / 100),
  }));
  const goods = withVat.reduce((s, l) => s + l.quantity * l.unitPriceExVatOre, 0);
  const vat = withVat.reduce((s, l) => s + l.lineVatOre, 0) + shippingVat;
  const exact = goods + shippingEx + vat;
  const total = Math.round(exact / 100) * 100;
  const suffix = randomUUID().slice(0, 8);
  const [order] = await db
    .insert(orders)
    .values({
      orderNumber: `KS-T-${suffix}`,
      companyId: opts.companyId ?? null,
      contactId: opts.contactId ?? null,
      accountUsed: Boolean(opts.contactId),
      status: 'placed',
      paymentMethod: opts.paymentMethod ?? 'invoice',
      buyerOrgNr: rc ? '' : '556711-0001',
      buyerName: rc ? 'Klinik Aarhus ApS' : 'Tandvårdskliniken i Skanör AB',
      buyerVatNumber: rc ? 'DK12345678' : null,
      buyerCountry: rc ? 'DK' : 'SE',
      billingStreet: rc ? 'Strandvejen 4' : 'Storgatan 1',
      billingPostalCode: rc ? '8000' : '239 30',
      billingCity: rc ? 'Aarhus' : 'Skanör',
      contactName: 'Karin Kanarie',
      contactEmail: opts.contactEmail ?? `karin-${suffix}@klinik.example`,
      deliveryName: 'Tandvårdskliniken',
      deliveryStreet: 'Storgatan 1',
      deliveryPostalCode: '239 30',
      deliveryCity: 'Skanör',
      totalExVatOre: goods,
      vatOre: vat,
      shippingExVatOre: shippingEx,
      shippingVatOre: shippingVat,
      roundingOre: total - exact,
      totalIncVatOre: total,
      reverseCharge: rc,
      placedAt: opts.placedAt,
    })
    .returning();
  for (const [i, l] of withVat.entries()) {
    const [product] = await db
      .insert(products)
      .values({
        articleNumber: `T-${suffix}-${i}`,
        nameSv: `Testartikel ${i + 1}`,
        nameEn: `Test article ${i + 1}`,
        descriptionSv: '',
        descriptionEn: '',
        priceExVatOre: l.unitPriceExVatOre,
        vatRate: l.vatRate,
        stock: 100,
        createdAt: opts.placedAt,
      })
      .returning();
    await db.insert(orderLines).values({
      orderId: order!.id,
      productId: product!.id,
      articleNumber: product!.articleNumber,
      name: product!.nameSv,
      quantity: l.quantity,
      unitPriceExVatOre: l.unitPriceExVatOre,
      vatRate: l.vatRate,
      lineVatOre: l.lineVatOre,
    });
  }
  return order!;
}
