import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExtractSchema } from '#src/modules/privacy/index.ts';
import { createTestApp, type TestApp } from './app.ts';
import { signedInCustomer } from './customers.ts';

/** A signed-in customer downloads their register extract, after a fresh sign-in, as JSON and PDF. */
const EMAIL = 'kund-utdrag@klinik.example';
let t: TestApp;
let me: Awaited<ReturnType<typeof signedInCustomer>>;

beforeAll(async () => {
  t = await createTestApp();
  me = await signedInCustomer(t, 'utdrag');
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = me.headers) => t.app.inject({ url, headers });

describe('my register extract', () => {
  it('is mine alone: signed out gets 401; JSON against the published schema, with my data', async () => {
    expect((await get('/api/customers/me/privacy/extract', {})).statusCode).toBe(401);
    const res = await get('/api/customers/me/privacy/extract');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="registerutdrag-\d{4}-\d{2}-\d{2}\.json"/);
    const extract = registerExtractSchema.parse(res.json());
    const contacts = extract.sections.find((s) => s.table === 'contacts')!;
    expect(contacts.rows[0]!.values.email).toBe(EMAIL);
    expect(contacts.columns.email).toBe('email');
    expect(extract.sections.find((s) => s.table === 'companies')!.rows).toHaveLength(1);
    const schema = await get('/api/privacy/register-extract.schema.json', {});
    expect(schema.statusCode).toBe(200);
    expect(schema.json().properties.sections).toBeDefined();
  });

  it('needs a fresh sign-in: after a quarter of an hour, sign in again', async () => {
    t.clock.advance({ minutes: 16 });
    const stale = await get('/api/customers/me/privacy/extract');
    expect(stale.statusCode).toBe(403);
    expect(stale.json().message).toContain('Logga in igen');
    await me.signIn();
    expect((await get('/api/customers/me/privacy/extract')).statusCode).toBe(200);
  });

  it('as a PDF letter in Swedish, or in English on request, naming IMY', async () => {
    const textOf = async (pdf: Buffer) =>
      (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, ' ');
    const sv = await get('/api/customers/me/privacy/extract?format=pdf');
    expect(sv.headers['content-type']).toBe('application/pdf');
    const text = await textOf(sv.rawPayload);
    expect(text).toContain('Registerutdrag');
    expect(text).toContain(EMAIL);
    expect(text).toContain('Rättslig grund: Avtal');
    expect(text).toContain('Integritetsskyddsmyndigheten');
    const en = await textOf((await get('/api/customers/me/privacy/extract?format=pdf&lang=en')).rawPayload);
    expect(en).toContain('Register extract');
    expect(en).toContain('Legal basis: Contract');
    expect((await get('/api/customers/me/privacy/extract?format=xml')).statusCode).toBe(400);
  });
});
