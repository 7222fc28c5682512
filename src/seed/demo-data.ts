import { legalForms, parseOrganisationsnummer } from '#src/modules/policy/index.ts';
import { createRng } from './prng.ts';
import { demoUdiDi, withLuhn } from './checksums.ts';
import { DEMO_COMPANIES, FIRST_NAMES, LAST_NAMES, emailLocalPart, fictionMobile } from './demo-companies.ts';
import { DEMO_PRODUCTS, SEARCH_TERMS, demoArticleNumber } from './demo-catalog.ts';

/**
 * The demo data set as plain rows, computed from "now" alone: the same clock gives the same
 * rows. Rows refer to each other by natural key (org. nr, e-mail, article number). The orders
 * and what followed them are planned in demo-orders-plan.ts.
 */
export type DemoData = ReturnType<typeof buildDemoData>;

const DAY = 86_400_000;
/** Kliniksupport's own number: never handed to a demo customer. */
const OWN_ORG_NR = '5569403339';

export function buildDemoData(now: Date) {
  const t0 = now.getTime();
  const ago = (days: number, extraMs = 0) => new Date(t0 - days * DAY - extraMs);

  const rng = createRng(0x4b5f_2026);
  const usedOrgNrs = new Set([OWN_ORG_NR]);
  const uniqueOrgNr = (make: () => string) => {
    for (;;) {
      const nr = withLuhn(make());
      if (usedOrgNrs.has(nr)) continue;
      usedOrgNrs.add(nr);
      return nr;
    }
  };
  const digits = (n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');

  const companies = DEMO_COMPANIES.map((c) => {
    const orgNr = uniqueOrgNr(() =>
      c.owner
        ? `${c.owner.birthDate}${rng.int(100, 999)}`
        : c.legalForm === 'handelsbolag'
          ? `969${digits(6)}`
          : `556${digits(6)}`,
    );
    // Legal form and natural person are read from the number, as registration does.
    const parsed = parseOrganisationsnummer(orgNr);
    if (!parsed.ok || parsed.legalForm !== c.legalForm)
      throw new Error(`demo seed: ${orgNr} is not a valid ${c.legalForm}`);
    return {
      orgNr,
      name: c.name,
      legalForm: legalForms[parsed.legalForm].sv,
      naturalPerson: parsed.naturalPerson,
      street: c.street,
      postalCode: c.postalCode,
      city: c.city,
      createdAt: ago(1_100 + rng.int(0, 1_000), rng.int(0, DAY - 1)),
    };
  });

  let phoneSeq = 0;
  const contacts = DEMO_COMPANIES.flatMap((c, ci) => {
    const company = companies[ci]!;
    const n = c.owner ? 1 : rng.int(1, 4);
    // A sole trader's contact is the owner.
    const names = new Set<string>(c.owner ? [c.owner.name] : []);
    while (names.size < n) names.add(`${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
    return [...names].map((fullName, i) => {
      const createdAt = new Date(company.createdAt.getTime() + (i === 0 ? 0 : rng.int(1, 300) * DAY));
      return {
        companyOrgNr: company.orgNr,
        fullName,
        email: `${emailLocalPart(fullName)}@${c.domain}`,
        phone: rng.chance(0.85) ? fictionMobile(phoneSeq++) : null,
        // The first contact registered the company and administers its colleagues.
        companyAdmin: i === 0,
        emailVerifiedAt: createdAt,
        createdAt,
      };
    });
  });

  const products = DEMO_PRODUCTS.map((p, i) => {
    const articleNumber = demoArticleNumber(i);
    return {
      ...p,
      articleNumber,
      vatRate: 25,
      stock: rng.chance(0.05) ? 0 : rng.int(5, 2_500),
      udiDi: p.medicalDevice ? demoUdiDi(articleNumber) : null,
      // Listed before the six years of order history began.
      createdAt: ago(6 * 365 + 120 + i),
    };
  });

  const usageEvents = contacts.flatMap((ct) =>
    Array.from({ length: rng.int(0, 12) }, () => {
      const search = rng.chance(0.35);
      return {
        contactEmail: ct.email,
        kind: search ? 'search' : 'view',
        subject: search ? rng.pick(SEARCH_TERMS) : rng.pick(products).articleNumber,
        occurredAt: ago(rng.int(0, 730), rng.int(0, DAY - 1)),
      };
    }),
  );

  return { companies, contacts, products, usageEvents };
}
