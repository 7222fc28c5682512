import { describe, expect, it } from 'vitest';
import { customersInventory } from '#src/modules/customers/index.ts';
import { categoriesOfRole } from '#src/modules/policy/index.ts';
import { filterRow, roleForPurpose } from './index.ts';

const contactInv = customersInventory[1]!;
const row = {
  id: 'c1',
  companyId: 'k1',
  fullName: 'Berit',
  email: 'b@x.example',
  phone: '0701740650',
  passwordHash: '$argon2id$…',
  companyAdmin: true,
  emailVerifiedAt: null,
  createdAt: new Date(0),
  somethingUndeclared: 'x',
};

describe('purpose-bound field filtering', () => {
  it('drops credentials and fields the inventory does not know, whatever the purpose', () => {
    const all = new Set(categoriesOfRole('privacy_officer', 'g.legal_obligations'));
    const { row: out } = filterRow(row, contactInv, 'g.legal_obligations', all);
    expect(out).not.toHaveProperty('passwordHash');
    expect(out).not.toHaveProperty('somethingUndeclared');
    expect(out).toMatchObject({ fullName: 'Berit', email: 'b@x.example', phone: '0701740650' });
  });
  it('returns only the categories the purpose may use, and reports those handed out', () => {
    const { row: out, categories } = filterRow(
      row,
      contactInv,
      'e.abuse_prevention',
      new Set(categoriesOfRole('security', 'e.abuse_prevention')),
    );
    expect(Object.keys(out).sort()).toEqual([
      'companyAdmin',
      'companyId',
      'createdAt',
      'email',
      'emailVerifiedAt',
      'id',
    ]);
    expect(categories).toEqual(['email']);
  });
  it('refuses a purpose none of the actor’s roles serves, and picks the role that may see most', () => {
    expect(() => roleForPurpose({ staffId: 's', roles: ['marketing'], ip: null }, 'a.orders')).toThrow(/a\.orders/);
    const r = roleForPurpose({ staffId: 's', roles: ['customer_service', 'finance'], ip: null }, 'a.orders');
    expect(r.role).toBe('finance'); // finance may see payment details for orders; customer service may not
    expect(r.categories.has('payment_details')).toBe(true);
  });
});
