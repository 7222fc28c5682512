import { hashPassword } from '#src/modules/identity/index.ts';
import { CUSTOMER_COOKIE } from '#src/modules/customers/index.ts';
import type { TestApp } from './app.ts';

let hashed: Promise<string> | undefined;
const PASSWORD = 'en lång lösenfras 2026';

/**
 * A company with one verified contact person, signed in through the customers module's route.
 * Rows are written directly (no registration letter): these tests are about the request register.
 */
export async function signedInCustomer(
  t: TestApp,
  tag: string,
): Promise<{ contactId: string; companyId: string; headers: { cookie: string }; signIn(): Promise<void> }> {
  const hash = await (hashed ??= hashPassword(PASSWORD));
  const orgNr = `55${String(Math.abs([...tag].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)) % 1e8).padStart(8, '0')}`;
  const [company] = await t.database.query<{ id: string }>(
    `insert into companies (org_nr, name, legal_form, natural_person, street, postal_code, city, created_at)
     values ($1, $2, 'Aktiebolag', false, 'Klinikvägen 1', '21111', 'Malmö', $3) returning id`,
    [orgNr, `Klinik ${tag} AB`, t.clock.now()],
  );
  const email = `kund-${tag}@klinik.example`;
  const [contact] = await t.database.query<{ id: string }>(
    `insert into contacts (company_id, full_name, email, password_hash, company_admin, email_verified_at, created_at)
     values ($1, $2, $3, $4, true, $5, $5) returning id`,
    [company!.id, `Kund ${tag}`, email, hash, t.clock.now()],
  );
  const customer = {
    contactId: contact!.id,
    companyId: company!.id,
    headers: { cookie: '' },
    /** Signs in again (after the test clock has moved past the session's end). */
    async signIn() {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/customers/session',
        payload: { email, password: PASSWORD },
      });
      const session = res.cookies.find((c) => c.name === CUSTOMER_COOKIE);
      if (!session) throw new Error(`sign-in: ${res.statusCode} ${res.body}`);
      customer.headers.cookie = `${CUSTOMER_COOKIE}=${session.value}`;
    },
  };
  await customer.signIn();
  return customer;
}
