import { inArray } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { invoices } from './invoices.tables.ts';
import type { OrderExtras, OrderViewEnricher } from './orders.view.ts';

/**
 * The invoice slot of the customer's order view (GET /api/customers/me/orders[/:orderNumber]):
 * the invoice's number, due date, status and where its PDF is.
 */
export function invoicesEnricher(db: Db): OrderViewEnricher {
  return async (orders) => {
    const out = new Map<string, OrderExtras>();
    if (orders.length === 0) return out;
    const rows = await db
      .select({
        orderId: invoices.orderId,
        invoiceNumber: invoices.invoiceNumber,
        dueDate: invoices.dueDate,
        status: invoices.status,
        ocr: invoices.ocr,
      })
      .from(invoices)
      .where(
        inArray(
          invoices.orderId,
          orders.map((o) => o.id),
        ),
      );
    for (const r of rows) {
      if (!r.orderId) continue;
      out.set(r.orderId, {
        invoice: {
          invoiceNumber: r.invoiceNumber,
          dueDate: r.dueDate,
          status: r.status,
          ocr: r.ocr,
          pdfUrl: `/api/customers/me/invoices/${encodeURIComponent(r.invoiceNumber)}/pdf`,
        },
      });
    }
    return out;
  };
}
