import type { CategoryId } from './categories.data.ts';
import type { PurposeId } from './purposes.data.ts';
import type { RoleDef } from './policy.types.ts';

/**
 * §9: "only the people who need the data handle it". Each staff role serves some purposes
 * (read or write) and, where it needs only part of a purpose's data, a narrower set of categories.
 * Marketing never reaches payment details or case information; customer service never IP addresses.
 */
export const roles = [
  {
    id: 'customer_service',
    label: { sv: 'Kundtjänst', en: 'Customer service' },
    description: {
      sv: 'Svarar på frågor, klagomål och reklamationer.',
      en: 'Answers questions, complaints and claims.',
    },
    grants: [
      { purpose: 'b.customer_service', access: 'write' },
      {
        purpose: 'a.orders',
        access: 'read',
        categories: ['full_name', 'address', 'email', 'phone', 'company_data', 'purchase_history'],
      },
    ],
  },
  {
    id: 'order_administration',
    label: { sv: 'Orderadministration', en: 'Order administration' },
    description: {
      sv: 'Hanterar beställningar, leveranser, kundkonton och återkallelser.',
      en: 'Handles orders, deliveries, customer accounts and recalls.',
    },
    grants: [
      { purpose: 'a.orders', access: 'write' },
      { purpose: 'a.account', access: 'write' },
      {
        purpose: 'g.legal_obligations',
        access: 'read',
        categories: ['full_name', 'address', 'email', 'phone', 'company_data', 'purchase_history'],
      },
    ],
  },
  {
    id: 'marketing',
    label: { sv: 'Marknadsföring', en: 'Marketing' },
    description: {
      sv: 'Planerar och skickar marknadsföring och sköter spärrlistan.',
      en: 'Plans and sends marketing and keeps the do-not-market register.',
    },
    grants: [
      { purpose: 'c.marketing', access: 'write' },
      { purpose: 'f.do_not_market', access: 'write' },
      { purpose: '6.personal_offers', access: 'write' },
    ],
  },
  {
    id: 'finance',
    label: { sv: 'Ekonomi', en: 'Finance' },
    description: {
      sv: 'Sköter fakturering, betalningar, bokföring och skatt.',
      en: 'Handles invoicing, payments, bookkeeping and tax.',
    },
    grants: [
      { purpose: 'a.orders', access: 'write' },
      {
        purpose: 'g.legal_obligations',
        access: 'write',
        categories: ['full_name', 'address', 'email', 'company_data', 'payment_details', 'purchase_history'],
      },
    ],
  },
  {
    id: 'privacy_officer',
    label: { sv: 'Dataskyddsansvarig', en: 'Privacy officer' },
    description: {
      sv: 'Hanterar registerutdrag, rättelser, raderingar, invändningar och klagomål och för registret över behandlingar.',
      en: 'Handles register extracts, rectification, erasure, objections and complaints, and keeps the record of processing.',
    },
    grants: [{ purpose: 'g.legal_obligations', access: 'write' }],
  },
  {
    id: 'security',
    label: { sv: 'Säkerhet', en: 'Security' },
    description: {
      sv: 'Upptäcker och stoppar missbruk och obehörig åtkomst.',
      en: 'Detects and stops abuse and unauthorised access.',
    },
    grants: [{ purpose: 'e.abuse_prevention', access: 'write' }],
  },
  {
    id: 'system_administration',
    label: { sv: 'Systemadministration', en: 'System administration' },
    description: { sv: 'Driver, uppdaterar och förbättrar systemen.', en: 'Runs, updates and improves the systems.' },
    grants: [
      { purpose: 'd.improvement', access: 'write' },
      { purpose: 'e.abuse_prevention', access: 'read' },
    ],
  },
] as const satisfies readonly RoleDef<PurposeId, CategoryId>[];

export type RoleId = (typeof roles)[number]['id'];
