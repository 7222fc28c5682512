import type { AppModule } from '#src/platform/module/index.ts';
export { orders, orderLines } from './orders.tables.ts';

export const ordersModule: AppModule = { name: 'orders' };
export { ordersInventory } from './orders.data.ts';
export { ordersRetention } from './orders.retention.ts';
export { orderNumberSequences, type OrderStatus, type PaymentMethod } from './orders.tables.ts';
export {
  createCheckoutHooks,
  type CheckoutHooks,
  type OrderPlacedHook,
  type AfterOrderPlacedHook,
  type OrderRow,
  type OrderLineRow,
  type Tx,
} from './checkout.hooks.ts';
export { findOrder, findOrderByNumber, type OrderWithLines } from './orders.find.ts';
// Cart pricing, checkout and the customer's order history — H2.
export { registerCheckout, type CheckoutModuleDeps } from './checkout.module.ts';
export { createCheckout, type Checkout, type CheckoutOutcome } from './checkout.service.ts';
export { ordersLetters, orderConfirmationLetter, formatOre } from './checkout.letters.ts';
export { priceCart, type Price, SHIPPING_EX_VAT_ORE, FREE_SHIPPING_FROM_EX_VAT_ORE } from './checkout.pricing.ts';
export { checkVatNumber, euCountries } from './checkout.vat.ts';
export {
  toOrderView,
  REVERSE_CHARGE_TEXT,
  type OrderView,
  type OrderSummary,
  type OrderExtras,
  type OrderViewEnricher,
} from './orders.view.ts';
// Invoices and bookkeeping (§4g).
export { invoicesInventory } from './invoices.data.ts';
export { bookkeepingInventory } from './bookkeeping.data.ts';
// Deliveries, order administration and recalls (§4a, §4g).
export { deliveriesInventory } from './shipments.data.ts';
export { deliveriesModule, registerDeliveries, carrierFor, type CarrierSettings } from './shipments.module.ts';
export { shipmentsForOrders, type ShipmentView } from './shipments.service.ts';
export { shipmentsEnricher } from './shipments.enricher.ts';
export { invoicesEnricher } from './invoices.enricher.ts';
export { createShipmentsService, type ShipmentsService } from './shipments.service.ts';
export { applyCarrierEvent, type CarrierEvent } from './shipments.events.ts';
export type { CarrierClient } from './carrier/carrier.client.ts';
export { orderShippedLetter, recallNoticeLetter } from './shipments.letters.ts';
export { shipments, shipmentLines, deviceSupplies, carrierEvents, type ShipmentStatus } from './shipments.tables.ts';
export { recalls, recallNotices } from './recalls.tables.ts';
// Card payments (Stripe Checkout API subset) — H4.
export { paymentsInventory } from './payments.data.ts';
export { cardPayments, paymentEvents, type CardPaymentStatus } from './payments.tables.ts';
export {
  createCardPayments,
  defaultReturnUrls,
  SESSION_LIFETIME_SECONDS,
  type CardPayments,
  type CardPaymentsDeps,
  type CardPaymentRow,
  type EventOutcome,
  type ReturnUrls,
} from './payments.service.ts';
export { registerPaymentRoutes, type PaymentRouteDeps } from './payments.routes.ts';
export { createCardProviderClient, CardProviderError, type CardProviderClient } from './card-provider/client.ts';
export { signatureHeader, verifySignature, WebhookSignatureError } from './card-provider/signature.ts';
// Invoicing and bookkeeping — H3.
export { invoices, invoiceLines, invoicePayments, invoiceReminders } from './invoices.tables.ts';
export { vouchers, voucherLines } from './bookkeeping.tables.ts';
export { invoicingModule, registerInvoicing } from './invoices.module.ts';
export { createInvoiceForOrder, invoiceOnOrderPlaced, findInvoice, type InvoiceRow } from './invoices.service.ts';
export { registerInvoicePayment, type PaymentInput, type PaymentResult } from './invoices.payments.ts';
export {
  postVoucher,
  voucherSeries,
  stockholmDate,
  type VoucherInput,
  type PostedVoucher,
} from './bookkeeping.service.ts';
export { accounts as bookkeepingAccounts, type Account } from './bookkeeping.accounts.ts';
export { exportSie4, sieFileName } from './sie4.export.ts';
export { parseSie4, type SieDocument } from './sie4.parse.ts';
export { renderInvoicePdf } from './invoice-pdf.ts';
export { invoiceReminderLetter } from './invoices.letters.ts';
