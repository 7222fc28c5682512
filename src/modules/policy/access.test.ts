import { describe, expect, it } from 'vitest';
import { categoriesOfPurpose, categoriesOfRole, mayRoleUse, purposesOfRole, rolesOfPurpose } from './access.ts';
import { policy, type CategoryId, type PurposeId } from './policy.data.ts';
import { recipientsOfPurpose, retentionRulesOfPurpose, statutoryOverridesOf } from './policy.queries.ts';

describe('purpose-bound access (§9)', () => {
  it('gives every role at least one purpose and every purpose at least one role', () => {
    for (const r of policy.roles) expect(purposesOfRole(r.id).length, r.id).toBeGreaterThan(0);
    for (const p of policy.purposes) expect(rolesOfPurpose(p.id).length, p.id).toBeGreaterThan(0);
  });

  it('maps roles to the least purposes they need', () => {
    expect(purposesOfRole('marketing')).toEqual(['c.marketing', 'f.do_not_market', '6.personal_offers']);
    expect(purposesOfRole('customer_service')).toEqual(['b.customer_service', 'a.orders']);
    expect(purposesOfRole('finance')).toEqual(['a.orders', 'g.legal_obligations']);
    expect(purposesOfRole('privacy_officer')).toEqual(['g.legal_obligations']);
    expect(purposesOfRole('security')).toEqual(['e.abuse_prevention']);
    expect(purposesOfRole('system_administration')).toEqual(['d.improvement', 'e.abuse_prevention']);
  });

  it('never lets marketing reach payment details or case information', () => {
    for (const purpose of purposesOfRole('marketing')) {
      const cats = categoriesOfRole('marketing', purpose);
      expect(cats).not.toContain('payment_details');
      expect(cats).not.toContain('case_information');
    }
    const r = mayRoleUse('marketing', 'c.marketing', ['email', 'payment_details']);
    expect(r).toMatchObject({ ok: false, reason: 'categories_not_allowed', refused: ['payment_details'] });
  });

  it('never lets customer service reach IP addresses, nor payment details of orders', () => {
    for (const purpose of purposesOfRole('customer_service')) {
      expect(categoriesOfRole('customer_service', purpose)).not.toContain('ip_address');
    }
    expect(mayRoleUse('customer_service', 'a.orders', ['purchase_history'])).toEqual({ ok: true });
    expect(mayRoleUse('customer_service', 'a.orders', ['payment_details'])).toMatchObject({
      ok: false,
      refused: ['payment_details'],
    });
  });

  it('lets customer service only read orders, but write cases', () => {
    expect(mayRoleUse('customer_service', 'a.orders', ['full_name'], 'write')).toMatchObject({
      ok: false,
      reason: 'write_not_allowed',
    });
    expect(mayRoleUse('customer_service', 'b.customer_service', ['case_information', 'images'], 'write')).toEqual({
      ok: true,
    });
  });

  it('refuses a purpose the role does not serve, and ids that slipped past the types', () => {
    expect(mayRoleUse('marketing', 'b.customer_service', ['full_name'])).toMatchObject({
      ok: false,
      reason: 'purpose_not_allowed',
      refused: ['full_name'],
    });
    expect(mayRoleUse('security', 'x.unknown' as PurposeId, [])).toMatchObject({
      ok: false,
      reason: 'purpose_not_allowed',
    });
    expect(mayRoleUse('security', 'e.abuse_prevention', ['shoe_size' as CategoryId])).toMatchObject({
      ok: false,
      refused: ['shoe_size'],
    });
  });

  it('binds each purpose to its own categories', () => {
    expect(categoriesOfPurpose('e.abuse_prevention')).toEqual(['ip_address', 'email']);
    expect(categoriesOfPurpose('f.do_not_market')).toEqual(['company_data']);
    expect(categoriesOfPurpose('x' as PurposeId)).toEqual([]);
  });
});

describe('views across the data', () => {
  it('finds the recipients and retention rules of a purpose, and the laws overriding a rule', () => {
    expect(recipientsOfPurpose('c.marketing')).toEqual(['marketing_vendors']);
    expect(recipientsOfPurpose('e.abuse_prevention')).toEqual([]);
    expect(retentionRulesOfPurpose('a.orders')).toEqual([
      'history_5y',
      'legal_claim',
      'bfl_accounting',
      'mdr_device_supply',
      'mdr_implantable_supply',
    ]);
    expect(retentionRulesOfPurpose('e.abuse_prevention')).toEqual(['security_ip_30d']);
    expect(statutoryOverridesOf('history_5y')).toEqual([
      'bfl_accounting',
      'mdr_device_supply',
      'mdr_implantable_supply',
      'legal_claim',
    ]);
    expect(statutoryOverridesOf('consent_5y')).toEqual([]);
  });
});
