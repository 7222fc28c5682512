import { controller } from '#src/modules/policy/index.ts';
import { hasValidLuhn } from './ocr.ts';

/**
 * The seller as an invoice names it (Mervärdesskattelagen 17 kap. 24 §): the controller's name and
 * address from the policy module, the VAT registration number (SE + org. nr + 01), F-tax approval,
 * and where to pay. The bankgiro number is Kliniksupport's account for incoming invoice payments.
 */
export const seller = {
  name: controller.name,
  orgNr: controller.orgNr,
  vatNumber: `SE${controller.orgNr.replace('-', '')}01`,
  street: controller.street,
  postalCode: controller.postalCode,
  city: controller.city,
  country: controller.country,
  phone: controller.phone,
  email: controller.email,
  bankgiro: '5050-1055',
  fSkatt: true,
} as const;

if (!hasValidLuhn(seller.bankgiro.replace('-', ''))) throw new Error('the bankgiro number fails its check digit');
