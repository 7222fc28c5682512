import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './app.ts';

const registration = (over: { email?: string; orgNr?: string; phone?: string } = {}) => ({
  company: {
    orgNr: over.orgNr ?? '556940-3339',
    name: 'Kliniken i Falsterbo AB',
    street: 'Storgatan 1',
    postalCode: '239 41',
    city: 'Falsterbo',
  },
  contact: {
    fullName: 'Karin Kanarie',
    email: over.email ?? 'karin@kliniken.example',
    phone: over.phone ?? '070-174 06 42',
    password: 'en lång lösenfras 2026',
  },
});

describe('the platform over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async (table: string) =>
    Number(
      (
        (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );

  it('serves liveness, readiness, the OpenAPI document and its reference', async () => {
    expect((await t.app.inject({ url: '/health/live' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/health/ready' })).json()).toEqual({ status: 'ready' });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/catalog/products', '/api/customers/registrations', '/api/staff/session']),
    );
    const ref = await t.app.inject({ url: '/api/docs/' });
    expect(ref.statusCode).toBe(200);
    expect(ref.headers['content-type']).toContain('text/html');
  });

  it('names the field of bad input and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: registration({ orgNr: '556940-3338' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', fields: [{ field: 'body.company.orgNr' }] });
    expect(await count('companies')).toBe(0);
    expect(await count('contacts')).toBe(0);
  });

  it('answers a known and an unknown address alike', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/customers/registrations', payload: registration() });
    const again = await t.app.inject({ method: 'POST', url: '/api/customers/registrations', payload: registration() });
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    expect(await count('companies')).toBe(1);
    expect(await count('contacts')).toBe(1);
  });

  it('answers an unknown API route with a JSON 404 that does not echo the path', async () => {
    const res = await t.app.inject({ url: '/api/nothing/anna@example.se' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('anna');
  });

  it('logs no personal data: a canary e-mail address and phone number never reach the log', async () => {
    const canaryEmail = 'kanariefagel.7f3a9@canary.example';
    const canaryPhone = '070-1740677';
    const canaryDigits = '0701740677';
    const before = t.logs.length;
    // A good registration, a rejected one (bad org. nr), one that trips a schema rule, and a query string.
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: registration({ email: canaryEmail, orgNr: '202100-5489', phone: canaryPhone }),
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: registration({ email: canaryEmail, orgNr: '1', phone: canaryPhone }),
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/customers/registrations',
      payload: { ...registration({ email: canaryEmail, phone: canaryPhone }), extra: canaryEmail },
    });
    await t.app.inject({ method: 'GET', url: `/api/catalog/products?q=${encodeURIComponent(canaryEmail)}` });
    const written = t.logs.slice(before);
    expect(written.length).toBeGreaterThanOrEqual(8); // request and response lines were logged
    const text = written.join('\n');
    expect(text).not.toContain(canaryEmail);
    expect(text).not.toContain('kanariefagel');
    expect(text).not.toContain(canaryPhone);
    expect(text).not.toContain(canaryDigits);
  });
});
