import { createTestApp } from '../../../test/app.ts';
import { startTestSmtp, tokenOf } from '../../../test/smtp.ts';
import { CUSTOMER_COOKIE } from './index.ts';

export const PASSWORD = 'en lång lösenfras 2026';

/** The platform on a fresh database, its mail going over real SMTP to a local server, jobs working. */
export async function startAccountsHarness() {
  const smtp = await startTestSmtp();
  const t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://kliniksupport.test' } });
  await t.rt.jobs.work();
  let n = 0;

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });

  /** Registers a company with its first contact (the administrator); returns the verification mail. */
  async function register(over: { email?: string; orgNr?: string; name?: string; password?: string } = {}) {
    n++;
    const email = over.email ?? `kontakt${n}@klinik${n}.example`;
    const res = await post('/api/customers/registrations', {
      company: {
        orgNr: over.orgNr ?? ORG_NRS[n % ORG_NRS.length]!,
        name: over.name ?? `Kliniken nr ${n} AB`,
        street: 'Storgatan 1',
        postalCode: '239 41',
        city: 'Falsterbo',
      },
      contact: { fullName: 'Karin Kanarie', email, phone: '070-174 06 42', password: over.password ?? PASSWORD },
    });
    if (res.statusCode !== 202) throw new Error(`registration: ${res.statusCode} ${res.body}`);
    return smtp.waitFor(email, (m) => m.subject.startsWith('Bekräfta din e-postadress'));
  }

  return {
    t,
    smtp,
    register,
    post,
    /** Registers and verifies; returns the contact's address and password. */
    async registerVerified(over: { email?: string; orgNr?: string; password?: string } = {}) {
      const mail = await register(over);
      const res = await post('/api/customers/verify', { token: tokenOf(mail, '/konto/verifiera') });
      if (res.statusCode !== 204) throw new Error(`verify: ${res.statusCode} ${res.body}`);
      return { email: mail.to[0]!, password: over.password ?? PASSWORD };
    },
    /** Signs in; `headers` carry the session cookie (none when refused). */
    async signIn(email: string, password: string) {
      const res = await post('/api/customers/session', { email, password });
      const cookie = res.cookies.find((c) => c.name === CUSTOMER_COOKIE);
      const headers: Record<string, string> = cookie ? { cookie: `${CUSTOMER_COOKIE}=${cookie.value}` } : {};
      return { status: res.statusCode, headers };
    },
    async count(table: string, where = 'true', params: unknown[] = []) {
      const rows = await t.database.query<{ n: number }>(
        `select count(*)::int as n from ${table} where ${where}`,
        params,
      );
      return Number(rows[0]!.n);
    },
    async close() {
      await t.close();
      await smtp.close();
    },
  };
}

export type AccountsHarness = Awaited<ReturnType<typeof startAccountsHarness>>;

/** Valid organisationsnummer of limited companies (Luhn-checked), one per registration. */
export const ORG_NRS = [
  '556711-0001',
  '556711-0373',
  '556711-0746',
  '556711-1116',
  '556711-1488',
  '556711-1850',
  '556711-2221',
  '556711-2593',
  '556711-2965',
  '556711-3336',
  '556711-3708',
  '556711-4078',
];
