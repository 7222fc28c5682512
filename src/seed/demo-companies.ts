/** The demo clinics: names, legal forms, addresses and web domains (reserved `.example` TLD). */

export type DemoCompany = {
  name: string;
  /** Picks the number series; the stored legal form is read back from the number (policy module). */
  legalForm: 'aktiebolag' | 'handelsbolag' | 'enskild_naringsidkare';
  street: string;
  /** Five digits, as the registration form stores it. */
  postalCode: string;
  city: string;
  /** The clinic's own e-mail domain; `.example` is reserved (RFC 2606) and never delivers. */
  domain: string;
  /** A sole trader: the owner, and the birth date (YYMMDD) that starts the personnummer. */
  owner?: { name: string; birthDate: string };
};

// prettier-ignore
export const DEMO_COMPANIES: readonly DemoCompany[] = [
  { name: 'Tandläkarhuset i Lund AB', legalForm: 'aktiebolag', street: 'Klostergatan 12', postalCode: '22222', city: 'Lund', domain: 'tandlakarhuset-lund.example' },
  { name: 'Vårdcentralen Norrmalm AB', legalForm: 'aktiebolag', street: 'Drottninggatan 71', postalCode: '11136', city: 'Stockholm', domain: 'vc-norrmalm.example' },
  { name: 'Djurkliniken Mölndal AB', legalForm: 'aktiebolag', street: 'Göteborgsvägen 88', postalCode: '43137', city: 'Mölndal', domain: 'djurkliniken-molndal.example' },
  { name: 'Fysioterapi Södermalm AB', legalForm: 'aktiebolag', street: 'Götgatan 44', postalCode: '11826', city: 'Stockholm', domain: 'fysiosodermalm.example' },
  { name: 'Uppsala Tandvård AB', legalForm: 'aktiebolag', street: 'Svartbäcksgatan 20', postalCode: '75320', city: 'Uppsala', domain: 'uppsalatandvard.example' },
  { name: 'Läkarhuset Centrum i Umeå AB', legalForm: 'aktiebolag', street: 'Rådhusesplanaden 9', postalCode: '90328', city: 'Umeå', domain: 'lakarhuset-umea.example' },
  { name: 'Smådjurskliniken i Örebro AB', legalForm: 'aktiebolag', street: 'Drottninggatan 30', postalCode: '70222', city: 'Örebro', domain: 'smadjurskliniken-orebro.example' },
  { name: 'Rehabkliniken Västerås AB', legalForm: 'aktiebolag', street: 'Stora Gatan 18', postalCode: '72212', city: 'Västerås', domain: 'rehab-vasteras.example' },
  { name: 'Tandvårdsteamet Linköping AB', legalForm: 'aktiebolag', street: 'Storgatan 33', postalCode: '58223', city: 'Linköping', domain: 'tandvardsteamet.example' },
  { name: 'Malmö Hudklinik AB', legalForm: 'aktiebolag', street: 'Södra Förstadsgatan 40', postalCode: '21143', city: 'Malmö', domain: 'malmohudklinik.example' },
  { name: 'Husläkarmottagningen Kungsholmen AB', legalForm: 'aktiebolag', street: 'Fleminggatan 22', postalCode: '11226', city: 'Stockholm', domain: 'huslakare-kungsholmen.example' },
  { name: 'Veterinärerna Nilsson & Ek HB', legalForm: 'handelsbolag', street: 'Östra Storgatan 14', postalCode: '55321', city: 'Jönköping', domain: 'nilsson-ek-vet.example' },
  { name: 'Bergströms Fysioterapi', legalForm: 'enskild_naringsidkare', street: 'Kyrkogatan 5', postalCode: '85231', city: 'Sundsvall', domain: 'bergstromsfysio.example', owner: { name: 'Eva Bergström', birthDate: '740312' } },
];

// prettier-ignore
export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Malin', 'Elin', 'Johanna',
  'Linnéa', 'Sofia', 'Åsa', 'Ida', 'Hanna', 'Frida', 'Maja', 'Agnes', 'Lars', 'Anders', 'Johan', 'Erik', 'Per',
  'Karl', 'Mikael', 'Peter', 'Jonas', 'Fredrik', 'Magnus', 'Henrik', 'Oskar', 'Gustav', 'Björn', 'Stefan',
  'Mattias', 'Daniel', 'Olof', 'Nils',
];

// prettier-ignore
export const LAST_NAMES: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
  'Magnusson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström',
  'Eklund', 'Danielsson', 'Håkansson', 'Öberg',
];

/** An e-mail local part from a Swedish name: lower case, å/ä → a, ö → o, é → e. */
export function emailLocalPart(fullName: string): string {
  return fullName
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/**
 * PTS keeps 070-1740605 … 070-1740699 for use in fiction: no real subscriber has them. Stored
 * as digits only, as the registration form stores a phone number.
 */
export const FICTION_MOBILE_FIRST = 1_740_605;
export const FICTION_MOBILE_COUNT = 95;
export const fictionMobile = (n: number): string => `070${FICTION_MOBILE_FIRST + (n % FICTION_MOBILE_COUNT)}`;
