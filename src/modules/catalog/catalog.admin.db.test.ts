import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSignedInStaff } from '../../../test/staff.ts';
import { insertTestCategories } from './catalog.testing.ts';
import { withGs1CheckDigit } from './gtin.ts';

type Res = Awaited<ReturnType<TestApp['app']['inject']>>;
const fieldsOf = (res: Res) => res.json<{ fields: { field: string }[] }>().fields.map((f) => f.field);

const UDI = withGs1CheckDigit('0735999910001');

const product = (over: Record<string, unknown> = {}) => ({
  articleNumber: 'KS-5001',
  nameSv: 'Sterila operationshandskar, storlek 7',
  nameEn: 'Sterile surgical gloves, size 7',
  descriptionSv: 'Puderfria.',
  descriptionEn: 'Powder-free.',
  priceExVatOre: 64_500,
  vatRate: 25,
  stock: 12,
  medicalDevice: true,
  udiDi: UDI,
  categories: ['handskar'],
  images: [{ path: '/api/catalog/images/demo/handskar/KS-5001.svg', altSv: 'Handskar', altEn: 'Gloves' }],
  ...over,
});

describe('back office catalogue: order administration creates and edits products and lots', () => {
  let t: TestApp;
  let admin: { cookie: string };
  let marketer: { cookie: string };
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: { cookie: string }, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    await insertTestCategories(t.database.db);
    admin = await createSignedInStaff(t, { email: 'olle.order@kliniksupport.se', roles: ['order_administration'] });
    marketer = await createSignedInStaff(t, { email: 'maja.marknad@kliniksupport.se', roles: ['marketing'] });
  });
  afterAll(async () => t.close());

  it('refuses marketing staff (403) and the signed-out (401) on every write', async () => {
    const writes = [
      ['POST', '/api/staff/catalog/products', product()],
      ['PUT', '/api/staff/catalog/products/KS-5001', product({ articleNumber: undefined })],
      ['POST', '/api/staff/catalog/products/KS-5001/lots', { lotNumber: 'L1', expiresOn: null, quantity: 1 }],
      ['POST', '/api/staff/catalog/import', { csv: 'article_number\nKS-1' }],
    ] as const;
    for (const [method, url, body] of writes) {
      expect((await call(method, url, marketer, body)).statusCode, url).toBe(403);
      expect((await call(method, url, undefined, body)).statusCode, url).toBe(401);
    }
    expect((await call('GET', '/api/staff/catalog/products/KS-5001', marketer)).statusCode).toBe(403);
    expect((await call('GET', '/api/catalog/products/KS-5001')).statusCode).toBe(404);
  });

  it('creates a product that the storefront then shows', async () => {
    const res = await call('POST', '/api/staff/catalog/products', admin, product());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ articleNumber: 'KS-5001', udiDi: UDI, categories: ['handskar'], lots: [] });
    const pub = await call('GET', '/api/catalog/products/KS-5001');
    expect(pub.json()).toMatchObject({
      priceExVatOre: 64_500,
      vatOre: 16_125,
      medicalDevice: true,
      implantable: false,
    });
    const again = await call('POST', '/api/staff/catalog/products', admin, product());
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)).toEqual(['body.articleNumber']);
  });

  it('names the field of every validation error, and writes nothing', async () => {
    const bad = async (over: Record<string, unknown>, field: string, message?: RegExp) => {
      const res = await call(
        'POST',
        '/api/staff/catalog/products',
        admin,
        product({ articleNumber: 'KS-5999', ...over }),
      );
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(fieldsOf(res), JSON.stringify(over)).toContain(field);
      if (message) expect(res.body).toMatch(message);
    };
    await bad({ nameSv: '' }, 'body.nameSv');
    await bad({ vatRate: 20 }, 'body.vatRate', /25, 12 or 6/);
    await bad({ priceExVatOre: 12.5 }, 'body.priceExVatOre');
    await bad({ stock: -1 }, 'body.stock');
    await bad({ articleNumber: 'ks 1' }, 'body.articleNumber');
    await bad({ categories: [] }, 'body.categories');
    await bad({ categories: ['okand'] }, 'body.categories', /unknown category okand/);
    await bad({ colour: 'red' }, 'body');
    // UDI-DI: required for a medical device, a GTIN-14 with a valid check digit, none otherwise.
    await bad({ udiDi: null }, 'body.udiDi', /required for a medical device/);
    await bad({ udiDi: UDI.slice(0, 13) + String((Number(UDI[13]) + 1) % 10) }, 'body.udiDi', /check digit/);
    await bad({ udiDi: '735999910001' }, 'body.udiDi', /14-digit/);
    await bad({ medicalDevice: false }, 'body.udiDi', /medical devices only/);
    // An implant is a medical device: said by the validation, not by the database's check constraint.
    await bad({ medicalDevice: false, udiDi: null, implantable: true }, 'body.implantable', /must be a medical device/);
    await bad({ implantable: 'ja' }, 'body.implantable');
    expect((await call('GET', '/api/catalog/products/KS-5999')).statusCode).toBe(404);
  });

  it('edits a product: fields, categories and images replaced; a non-device loses its UDI-DI', async () => {
    const { articleNumber: _a, ...rest } = product();
    const res = await call('PUT', '/api/staff/catalog/products/KS-5001', admin, {
      ...rest,
      priceExVatOre: 59_900,
      vatRate: 12,
      categories: ['handskar', 'tandvard'],
      images: [],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      priceExVatOre: 59_900,
      vatRate: 12,
      categories: ['handskar', 'tandvard'],
      images: [],
    });
    const plain = await call('PUT', '/api/staff/catalog/products/KS-5001', admin, {
      ...rest,
      medicalDevice: false,
      udiDi: null,
    });
    expect(plain.json()).toMatchObject({ medicalDevice: false, udiDi: null });
    const missing = await call('PUT', '/api/staff/catalog/products/KS-0404', admin, rest);
    expect(missing.statusCode).toBe(404);
    const badUdi = await call('PUT', '/api/staff/catalog/products/KS-5001', admin, { ...rest, udiDi: '123' });
    expect(fieldsOf(badUdi)).toContain('body.udiDi');
  });

  it('creates and edits an implantable device; refuses to make an implant a non-device', async () => {
    const implant = product({
      articleNumber: 'KS-5100',
      nameSv: 'Tandimplantat titan Ø 4,1 × 10 mm',
      nameEn: 'Dental implant titanium Ø 4.1 × 10 mm',
      udiDi: withGs1CheckDigit('0735999910100'),
      implantable: true,
      categories: ['tandvard'],
      images: [],
    });
    const created = await call('POST', '/api/staff/catalog/products', admin, implant);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ medicalDevice: true, implantable: true });
    const pub = await call('GET', '/api/catalog/products/KS-5100');
    expect(pub.json()).toMatchObject({ medicalDevice: true, implantable: true, udiDi: implant.udiDi });

    const { articleNumber: _a, ...rest } = implant;
    const put = (body: object) => call('PUT', '/api/staff/catalog/products/KS-5100', admin, body);
    expect((await put({ ...rest, implantable: false })).json()).toMatchObject({ implantable: false });
    expect((await put(rest)).json()).toMatchObject({ implantable: true });
    // Dropping the medical-device flag of an implant: 400 naming the field, nothing written.
    const notDevice = await put({ ...rest, medicalDevice: false, udiDi: null });
    expect(notDevice.statusCode).toBe(400);
    expect(fieldsOf(notDevice)).toEqual(['body.implantable']);
    expect(notDevice.body).toMatch(/must be a medical device/);
    const got = await call('GET', '/api/staff/catalog/products/KS-5100', admin);
    expect(got.json()).toMatchObject({ medicalDevice: true, implantable: true });
    // Both flags off together is a plain product.
    const plain = await put({ ...rest, medicalDevice: false, udiDi: null, implantable: false });
    expect(plain.json()).toMatchObject({ medicalDevice: false, udiDi: null, implantable: false });
  });

  it('registers lots, refuses a duplicate lot number, changes quantity and expiry', async () => {
    const path = '/api/staff/catalog/products/KS-5001/lots';
    const first = await call('POST', path, admin, { lotNumber: 'L2611-01', expiresOn: '2028-06-30', quantity: 200 });
    expect(first.statusCode, first.body).toBe(201);
    const { id } = first.json<{ id: string }>();
    const dup = await call('POST', path, admin, { lotNumber: 'L2611-01', expiresOn: '2028-06-30', quantity: 1 });
    expect(dup.statusCode).toBe(409);
    expect(fieldsOf(dup)).toEqual(['body.lotNumber']);
    const badDate = await call('POST', path, admin, { lotNumber: 'L2', expiresOn: '30/06/2028', quantity: 1 });
    expect(fieldsOf(badDate)).toContain('body.expiresOn');
    const badQty = await call('POST', path, admin, { lotNumber: 'L3', expiresOn: null, quantity: -5 });
    expect(fieldsOf(badQty)).toContain('body.quantity');

    const upd = await call('PUT', `${path}/${id}`, admin, { expiresOn: '2028-12-31', quantity: 150 });
    expect(upd.statusCode, upd.body).toBe(204);
    const got = await call('GET', '/api/staff/catalog/products/KS-5001', admin);
    expect(got.json<{ lots: unknown[] }>().lots).toEqual([
      { id, lotNumber: 'L2611-01', expiresOn: '2028-12-31', quantity: 150, receivedAt: t.clock.now().toISOString() },
    ]);
    const other = await call('PUT', `${path}/00000000-0000-4000-8000-000000000000`, admin, {
      expiresOn: null,
      quantity: 1,
    });
    expect(other.statusCode).toBe(404);
  });
});
