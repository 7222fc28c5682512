import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInStaff } from '../../../test/staff.ts';
import { startAccountsHarness, type AccountsHarness } from './accounts.testing.ts';

describe('who at Kliniksupport accessed my data', () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness();
  });
  afterAll(async () => h.close());

  it('shows the customer each staff lookup of their data: role and purpose, never the staff member', async () => {
    const { email, password } = await h.registerVerified({ email: 'vera@insyn.example' });
    const customer = await h.signIn(email, password);
    const [{ id: contactId }] = (await h.t.database.query<{ id: string }>('select id from contacts where email = $1', [
      email,
    ])) as [{ id: string }];

    const empty = await h.t.app.inject({ url: '/api/customers/me/access-log', headers: customer.headers });
    expect(empty.statusCode).toBe(200);
    expect(empty.headers['cache-control']).toBe('no-store');
    expect(empty.json().items).toEqual([]);

    const { headers: staffCookie } = await createSignedInStaff(h.t, {
      email: 'kundtjanst@kliniksupport.test',
      displayName: 'Kim Kundtjänst',
      roles: ['customer_service'],
      password: 'kundtjänst hjälper gärna',
    });
    const lookup = await h.t.app.inject({
      url: `/api/staff/customers/contacts/${contactId}?purpose=b.customer_service`,
      headers: staffCookie,
    });
    expect(lookup.statusCode).toBe(200);

    const seen = await h.t.app.inject({ url: '/api/customers/me/access-log', headers: customer.headers });
    const items = seen.json().items as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actorRole: 'customer_service',
      purpose: 'b.customer_service',
      action: 'read',
      roleLabel: { sv: 'Kundtjänst', en: 'Customer service' },
    });
    expect(items[0]!.categories).toEqual(expect.arrayContaining(['full_name', 'email', 'phone']));
    expect(JSON.stringify(items)).not.toContain('Kim');

    expect((await h.t.app.inject({ url: '/api/customers/me/access-log' })).statusCode).toBe(401);
  });
});
