/**
 * The demo's guest buyers: clinics that order without an account (their details are only in each
 * order's buyer snapshot). One refuses marketing at checkout; one is a Danish clinic with an EU VAT
 * number, whose orders are reverse charged. Domains use the reserved `.example` TLD.
 */
import { parseOrganisationsnummer } from '#src/modules/policy/index.ts';
import { withLuhn } from './checksums.ts';
import { fictionMobile } from './demo-companies.ts';
import type { Rng } from './prng.ts';

export type GuestBuyer = {
  companyName: string;
  orgNr: string;
  vatNumber: string | null;
  country: string;
  contactName: string;
  email: string;
  phone: string | null;
  billing: { street: string; postalCode: string; city: string };
  marketingRefused: boolean;
};

// prettier-ignore
const SWEDISH_GUESTS = [
  { companyName: 'Kiropraktorn i Gävle AB', contactName: 'Petra Lundgren', street: 'Nygatan 21', postalCode: '80320', city: 'Gävle', domain: 'kiropraktorn-gavle.example' },
  { companyName: 'Hälsans Hus Karlstad AB', contactName: 'Tobias Sjöberg', street: 'Drottninggatan 9', postalCode: '65225', city: 'Karlstad', domain: 'halsanshus-karlstad.example' },
  { companyName: 'Fotvårdskliniken Halmstad AB', contactName: 'Mona Axelsson', street: 'Storgatan 47', postalCode: '30243', city: 'Halmstad', domain: 'fotvard-halmstad.example' },
  { companyName: 'Ögonmottagningen Växjö AB', contactName: 'Rickard Holm', street: 'Kungsgatan 6', postalCode: '35230', city: 'Växjö', domain: 'ogon-vaxjo.example' },
] as const;

/** Refuses marketing at checkout (§4c): "Nej, jag vill inte få marknadsföring". */
const REFUSING_GUEST = {
  companyName: 'Gotlands Hälsoklinik AB',
  contactName: 'Stina Larsson',
  street: 'Adelsgatan 18',
  postalCode: '62157',
  city: 'Visby',
  domain: 'gotlandshalsoklinik.example',
} as const;

/** A clinic in Denmark with a VAT number: an intra-Community supply, no Swedish VAT. */
export const EU_GUEST: GuestBuyer = {
  companyName: 'Tandklinikken Østerbro ApS',
  orgNr: '31754982',
  vatNumber: 'DK31754982',
  country: 'DK',
  contactName: 'Mette Kristensen',
  email: 'indkob@tandklinikken-osterbro.example',
  phone: null,
  billing: { street: 'Østerbrogade 50', postalCode: '2100', city: 'København Ø' },
  marketingRefused: false,
};

/** The Swedish guests and the one refusing marketing, with valid organisationsnummer not used elsewhere. */
export function buildGuestBuyers(rng: Rng, usedOrgNrs: ReadonlySet<string>) {
  const used = new Set(usedOrgNrs);
  const orgNr = () => {
    for (;;) {
      const nr = withLuhn(`556${String(rng.int(0, 999_999)).padStart(6, '0')}`);
      if (used.has(nr) || !parseOrganisationsnummer(nr).ok) continue;
      used.add(nr);
      return nr;
    }
  };
  const make = (g: (typeof SWEDISH_GUESTS)[number] | typeof REFUSING_GUEST, i: number, refused: boolean) => ({
    companyName: g.companyName,
    orgNr: orgNr(),
    vatNumber: null,
    country: 'SE',
    contactName: g.contactName,
    email: `inkop@${g.domain}`,
    // The fiction range's top numbers: the demo contacts use it from the bottom.
    phone: i % 2 === 0 ? fictionMobile(90 - i) : null,
    billing: { street: g.street, postalCode: g.postalCode, city: g.city },
    marketingRefused: refused,
  });
  return {
    guests: SWEDISH_GUESTS.map((g, i) => make(g, i, false)) as GuestBuyer[],
    refusing: make(REFUSING_GUEST, SWEDISH_GUESTS.length, true) as GuestBuyer,
  };
}
