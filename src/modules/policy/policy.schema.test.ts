import { describe, expect, it } from 'vitest';
import { policy } from './policy.data.ts';
import { policySchema, referenceProblems } from './policy.schema.ts';
import { parseOrganisationsnummer } from './orgnr.ts';
import type { PolicyData } from './policy.types.ts';

/** A deep, writable copy to break on purpose. */
type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> };
const copy = () => structuredClone(policy) as unknown as Writable<PolicyData>;

describe('the policy data', () => {
  it('passes the schema and every integrity check', () => {
    const result = policySchema.safeParse(policy);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(referenceProblems(policy)).toEqual([]);
  });

  it('names the controller and DPO with a valid organisationsnummer (§2)', () => {
    expect(policy.controller).toMatchObject({
      name: 'Kliniksupport Sverige AB',
      street: 'Falsterbovägen 32',
      postalCode: '239 41',
      city: 'Falsterbo',
      phone: '040-45 56 80',
      email: 'info@kliniksupport.se',
    });
    expect(parseOrganisationsnummer(policy.controller.orgNr)).toMatchObject({
      ok: true,
      formatted: '556940-3339',
      legalForm: 'aktiebolag',
    });
    expect(policy.dpo.sameAsController).toBe(true);
    expect(policy.dpo.name).toBe(policy.controller.name);
  });

  it('rejects a controller whose organisationsnummer fails the Luhn check', () => {
    const p = copy();
    p.controller.orgNr = '556940-3338';
    expect(policySchema.safeParse(p).success).toBe(false);
  });

  it('holds the purposes a–g of §4 and §6, each with a legal basis', () => {
    expect(policy.purposes.map((p) => p.id)).toEqual([
      'a.orders',
      'a.account',
      'b.customer_service',
      'c.marketing',
      'd.improvement',
      'e.abuse_prevention',
      'f.do_not_market',
      'g.legal_obligations',
      '6.personal_offers',
    ]);
    for (const p of policy.purposes) expect(p.bases.length, p.id).toBeGreaterThan(0);
  });

  it('bases marketing on contract, legitimate interest or consent depending on who you are (§4c, §8)', () => {
    const marketing = policy.purposes.find((p) => p.id === 'c.marketing')!;
    const basisFor = (s: string) =>
      marketing.bases.filter((b) => (b.appliesTo as readonly string[]).includes(s)).map((b) => b.basis);
    expect(basisFor('account_contact')).toEqual(['contract']);
    expect(basisFor('guest_customer')).toEqual(['legitimate_interest']);
    expect(basisFor('consenting_prospect')).toEqual(['consent']);
    const service = policy.purposes.find((p) => p.id === 'b.customer_service')!;
    expect(service.bases.map((b) => b.basis)).toEqual(['legitimate_interest', 'contract']);
  });

  it('marks IP address and usage history as technical data', () => {
    expect(
      policy.categories
        .filter((c) => c.technical)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['ip_address', 'usage_history']);
  });

  it('marks statutory rules with their law and the policy rules they override', () => {
    const statutory = policy.retentionRules.filter((r) => r.kind === 'statutory');
    expect(statutory.map((r) => r.law.citation)).toEqual([
      'Bokföringslagen (1999:1078) 7 kap. 2 §',
      'Förordning (EU) 2017/745 (MDR) art. 25',
      'Förordning (EU) 2017/745 (MDR) art. 25',
      'Dataskyddsförordningen (EU) 2016/679 art. 17.3 e',
    ]);
    for (const r of statutory) {
      expect(r.overrides.length).toBeGreaterThan(0);
      expect(r.restricted && r.subjectInformed).toBe(true);
    }
  });

  it('calls the supervisory authority IMY and notes the old name', () => {
    expect(policy.supervisoryAuthority).toMatchObject({
      shortName: 'IMY',
      email: 'imy@imy.se',
      formerName: 'Datainspektionen',
    });
  });

  describe('catches broken data', () => {
    const cases: [string, (p: Writable<PolicyData>) => void, RegExp][] = [
      [
        'an unknown category',
        (p) => void (p.purposes[0]!.categories = ['full_name', 'shoe_size']),
        /unknown category 'shoe_size'/,
      ],
      [
        'an unknown retention rule',
        (p) => void (p.purposes[0]!.retention = ['forever']),
        /unknown retention rule 'forever'/,
      ],
      ['a purpose without legal basis', (p) => void (p.purposes[0]!.bases = []), /legal basis/],
      [
        'a subject without a basis',
        (p) => void (p.purposes[1]!.subjects = ['account_contact', 'guest_customer']),
        /no legal basis for subject 'guest_customer'/,
      ],
      [
        'an unused retention rule',
        (p) => void (p.purposes[5]!.retention = ['history_5y']),
        /security_ip_30d is used by no purpose/,
      ],
      ['a role serving nothing', (p) => void (p.roles[0]!.grants = []), /at least one purpose/],
      [
        'a grant wider than its purpose',
        (p) => void (p.roles[0]!.grants[1]!.categories = ['ip_address']),
        /'ip_address' is not in the purpose's own/,
      ],
      [
        'a role granted an unknown purpose',
        (p) => void (p.roles[0]!.grants[0]!.purpose = 'x.spying'),
        /unknown purpose 'x.spying'/,
      ],
      [
        'a recipient of an unknown purpose',
        (p) => void (p.recipients[0]!.purposes = ['z.nothing']),
        /unknown purpose 'z.nothing'/,
      ],
      ['a processor without agreement', (p) => void (p.recipients[0]!.safeguard.article = null), /art\. 28/],
      [
        'a statutory override of nothing',
        (p) => {
          const r = p.retentionRules.find((x) => x.kind === 'statutory')!;
          if (r.kind === 'statutory') r.overrides = ['nothing'];
        },
        /unknown retention rule 'nothing'/,
      ],
      ['a duplicate id', (p) => void p.categories.push({ ...p.categories[0]! }), /duplicate category id 'full_name'/],
    ];
    for (const [name, breakIt, message] of cases) {
      it(name, () => {
        const p = copy();
        breakIt(p);
        const result = policySchema.safeParse(p);
        expect(result.success).toBe(false);
        expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(message);
      });
    }
  });
});
