import { randomUUID } from 'node:crypto';
import type { Database } from '#src/platform/db/index.ts';
import { CUSTOMER_COOKIE } from '#src/modules/customers/index.ts';
import { createTestApp } from '../../../test/app.ts';
import { startTestSmtp, tokenOf } from '../../../test/smtp.ts';

/** A product for checkout tests, inserted with plain SQL (the catalogue's own columns only). */
export async function insertTestProduct(
  database: Pick<Database, 'query'>,
  p: { articleNumber: string; priceExVatOre: number; vatRate?: number; stock: number; nameSv?: string },
): Promise<string> {
  const [row] = await database.query<{ id: string }>(
    `insert into products (article_number, name_sv, name_en, description_sv, description_en, price_ex_vat_ore, vat_rate, stock, created_at)
     values ($1, $2, $3, '', '', $4, $5, $6, now()) returning id`,
    [
      p.articleNumber,
      p.nameSv ?? `Artikel ${p.articleNumber}`,
      `Article ${p.articleNumber}`,
      p.priceExVatOre,
      p.vatRate ?? 25,
      p.stock,
    ],
  );
  return row!.id;
}

export const stockOf = async (database: Pick<Database, 'query'>, articleNumber: string): Promise<number> =>
  Number(
    (
      await database.query<{ stock: number }>('select stock from products where article_number = $1', [articleNumber])
    )[0]!.stock,
  );

/** A guest checkout body: a Swedish limited company paying by invoice. */
export function guestOrder(lines: { articleNumber: string; quantity: number }[], over: Record<string, unknown> = {}) {
  return {
    lines,
    paymentMethod: 'invoice',
    buyer: {
      companyName: 'Tandläkarna i Ystad AB',
      orgNr: '556711-0001',
      country: 'SE',
      contactName: 'Greta Gäst',
      email: 'greta@tandlakarna.example',
      phone: '0411-123 45',
      billing: { street: 'Stora Östergatan 1', postalCode: '271 34', city: 'Ystad' },
      marketingRefused: true,
      ...over,
    },
  };
}

export const newKey = () => randomUUID();

/** The platform with mail over real SMTP and jobs working, and customers who sign up over HTTP. */
export async function startCheckoutHarness() {
  const smtp = await startTestSmtp();
  const t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://kliniksupport.test' } });
  await t.rt.jobs.work();
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });
  const sessionOf = (res: { cookies: { name: string; value: string }[] }) => {
    const c = res.cookies.find((x) => x.name === CUSTOMER_COOKIE)!;
    return { cookie: `${CUSTOMER_COOKIE}=${c.value}` };
  };
  let n = 0;
  return {
    t,
    smtp,
    post,
    sessionOf,
    /** Registers a company, verifies the address and signs in; returns the session's headers. */
    async customer(email: string) {
      const orgNrs = ['556711-0373', '556711-0746', '556711-1116', '556711-1488'];
      await post('/api/customers/registrations', {
        company: {
          orgNr: orgNrs[n++]!,
          name: `Kliniken nr ${n} AB`,
          street: 'Storgatan 1',
          postalCode: '239 41',
          city: 'Falsterbo',
        },
        contact: { fullName: 'Karin Kanarie', email, password: PASSWORD },
      });
      const mail = await smtp.waitFor(email, (m) => m.subject.startsWith('Bekräfta din e-postadress'));
      await post('/api/customers/verify', { token: tokenOf(mail, '/konto/verifiera') });
      return sessionOf(await post('/api/customers/session', { email, password: PASSWORD }));
    },
    async count(table: string, where = 'true') {
      return Number(
        (await t.database.query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`))[0]!.n,
      );
    },
    async close() {
      await t.close();
      await smtp.close();
    },
  };
}
export type CheckoutHarness = Awaited<ReturnType<typeof startCheckoutHarness>>;
const PASSWORD = 'en lång lösenfras 2026';
