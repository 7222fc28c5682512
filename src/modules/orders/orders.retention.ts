import { sql } from 'drizzle-orm';
import { declareRetention, openLegalHold } from '#src/modules/privacy/index.ts';
import { carryVoucherBalances } from './bookkeeping.service.ts';
import { voucherLines, vouchers } from './bookkeeping.tables.ts';
import { invoiceLines, invoicePayments, invoiceReminders, invoices } from './invoices.tables.ts';
import { orderLines, orders } from './orders.tables.ts';
import { cardPayments } from './payments.tables.ts';
import { recallNotices } from './recalls.tables.ts';
import { carrierEvents, deviceSupplies, shipmentLines, shipments } from './shipments.tables.ts';

const unpaid = sql`${invoices.status} in ('unpaid', 'partially_paid')`;

const claimOnOrder = {
  rule: 'legal_claim' as const,
  when: sql`(exists (select 1 from ${invoices} where ${invoices.orderId} = ${orders.id} and ${unpaid})
             or ${openLegalHold({ company: orders.companyId, contact: orders.contactId })})`,
  what: {
    sv: 'En obetald faktura eller ett annat öppet anspråk gäller ordern',
    en: 'An unpaid invoice or another open claim concerns the order',
  },
};

const claimOnInvoice = {
  rule: 'legal_claim' as const,
  when: sql`(${unpaid} or ${openLegalHold({ company: invoices.companyId, contact: invoices.contactId })})`,
  what: {
    sv: 'Fakturan är obetald eller omfattas av ett öppet anspråk',
    en: 'The invoice is unpaid or under an open claim',
  },
};

/**
 * The order side of §8 and §4g, in sweep order: vouchers and invoices at the end of
 * Bokföringslagen's period (vouchers first: an invoice waits for the vouchers of its payments),
 * the link from old invoices to the customer at five years, orders with their lines, shipments
 * and card payments at five years, recall notices at five years, supply records of medical
 * devices at ten (implants fifteen) years.
 */
export const ordersRetention = [
  declareRetention({
    id: 'bookkeeping.vouchers',
    module: 'orders',
    rule: 'bfl_accounting',
    table: vouchers,
    key: vouchers.id,
    anchor: vouchers.voucherDate,
    action: 'delete',
    children: [{ table: voucherLines, parentKey: voucherLines.voucherId }],
    // The balances they carried stay (no link to anyone), so later years still open right.
    async before(tx, ids) {
      await carryVoucherBalances(tx, ids);
      await tx.execute(
        sql`update ${invoicePayments} set voucher_id = null where ${invoicePayments.voucherId} = any(${sql.param(ids)}::uuid[])`,
      );
    },
    what: { sv: 'Verifikationer och deras rader', en: 'Vouchers and their lines' },
  }),
  declareRetention({
    id: 'invoices.accounting',
    module: 'orders',
    rule: 'bfl_accounting',
    table: invoices,
    key: invoices.id,
    anchor: invoices.issueDate,
    action: 'delete',
    children: [
      { table: invoiceLines, parentKey: invoiceLines.invoiceId },
      { table: invoicePayments, parentKey: invoicePayments.invoiceId },
      { table: invoiceReminders, parentKey: invoiceReminders.invoiceId },
    ],
    holds: [
      claimOnInvoice,
      {
        rule: 'bfl_accounting',
        when: sql`exists (select 1 from ${invoicePayments} where ${invoicePayments.invoiceId} = ${invoices.id} and ${invoicePayments.voucherId} is not null)`,
        what: {
          sv: 'En betalning av fakturan är bokförd på en verifikation som ännu ska sparas',
          en: 'A payment of the invoice is recorded on a voucher that must still be kept',
        },
      },
    ],
    what: { sv: 'Fakturor med rader, betalningar och påminnelser', en: 'Invoices with lines, payments and reminders' },
  }),
  declareRetention({
    id: 'invoices.unlink',
    module: 'orders',
    rule: 'history_5y',
    table: invoices,
    key: invoices.id,
    anchor: invoices.issueDate,
    action: 'minimize',
    pending: sql`(${invoices.companyId} is not null or ${invoices.contactId} is not null)`,
    holds: [claimOnInvoice],
    async apply(tx, ids) {
      await tx.execute(
        sql`update ${invoices} set company_id = null, contact_id = null where ${invoices.id} = any(${sql.param(ids)}::uuid[])`,
      );
    },
    what: {
      sv: 'Fakturor som bara sparas enligt bokföringslagen: kopplingen till kundkontot tas bort',
      en: 'Invoices kept only under the Bookkeeping Act: the link to the customer account is removed',
    },
  }),
  declareRetention({
    id: 'orders.history',
    module: 'orders',
    rule: 'history_5y',
    table: orders,
    key: orders.id,
    anchor: orders.placedAt,
    action: 'delete',
    children: [
      { table: orderLines, parentKey: orderLines.orderId },
      { table: cardPayments, parentKey: cardPayments.orderId },
      {
        table: shipments,
        parentKey: shipments.orderId,
        key: shipments.id,
        children: [
          { table: shipmentLines, parentKey: shipmentLines.shipmentId },
          { table: carrierEvents, parentKey: carrierEvents.shipmentId },
        ],
      },
    ],
    holds: [claimOnOrder],
    what: {
      sv: 'Ordrar med rader, kortbetalningar och leveranser',
      en: 'Orders with their lines, card payments and shipments',
    },
  }),
  declareRetention({
    id: 'recalls.notices',
    module: 'orders',
    rule: 'history_5y',
    table: recallNotices,
    key: recallNotices.id,
    anchor: recallNotices.createdAt,
    action: 'delete',
    what: { sv: 'Meddelanden om återkallelser', en: 'Recall notices' },
  }),
  declareRetention({
    id: 'deliveries.device_supplies',
    module: 'orders',
    rule: 'mdr_device_supply',
    table: deviceSupplies,
    key: deviceSupplies.id,
    anchor: deviceSupplies.suppliedOn,
    where: sql`not ${deviceSupplies.implantable}`,
    action: 'delete',
    what: { sv: 'Leveranser av medicintekniska produkter', en: 'Supplies of medical devices' },
  }),
  declareRetention({
    id: 'deliveries.implant_supplies',
    module: 'orders',
    rule: 'mdr_implantable_supply',
    table: deviceSupplies,
    key: deviceSupplies.id,
    anchor: deviceSupplies.suppliedOn,
    where: sql`${deviceSupplies.implantable}`,
    action: 'delete',
    what: { sv: 'Leveranser av implantat', en: 'Supplies of implantable devices' },
  }),
];
