import { and, eq } from 'drizzle-orm';
import type { Db } from '#src/platform/db/index.ts';
import { AppError, validationError } from '#src/platform/errors/index.ts';
import { companies, contacts } from '#src/modules/customers/index.ts';
import { parseOrganisationsnummer } from '#src/modules/policy/index.ts';
import type { CheckoutRequest } from './checkout.schema.ts';
import { checkVatNumber } from './checkout.vat.ts';
import type { orders } from './orders.tables.ts';

/** Who buys: the account (company + contact) or the guest's details, as they are at ordering. */
export type Buyer = Pick<
  typeof orders.$inferInsert,
  | 'companyId'
  | 'contactId'
  | 'accountUsed'
  | 'buyerOrgNr'
  | 'buyerName'
  | 'buyerVatNumber'
  | 'buyerCountry'
  | 'billingStreet'
  | 'billingPostalCode'
  | 'billingCity'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'deliveryName'
  | 'deliveryStreet'
  | 'deliveryPostalCode'
  | 'deliveryCity'
  | 'deliveryCountry'
  | 'marketingRefused'
> & { buyerCountry: string; deliveryCountry: string; buyerVatNumber: string | null };

export type Principal = { contactId: string; companyId: string };

const SWEDISH_POSTAL_CODE = /^\d{5}$/;

/**
 * Reverse charge: a business in another EU country, with a VAT number of valid format, to which
 * the goods are sent (an intra-Community supply; delivered in Sweden it is a Swedish sale).
 */
export const isReverseCharge = (b: Pick<Buyer, 'buyerCountry' | 'buyerVatNumber' | 'deliveryCountry'>): boolean =>
  b.buyerCountry !== 'SE' && b.buyerVatNumber !== null && b.deliveryCountry !== 'SE';

/** Resolves and checks the buyer; errors name the field. */
export async function resolveBuyer(db: Db, principal: Principal | null, req: CheckoutRequest): Promise<Buyer> {
  let buyer: Omit<Buyer, 'deliveryName' | 'deliveryStreet' | 'deliveryPostalCode' | 'deliveryCity' | 'deliveryCountry'>;
  if (principal) {
    if (req.buyer) throw validationError('body.buyer', 'signed in: the account is the buyer, leave it out');
    const [row] = await db
      .select({
        orgNr: companies.orgNr,
        name: companies.name,
        street: companies.street,
        postalCode: companies.postalCode,
        city: companies.city,
        terminatedAt: companies.terminatedAt,
        fullName: contacts.fullName,
        email: contacts.email,
        phone: contacts.phone,
      })
      .from(contacts)
      .innerJoin(companies, eq(companies.id, contacts.companyId))
      .where(and(eq(contacts.id, principal.contactId), eq(contacts.companyId, principal.companyId)));
    if (!row || row.terminatedAt) throw new AppError('forbidden', 'Kontot är avslutat / The account has ended');
    buyer = {
      companyId: principal.companyId,
      contactId: principal.contactId,
      accountUsed: true,
      buyerOrgNr: row.orgNr,
      buyerName: row.name,
      buyerVatNumber: null,
      buyerCountry: 'SE',
      billingStreet: row.street,
      billingPostalCode: row.postalCode,
      billingCity: row.city,
      contactName: row.fullName ?? '',
      contactEmail: row.email ?? '',
      contactPhone: row.phone ?? null,
      // An account holder's marketing rests on the account (§4c, §6); the guest's refusal is not asked.
      marketingRefused: false,
    };
  } else {
    const g = req.buyer;
    if (!g) throw validationError('body.buyer', 'required for a guest checkout (or sign in)');
    let orgNr = g.orgNr;
    if (g.country === 'SE') {
      const parsed = parseOrganisationsnummer(g.orgNr);
      if (!parsed.ok)
        throw validationError('body.buyer.orgNr', `must be a Swedish organisationsnummer (${parsed.message})`);
      orgNr = parsed.formatted;
      if (!SWEDISH_POSTAL_CODE.test(g.billing.postalCode))
        throw validationError('body.buyer.billing.postalCode', 'must be a Swedish postal code, e.g. 239 41');
    }
    let vatNumber: string | null = null;
    if (g.vatNumber) {
      const checked = checkVatNumber(g.vatNumber, g.country);
      if (!checked.ok) throw validationError('body.buyer.vatNumber', checked.message);
      vatNumber = checked.vatNumber;
    }
    buyer = {
      companyId: null,
      contactId: null,
      accountUsed: false,
      buyerOrgNr: orgNr,
      buyerName: g.companyName,
      buyerVatNumber: vatNumber,
      buyerCountry: g.country,
      billingStreet: g.billing.street,
      billingPostalCode: g.billing.postalCode,
      billingCity: g.billing.city,
      contactName: g.contactName,
      contactEmail: g.email,
      contactPhone: g.phone,
      marketingRefused: g.marketingRefused,
    };
  }
  const d = req.delivery;
  if (d && d.country === 'SE' && !SWEDISH_POSTAL_CODE.test(d.postalCode))
    throw validationError('body.delivery.postalCode', 'must be a Swedish postal code, e.g. 239 41');
  return {
    ...buyer,
    deliveryName: d?.name ?? buyer.buyerName,
    deliveryStreet: d?.street ?? buyer.billingStreet,
    deliveryPostalCode: d?.postalCode ?? buyer.billingPostalCode,
    deliveryCity: d?.city ?? buyer.billingCity,
    deliveryCountry: d?.country ?? buyer.buyerCountry,
  };
}
